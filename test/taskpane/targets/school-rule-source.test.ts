import type { PersonTitleStatus } from '../../../src/domain/targets';
import { personRows, reasonSourceText } from '../../../src/taskpane/panels/targets/status-rows';
import { TARGETS_STRINGS } from '../../../src/taskpane/panels/targets/strings';
import { samplePlan } from './fixtures';

const s = TARGETS_STRINGS.vi;

describe("a reason that rests on the school's own Quy chế says so, as an unchecked one does", () => {
  const { evaluation, schoolCase } = samplePlan();
  const targets = schoolCase.targets!;
  const context = {
    staff: schoolCase.roster.staff,
    teams: schoolCase.roster.teams,
    registrations: targets.registrations,
    records: targets.records,
  };

  it('a failed condition the school changed (LĐTT months) is marked as the Quy chế and shown with it', () => {
    const registered = evaluation.people.find((p) => p.titleId === 'LDTT' && p.stage === 'registered');
    if (!registered) throw new Error('seed 000 has people registered for LĐTT');
    const check = {
      ...registered.eligibility.checks[0],
      outcome: 'fail' as const,
      message: 'Chưa đủ 10 tháng công tác theo quy chế của trường.',
      source: 'NĐ 98/2023/NĐ-CP Điều 24 (nhà trường điều chỉnh)',
      schoolRule: true,
    };
    delete check.unverified;
    const status: PersonTitleStatus = {
      ...registered,
      out: true,
      eligibility: { ...registered.eligibility, checks: [check] },
    };
    const [row] = personRows([status], context, { titleId: 'LDTT' }, 'all');
    const reason = row.reasons.find((r) => r.message === check.message);
    expect(reason).toMatchObject({ schoolRule: true });
    expect(reasonSourceText(reason!, s)).toBe(
      'Căn cứ: NĐ 98/2023/NĐ-CP Điều 24 (nhà trường điều chỉnh) (Quy chế của trường)',
    );
  });

  it('the law checked shows its source alone; unchecked says so; a source that is the Quy chế is not repeated', () => {
    expect(reasonSourceText({ message: 'x', source: 'Luật 2022 Điều 26' }, s)).toBe(
      'Căn cứ: Luật 2022 Điều 26',
    );
    expect(reasonSourceText({ message: 'x', source: 'TT 01/2024', unverified: true }, s)).toBe(
      `Căn cứ: TT 01/2024 (${s.unverified})`,
    );
    expect(reasonSourceText({ message: 'x', source: 'Quy chế của trường', schoolRule: true }, s)).toBe(
      'Căn cứ: Quy chế của trường',
    );
    expect(reasonSourceText({ message: 'x' }, s)).toBeUndefined();
  });
});
