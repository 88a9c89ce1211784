import { cellAddress } from '../../../src/layout/a1';
import { mergeRoleIssues, summarizeScores } from '../../../src/taskpane/panels/scores/summary';
import { buildSample, readBack, sampleCase } from './sample-workbook';

describe('partial years are marked as partial', () => {
  test('before any score nobody is "complete": no band or rank to read as a result', async () => {
    const { context } = await buildSample(sampleCase(false));
    const { read, results, issues } = await readBack(context);
    const summary = summarizeScores(read, results, issues);
    expect(new Set(summary.people.map((p) => p.progress))).toEqual(new Set(['none']));
    expect(summary.people[0].rounds.every((r) => r.progress === 'none')).toBe(true);
  });

  test('with only Đợt 1 scored, Đợt 1 is complete and the year is "tạm tính"', async () => {
    const schoolCase = sampleCase(true);
    schoolCase.scoring.inputs = schoolCase.scoring.inputs.filter((i) => i.roundId === 'dot-1');
    const { context } = await buildSample(schoolCase);
    const { read, results, issues } = await readBack(context);
    const person = summarizeScores(read, results, issues).people[0];
    expect(person.rounds.map((r) => [r.roundId, r.progress])).toEqual([
      ['dot-1', 'complete'],
      ['dot-2', 'none'],
    ]);
    expect(person.progress).toBe('partial');
  });
});

describe('one lowered maximum is said once', () => {
  test('the five roles whose sums no longer reach the total make one warning naming them', async () => {
    const { context } = await buildSample(sampleCase(true));
    const before = await readBack(context);
    const map = before.read.scoring;
    const criterion = before.read.schoolCase.scoring.config.criteria[0];
    const sheet = context.workbook.worksheets.getItem(map.sheets.criteria);
    sheet.getRange(cellAddress(map.criteriaRows[criterion.id], map.criteriaColumns.max)).values = [
      [criterion.max - 1],
    ];
    await context.sync();
    const { read, results, issues } = await readBack(context);
    const rolesRaw = issues.filter((i) => i.code === 'scoring.role-max-mismatch');
    expect(rolesRaw.length).toBeGreaterThan(1);
    const general = summarizeScores(read, results, issues).general.filter(
      (i) => i.code === 'scoring.role-max-mismatch',
    );
    expect(general).toHaveLength(1);
    expect(general[0].message).toMatch(/^Các vai trò "Giáo viên", "Giáo viên chủ nhiệm"/);
  });

  test('different messages stay apart', () => {
    const a = { code: 'x', severity: 'warning' as const, message: 'Vai trò "A": tổng 99.' };
    const b = { code: 'x', severity: 'warning' as const, message: 'Vai trò "B": tổng 98.' };
    expect(mergeRoleIssues([a, b])).toEqual([a, b]);
  });
});
