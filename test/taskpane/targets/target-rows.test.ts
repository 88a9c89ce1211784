import { outcomeTally, targetRows, targetTitles } from '../../../src/taskpane/panels/targets/target-rows';
import { outcomeText, signed } from '../../../src/taskpane/panels/targets/outcome';
import { TARGETS_STRINGS } from '../../../src/taskpane/panels/targets/strings';
import { samplePlan } from './fixtures';

const s = TARGETS_STRINGS.vi;

describe("seed 000's targets on the dashboard, before any result", () => {
  const { evaluation, schoolCase } = samplePlan();
  const staff = schoolCase.roster.staff;

  it('shows every registered target, each leading to its number on "Chỉ tiêu"', () => {
    const rows = targetRows(evaluation, staff, {});
    expect(rows).toHaveLength(14);
    const ldtt = rows.find((r) => r.id === 'LDTT')!;
    expect(ldtt).toMatchObject({ count: 61, result: 0, gap: -61, pool: 58, outcome: 'unreachable' });
    expect(ldtt.location).toEqual({ sheet: 'Chỉ tiêu', address: 'F5' });
    expect(ldtt.counts).toEqual({ registered: 61, eligible: 58, proposed: 0, voted: 0, approved: 0 });
  });

  it('says 10 CSTĐCS cannot be reached: only 8 of the 12 registered are eligible', () => {
    const [row] = targetRows(evaluation, staff, { titleId: 'CSTDCS' });
    expect(row.outcome).toBe('unreachable');
    expect(outcomeText(row, s)).toBe('Không thể đạt');
    expect(row.pool).toBe(8);
  });

  it('counts 6 of 8 tổ TTLĐTT as short by 6 while no tổ is recognised yet', () => {
    const [row] = targetRows(evaluation, staff, { titleId: 'TTLDTT' });
    expect(row).toMatchObject({ count: 6, pool: 8, outcome: 'short' });
    expect(outcomeText(row, s)).toBe('Còn thiếu 6');
    expect(signed(row.gap)).toBe('−6');
  });

  it('for one tổ, shows its share of each title target and leaves the school-wide ones out', () => {
    const team = schoolCase.roster.teams[0];
    const members = staff.filter((p) => p.teamId === team.id).length;
    const rows = targetRows(evaluation, staff, { teamId: team.id });
    expect(rows.map((r) => r.id)).toEqual(['LDTT', 'CSTDCS', 'CSTD_TINH', 'TTLDTT-TO']);
    expect(rows[0].teamShare).toMatchObject({ subjects: members, registered: members, achieved: 0 });
    expect(rows[3].teamShare).toMatchObject({ subjects: 1, registered: 1 });
  });

  it('tallies the outcomes and offers the titles that have targets, in the usual order', () => {
    expect(outcomeTally(targetRows(evaluation, staff, {}))).toEqual({
      met: 0,
      over: 0,
      short: 11,
      unreachable: 3,
    });
    expect(targetTitles(evaluation)).toEqual(['LDTT', 'CSTDCS', 'CSTD_TINH', 'TTLDTT', 'TTLDXS']);
  });
});
