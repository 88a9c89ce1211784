/**
 * A Phòng's workbook of schools (issue 13) evaluated by HyperFormula equals the engine: every school's
 * total, band, rank overall, within its cấp học and within its cụm, and every cụm's mean and rank, also
 * after "Danh sách trường", the round sheet and "Tổng hợp năm" are shuffled as Excel sorts rows.
 */
import { mulberry32, samplePhongCase } from '../../src/domain/sample';
import { evaluateScoring } from '../../src/domain/scoring';
import type { PersonScoring, ScoreInput } from '../../src/domain/scoring';
import { buildScoringWorkbook, readScoringResults, readScoringWorkbook } from '../../src/layout/scoring';
import { SCORE_ROWS } from '../../src/layout/scoring/score-sheet';
import { SCHOOL_LIST_COLUMNS, STAFF_FIRST_ROW } from '../../src/layout/scoring/staff-sheet';
import { YEAR_ROWS } from '../../src/layout/scoring/year-summary-sheet';
import { formulaWorkbook, permuteRows, shownOnYearSummary, valuesOf, writtenWorkbook } from './scoring-rows';

/** What "Tổng hợp năm" shows for a school: the staff figures, and the rank within its cấp học. */
function shown(p: PersonScoring) {
  return { ...shownOnYearSummary(p), rankInRole: p.status === 'unscored' ? null : p.rankInRole };
}

function shuffled(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

function check(scores: ScoreInput[], seed: number, shuffle: boolean) {
  const { roster, config } = samplePhongCase();
  const built = buildScoringWorkbook(roster, config, scores);
  const workbook = writtenWorkbook(built.spec);
  const n = roster.staff.length;
  const random = mulberry32(seed);
  const listOrder = shuffled(n, random);
  if (shuffle) {
    const { columns } = built.map.yearSummary;
    const lastYearColumn = Math.max(columns.status, ...Object.values(columns.roundBands));
    const areas = [
      { sheet: built.map.sheets.staff, first: STAFF_FIRST_ROW + 1, width: 7, order: listOrder },
      ...built.map.scoreSheets.map((s) => ({
        sheet: s.sheetName,
        first: SCORE_ROWS.firstData + 1,
        width: s.columns.scoredCount + 1,
        order: shuffled(n, random),
      })),
      {
        sheet: built.map.sheets.yearSummary,
        first: YEAR_ROWS.firstData + 1,
        width: lastYearColumn + 1,
        order: shuffled(n, random),
      },
    ];
    for (const area of areas)
      permuteRows(workbook.getWorksheet(area.sheet)!, area.first, area.order, area.width);
  }
  const values = valuesOf(formulaWorkbook(workbook, built.spec.names));
  const engine = evaluateScoring(roster, config, scores);
  const read = readScoringWorkbook(values);
  expect(read.issues).toEqual([]);
  const sheet = readScoringResults(values, read.map);
  expect(sheet.issues).toEqual([]);
  const byId = <T extends { personId: string }>(rows: T[]) =>
    Object.fromEntries(rows.map(({ personId, ...rest }) => [personId, rest]));
  expect(byId(sheet.people)).toEqual(byId(engine.people.map(shown)));
  expect(sheet.teams.map((t) => [t.teamId, t.memberCount, t.mean, t.rank])).toEqual(
    engine.teams.map((t) => [t.teamId, t.memberCount, t.mean, t.rank]),
  );
  return { values, listOrder, built, roster };
}

test('30 schools as built: the sheets rank them as the engine does', () => {
  check(samplePhongCase().scores, 1, false);
});

test.each([11, 12, 13])(
  'seed %i: "Danh sách trường", the round sheet and "Tổng hợp năm" shuffled; nothing changes',
  (seed) => {
    const { scores } = samplePhongCase({ seed });
    const { values, listOrder, built, roster } = check(scores, seed, true);
    // The shuffle really moved the list.
    const codes = values[built.map.sheets.staff]
      .slice(STAFF_FIRST_ROW, STAFF_FIRST_ROW + roster.staff.length)
      .map((row) => row[SCHOOL_LIST_COLUMNS.code]);
    expect(codes).toEqual(listOrder.map((i) => roster.staff[i].id));
    expect(listOrder.filter((source, k) => source !== k).length).toBeGreaterThan(20);
  },
);

test('schools not scored yet: blank total and ranks, the others ranked among the scored', () => {
  const { scores } = samplePhongCase({ seed: 5 });
  const skipped = new Set(['MN03', 'TH07', 'THCS01']);
  check(
    scores.filter((s) => !skipped.has(s.personId)),
    5,
    true,
  );
});
