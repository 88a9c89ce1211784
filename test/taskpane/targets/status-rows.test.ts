import { personRows, teamRows } from '../../../src/taskpane/panels/targets/status-rows';
import { samplePlan } from './fixtures';

describe('where each person and tổ stands in seed 000, and why', () => {
  const { evaluation, schoolCase } = samplePlan();
  const targets = schoolCase.targets!;
  const context = {
    staff: schoolCase.roster.staff,
    teams: schoolCase.roster.teams,
    registrations: targets.registrations,
    records: targets.records,
  };

  it('names the three not eligible for LĐTT, each reason with its legal source, at their ĐK cell', () => {
    const out = personRows(evaluation.people, context, { titleId: 'LDTT' }, 'out');
    expect(out).toHaveLength(3);
    for (const row of out) {
      expect(row).toMatchObject({
        stage: 'registered',
        stageLabel: 'Đã đăng ký',
        tone: 'out',
        titleLabel: 'LĐTT',
      });
      expect(row.reasons.length).toBeGreaterThan(0);
      expect(row.reasons.every((r) => r.source && r.source.length > 0)).toBe(true);
      expect(row.location?.sheet).toBe('Đăng ký');
    }
  });

  it('lists people by given name, then middle, then family name', () => {
    const rows = personRows(evaluation.people, context, { titleId: 'LDTT' }, 'all');
    expect(rows).toHaveLength(61);
    const given = rows.map((r) => r.name.split(' ').at(-1)!);
    const collator = new Intl.Collator('vi');
    for (let i = 1; i < given.length; i++)
      expect(collator.compare(given[i - 1], given[i])).toBeLessThanOrEqual(0);
  });

  it('keeps to one tổ and, without a title chosen, shows only the titles in play', () => {
    const team = schoolCase.roster.teams[1];
    const rows = personRows(evaluation.people, context, { teamId: team.id }, 'all');
    expect(new Set(rows.map((r) => r.teamName))).toEqual(new Set([team.name]));
    expect(rows.every((r) => r.stage !== 'not-registered')).toBe(true);
  });

  it('says for each tổ why it is not yet Tập thể lao động tiên tiến; the school did not register for it', () => {
    const rows = teamRows(
      evaluation.teams,
      targets.registrations,
      targets.unitRecords ?? [],
      { titleId: 'TTLDTT' },
      'all',
    );
    const school = rows.pop()!;
    expect(school).toMatchObject({
      name: schoolCase.roster.info.name,
      teamName: 'Toàn trường',
      stage: 'not-registered',
    });
    expect(rows.map((r) => r.name)).toEqual(schoolCase.roster.teams.map((t) => t.name));
    for (const row of rows) {
      expect(row.stage).toBe('registered');
      expect(row.reasons.length).toBeGreaterThan(0);
    }
  });
});
