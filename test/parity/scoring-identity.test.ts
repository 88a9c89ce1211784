/**
 * Identity, not position (issue 9): a person's scores, totals, band and ranks, and a tổ's figures, belong
 * to the key of their row. Sorting any sheet's rows (as Excel sorts: each row's constants and formulas
 * move together), inserting a person in the middle or deleting one, then recalculating, changes nobody's
 * numbers, and the sheets still equal the engine.
 */
import fc from 'fast-check';
import { mulberry32, sampleSchoolCase } from '../../src/domain/sample';
import { evaluateScoring } from '../../src/domain/scoring';
import type { ScoreInput, ScoringConfig, ScoringResult } from '../../src/domain/scoring';
import type { SchoolRoster } from '../../src/domain/school/types';
import type { CellValue } from '../../src/layout/grid';
import { buildScoringWorkbook, readScoringResults, readScoringWorkbook } from '../../src/layout/scoring';
import type { ScoringWorkbookMap } from '../../src/layout/scoring';
import { SCORE_ROWS } from '../../src/layout/scoring/score-sheet';
import { STAFF_COLUMNS, STAFF_FIRST_ROW } from '../../src/layout/scoring/staff-sheet';
import { TEAM_ROWS } from '../../src/layout/scoring/team-summary-sheet';
import { YEAR_ROWS } from '../../src/layout/scoring/year-summary-sheet';
import { schoolCaseArb } from '../layout/scoring/random-school';
import {
  formulaWorkbook,
  permuteRows,
  shiftRelativeRows,
  shownOnYearSummary,
  valuesOf,
  writtenWorkbook,
} from './scoring-rows';

interface Figures {
  people: Record<string, unknown>;
  teams: Record<string, unknown>;
}

/** The engine's numbers per key. */
function engineFigures(result: ScoringResult): Figures {
  return {
    people: Object.fromEntries(
      result.people.map((p) => {
        const { personId, ...shown } = shownOnYearSummary(p);
        return [personId, shown];
      }),
    ),
    teams: Object.fromEntries(
      result.teams.map((t) => [t.teamId, { memberCount: t.memberCount, mean: t.mean, rank: t.rank }]),
    ),
  };
}

/** The live sheets' numbers per key, found by key. */
function sheetFigures(values: Record<string, CellValue[][]>, map: ScoringWorkbookMap): Figures {
  const read = readScoringResults(values, map);
  expect(read.issues).toEqual([]);
  return {
    people: Object.fromEntries(read.people.map(({ personId, ...rest }) => [personId, rest])),
    teams: Object.fromEntries(read.teams.map(({ teamId, ...rest }) => [teamId, rest])),
  };
}

