import { samplePhongCase } from '../../../src/domain/sample';
import { parseCellAddress } from '../../../src/layout/a1';
import { scoreCellLocation, yearSummaryLocation } from '../../../src/layout/scoring';
import { writeScoreCells } from '../../../src/excel/operations/scoring-score-cells';
import { filterPeople, NO_FILTER } from '../../../src/taskpane/panels/scores/filter';
import { summarizeScores, uniqueIssues } from '../../../src/taskpane/panels/scores/summary';
import { buildSample, readBack, sampleCase } from './sample-workbook';

describe('the Scores panel on the sample school, read back from its workbook', () => {
  let context: Excel.RequestContext;
  beforeAll(async () => {
    // The sample scores without one person's 2.1 in Đợt 1 (blank), and with 12 typed in a 10-point cell.
    const schoolCase = sampleCase();
    const first = schoolCase.roster.staff.find((p) => p.roleId === 'giao-vien');
    if (!first) throw new Error('no teacher');
    schoolCase.scoring.inputs = schoolCase.scoring.inputs.filter(
      (i) => !(i.personId === first.id && i.roundId === 'dot-1' && i.criterionId === '2.1'),
    );
    ({ context } = await buildSample(schoolCase));
  });

  test('totals, bands and ranks are the domain’s, with each year total’s cell', async () => {
    const { read, results, issues } = await readBack(context);
    const summary = summarizeScores(read, results, issues);
    expect(summary.people).toHaveLength(61);
    summary.people.forEach((person, i) => {
      const scored = results.scoring.people[i];
      expect([person.yearTotal, person.bandId, person.rankOverall, person.rankInTeam]).toEqual([
        scored.yearTotal,
        scored.bandId,
        scored.rankOverall,
        scored.rankInTeam,
      ]);
      expect(person.yearLocation).toEqual(yearSummaryLocation(read.scoring, person.personId, 'yearTotal'));
    });
    expect(summary.teams.map((t) => [t.memberCount, t.mean, t.rank])).toEqual(
      results.scoring.teams.map((t) => [t.memberCount, t.mean, t.rank]),
    );
    expect(summary.teams.reduce((sum, t) => sum + t.memberCount, 0)).toBe(61);
  });

  test('a blank criterion is listed as missing, one click from its first input cell', async () => {
    const { read, results, issues } = await readBack(context);
    const teacher = read.schoolCase.roster.staff.find((p) => p.roleId === 'giao-vien');
    if (!teacher) throw new Error('no teacher');
    const person = summarizeScores(read, results, issues).people.find((p) => p.personId === teacher.id);
    expect(person?.missing).toEqual([
      {
        periodLabel: 'Đợt 1',
        criterionId: '2.1',
        criterionLabel: expect.stringContaining('Kế hoạch bài dạy'),
        location: scoreCellLocation(read.scoring, {
          personId: teacher.id,
          roundId: 'dot-1',
          criterionId: '2.1',
          level: 'self',
        }),
      },
    ]);
    if (!person) throw new Error('not shown');
    expect(person.levelUse.none).toBe(1);
    // Two rounds × a subject teacher's 11 criteria; a blank bonus is no bonus, counted nowhere.
    const lines = person.periods.flatMap((period) => period.criteria);
    expect(lines).toHaveLength(22);
    const blankBonus = lines.filter((line) => line.criterionId === '8.1' && line.level === null).length;
    const { self, team, council, none } = person.levelUse;
    expect(self + team + council + none).toBe(22 - blankBonus);
    expect(lines.filter((line) => line.level === 'council')).toHaveLength(council);
  });

  test('a score above the maximum written into a cell is the person’s problem, reported once, with its cell', async () => {
    const { read } = await readBack(context);
    const person = read.schoolCase.roster.staff[5];
    const at = scoreCellLocation(read.scoring, {
      personId: person.id,
      roundId: 'dot-2',
      criterionId: '1.1',
      level: 'council',
    });
    if (!at) throw new Error('no cell');
    const { row, col } = parseCellAddress(at.address);
    await writeScoreCells(context, [{ sheet: at.sheet, row, column: col, value: 12 }], 'overwrite');

    const again = await readBack(context);
    // Both the sheet reader and the domain's check see it; the panel shows it once.
    expect(again.issues.filter((i) => i.code === 'score.above-max').length).toBeGreaterThanOrEqual(1);
    const summary = summarizeScores(again.read, again.results, again.issues);
    const shown = summary.people.find((p) => p.personId === person.id);
    expect(shown?.problems).toEqual([expect.objectContaining({ code: 'score.above-max', location: at })]);
    expect(summary.general.some((i) => i.code === 'score.above-max')).toBe(false);
    expect(filterPeople(summary.people, { ...NO_FILTER, onlyOpen: true }).map((p) => p.personId)).toContain(
      person.id,
    );
  });
});

describe('issues reported twice for one cell', () => {
  test('are kept once; issues without a cell are kept apart by their message', () => {
    const at = { sheet: 'Đợt 1', address: 'F6' };
    const issues = uniqueIssues([
      { code: 'score.above-max', severity: 'error', message: 'a', location: at },
      { code: 'score.above-max', severity: 'error', message: 'b', location: at },
      { code: 'scoring.no-rounds', severity: 'error', message: 'c' },
      { code: 'scoring.no-rounds', severity: 'error', message: 'c' },
      { code: 'scoring.no-rounds', severity: 'error', message: 'd' },
    ]);
    expect(issues.map((i) => i.message)).toEqual(['a', 'c', 'd']);
  });
});

describe('the Scores panel on a Phòng’s workbook of 30 schools', () => {
  test('each school carries its rank within its cấp học, as the domain ranks it', async () => {
    const sample = samplePhongCase();
    const { context } = await buildSample({
      roster: sample.roster,
      scoring: { config: sample.config, inputs: sample.scores },
    });
    const { read, results, issues } = await readBack(context);
    expect(read.schoolCase.roster.unitKind).toBe('school');
    const summary = summarizeScores(read, results, issues);
    expect(summary.people).toHaveLength(30);
    summary.people.forEach((school, i) => {
      expect(school.rankInRole).toBe(results.scoring.people[i].rankInRole);
    });
    expect(summary.people.filter((school) => school.rankInRole === 1).length).toBeGreaterThanOrEqual(3);
  });
});