/** A random order of n rows. */
function shuffled(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** Every data area of the workbook: its sheet, first data row (1-based), row count and width. */
function dataAreas(map: ScoringWorkbookMap, staffCount: number, teamCount: number) {
  return [
    { sheet: map.sheets.staff, first: STAFF_FIRST_ROW + 1, count: staffCount, width: 10 },
    ...map.scoreSheets.map((s) => ({
      sheet: s.sheetName,
      first: SCORE_ROWS.firstData + 1,
      count: staffCount,
      width: s.columns.scoredCount + 1,
    })),
    {
      sheet: map.sheets.yearSummary,
      first: YEAR_ROWS.firstData + 1,
      count: staffCount,
      width: map.yearSummary.columns.status + 1,
    },
    { sheet: map.sheets.teamSummary, first: TEAM_ROWS.firstData + 1, count: teamCount, width: 6 },
  ];
}

/** Builds the school, sorts the rows of `sheets` with ExcelJS (each by its own order), recalculates. */
function sortedAndRecalculated(
  roster: SchoolRoster,
  config: ScoringConfig,
  inputs: ScoreInput[],
  orderOf: (sheet: string, count: number) => number[] | undefined,
) {
  const built = buildScoringWorkbook(roster, config, inputs);
  const workbook = writtenWorkbook(built.spec);
  for (const area of dataAreas(built.map, roster.staff.length, roster.teams.length)) {
    const order = orderOf(area.sheet, area.count);
    const sheet = workbook.getWorksheet(area.sheet);
    if (order && sheet) permuteRows(sheet, area.first, order, area.width);
  }
  const book = formulaWorkbook(workbook, built.spec.names);
  return { built, book, values: valuesOf(book) };
}

test('a relative reference follows its row when sorted; fixed rows, sheet names and text do not', () => {
  expect(shiftRelativeRows(`IF(ISNUMBER(F6),F6,"A1")+'Đợt 1'!$B$6:$B$9+F$5+TD_TongDiem+H5`, 3)).toBe(
    `IF(ISNUMBER(F9),F9,"A1")+'Đợt 1'!$B$6:$B$9+F$5+TD_TongDiem+H8`,
  );
});

describe('the sample school (61 staff): "Danh sách" sorted by name', () => {
  const sample = sampleSchoolCase();
  const engine = engineFigures(evaluateScoring(sample.roster, sample.config, sample.scores));
  const byName = [...sample.roster.staff.keys()].sort((a, b) =>
    sample.roster.staff[a].fullName.localeCompare(sample.roster.staff[b].fullName, 'vi'),
  );
  const { built, values } = sortedAndRecalculated(sample.roster, sample.config, sample.scores, (sheet) =>
    sheet === 'Danh sách' ? byName : undefined,
  );

  test('the sort really moved people', () => {
    expect(byName.filter((source, k) => source !== k).length).toBeGreaterThan(50);
    const codes = values['Danh sách'].slice(STAFF_FIRST_ROW).map((row) => row[STAFF_COLUMNS.code]);
    expect(codes).toEqual(byName.map((i) => sample.roster.staff[i].id));
  });

  test('no year total, band or rank changes, and the round sheets show each person their own name', () => {
    expect(sheetFigures(values, built.map)).toEqual(engine);
    const round = values[built.map.scoreSheets[0].sheetName];
    for (const person of sample.roster.staff) {
      const row = built.map.scoreSheets[0].rows[person.id];
      expect([round[row][1], round[row][2]]).toEqual([person.id, person.fullName]);
    }
  });

  test('read back, the workbook gives the same school and the same results', () => {
    const read = readScoringWorkbook(values);
    expect(read.issues).toEqual([]);
    expect(engineFigures(evaluateScoring(read.roster, read.config, read.inputs))).toEqual(engine);
  });
});

test('random schools: any order of the rows of every sheet leaves every figure as the engine has it', () => {
  fc.assert(
    fc.property(schoolCaseArb, fc.integer(), ({ roster, config, inputs }, seed) => {
      const engine = engineFigures(evaluateScoring(roster, config, inputs));
      const random = mulberry32(seed);
      const { built, values } = sortedAndRecalculated(roster, config, inputs, (_, count) =>
        shuffled(count, random),
      );
      expect(sheetFigures(values, built.map)).toEqual(engine);
      const read = readScoringWorkbook(values);
      expect(read.issues).toEqual([]);
      expect(engineFigures(evaluateScoring(read.roster, read.config, read.inputs))).toEqual(engine);
      // The map read back points at where each person is now.
      for (const sheet of read.map.scoreSheets) {
        for (const person of roster.staff) {
          expect(values[sheet.sheetName][sheet.rows[person.id]][1]).toBe(person.id);
        }
      }
    }),
    { numRuns: 30 },
  );
});

describe('the sample school: a person inserted in the middle, one deleted', () => {
  const sample = sampleSchoolCase();
  const engine = engineFigures(evaluateScoring(sample.roster, sample.config, sample.scores));
  const fresh = () => {
    const built = buildScoringWorkbook(sample.roster, sample.config, sample.scores);
    return { built, book: formulaWorkbook(writtenWorkbook(built.spec), built.spec.names) };
  };
  const staff = 'Danh sách';

  test('inserted in "Danh sách" and blank rows inserted in the round sheets: nobody changes', () => {
    const { built, book } = fresh();
    const at = STAFF_FIRST_ROW + 30;
    book.hf.addRows(book.id(staff), [at, 1]);
    const newcomer: Record<number, CellValue> = {
      [STAFF_COLUMNS.code]: 'BH2-099',
      [STAFF_COLUMNS.name]: 'Phan Văn Mới',
      [STAFF_COLUMNS.gender]: 'Nam',
      [STAFF_COLUMNS.position]: 'Giáo viên',
      [STAFF_COLUMNS.role]: sample.roster.roles[0].label,
      [STAFF_COLUMNS.teamCode]: sample.roster.teams[0].id,
    };
    for (const [col, value] of Object.entries(newcomer)) book.setCell(staff, at, Number(col), value);
    for (const sheet of built.map.scoreSheets)
      book.hf.addRows(book.id(sheet.sheetName), [SCORE_ROWS.firstData + 10, 1]);
    book.hf.addRows(book.id(built.map.sheets.yearSummary), [YEAR_ROWS.firstData + 10, 1]);
    const values = valuesOf(book);

    expect(sheetFigures(values, built.map)).toEqual(engine);
    const read = readScoringWorkbook(values);
    expect(read.roster.staff.map((p) => p.id)).toContain('BH2-099');
    expect(read.issues.map((i) => [i.code, i.location?.sheet])).toEqual(
      built.map.scoreSheets.map((s) => ['score.person-missing', s.sheetName]),
    );
    const again = engineFigures(evaluateScoring(read.roster, read.config, read.inputs));
    for (const person of sample.roster.staff)
      expect(again.people[person.id]).toEqual(engine.people[person.id]);
  });

  test('deleted from "Danh sách": no total changes, the person leaves the tổ, the rows left are reported by cell', () => {
    const { built, book } = fresh();
    const gone = sample.roster.staff[12];
    book.hf.removeRows(book.id(staff), [built.map.staffRows[gone.id], 1]);
    const values = valuesOf(book);

    // Their scores stay where they were typed; without a row on the list they belong to no tổ.
    const withoutTeam = {
      ...sample.roster,
      staff: sample.roster.staff.map((p) => (p.id === gone.id ? { ...p, teamId: '' } : p)),
    };
    const expected = engineFigures(evaluateScoring(withoutTeam, sample.config, sample.scores));
    expect(sheetFigures(values, built.map)).toEqual(expected);
    for (const [id, figures] of Object.entries(expected.people)) {
      const before = engine.people[id] as { yearTotal: number; bandId: string; rankOverall: number };
      const after = figures as typeof before;
      expect([after.yearTotal, after.bandId, after.rankOverall]).toEqual([
        before.yearTotal,
        before.bandId,
        before.rankOverall,
      ]);
    }
    const year = values[built.map.sheets.yearSummary][built.map.yearSummary.rows[gone.id]];
    expect([year[1], year[2]]).toEqual([gone.id, '']);
    const read = readScoringWorkbook(values);
    expect(read.roster.staff.map((p) => p.id)).not.toContain(gone.id);
    expect(read.issues.map((i) => [i.code, i.location])).toEqual(
      built.map.scoreSheets.map((s) => [
        'score.unknown-person',
        { sheet: s.sheetName, address: `B${s.rows[gone.id] + 1}` },
      ]),
    );
  });

  test("a person's row deleted from a round sheet: #N/A for that person only, and the reader says so", () => {
    const { built, book } = fresh();
    const gone = sample.roster.staff[5];
    const round = built.map.scoreSheets[1];
    book.hf.removeRows(book.id(round.sheetName), [round.rows[gone.id], 1]);
    const values = valuesOf(book);

    const sheet = readScoringResults(values, built.map);
    expect(sheet.issues.length).toBeGreaterThan(0);
    expect(sheet.issues.every((i) => i.code === 'sheet.formula-error')).toBe(true);
    for (const person of sheet.people) {
      if (person.personId === gone.id) {
        expect(person.roundTotals[round.roundId]).toBeNull();
        continue;
      }
      const expected = engine.people[person.personId] as {
        roundTotals: unknown;
        yearTotal: number;
        bandId: string;
      };
      expect([person.roundTotals, person.yearTotal, person.bandId]).toEqual([
        expected.roundTotals,
        expected.yearTotal,
        expected.bandId,
      ]);
    }
    const read = readScoringWorkbook(values);
    expect(read.issues.map((i) => [i.code, i.location?.sheet])).toEqual([
      ['score.person-missing', round.sheetName],
    ]);
    expect(read.issues[0].message).toContain(gone.id);
  });
});
