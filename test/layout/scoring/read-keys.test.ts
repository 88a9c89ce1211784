/**
 * Rows are found by key (issue 9): on "Danh sách" and on a round sheet, a row without its key, a key used
 * twice (up to case, as MATCH compares) and a key a lookup would read as a wildcard are errors naming the
 * cell; a person with no row on a round sheet, and a row of nobody, are reported.
 */
import { sampleSchoolCase } from '../../../src/domain/sample';
import type { CellValue } from '../../../src/layout/grid';
import { buildScoringWorkbook, readScoringWorkbook } from '../../../src/layout/scoring';
import { STAFF_COLUMNS } from '../../../src/layout/scoring/staff-sheet';
import { constants } from './helpers';

const sample = sampleSchoolCase();
const built = buildScoringWorkbook(sample.roster, sample.config, sample.scores);
const [first, second] = sample.roster.staff;
const round = built.map.scoreSheets[0];

function withCells(changes: [sheet: string, row: number, col: number, value: CellValue][]) {
  const values = constants(built.spec);
  for (const [sheet, row, col, value] of changes) values[sheet][row][col] = value;
  return values;
}

const summary = (values: Record<string, CellValue[][]>) =>
  readScoringWorkbook(values).issues.map((i) => [i.code, i.location?.sheet, i.location?.address]);

test('"Danh sách": a mã cán bộ used twice, up to case: the second row is refused, naming its cell', () => {
  const row = built.map.staffRows[second.id];
  const read = readScoringWorkbook(
    withCells([['Danh sách', row, STAFF_COLUMNS.code, first.id.toLowerCase()]]),
  );
  expect(read.issues[0]).toMatchObject({
    code: 'staff.duplicate-code',
    severity: 'error',
    location: { sheet: 'Danh sách', address: `B${row + 1}` },
  });
  expect(read.issues[0].message).toContain(`đã dùng ở dòng ${built.map.staffRows[first.id] + 1}`);
  expect(read.roster.staff.map((p) => p.id)).not.toContain(first.id.toLowerCase());
});

test('"Danh sách": a mã cán bộ with a wildcard, and a tổ given by its name or an unknown mã', () => {
  const row = built.map.staffRows[second.id];
  const teamName = sample.roster.teams[1].name;
  const issues = summary(
    withCells([
      ['Danh sách', row, STAFF_COLUMNS.code, 'GV*'],
      ['Danh sách', row + 1, STAFF_COLUMNS.teamCode, teamName],
      ['Danh sách', row + 2, STAFF_COLUMNS.teamCode, 'to-khong-co'],
    ]),
  );
  expect(issues.slice(0, 3)).toEqual([
    ['staff.unsafe-code', 'Danh sách', `B${row + 1}`],
    ['staff.unknown-team-code', 'Danh sách', `H${row + 2}`],
    ['staff.unknown-team-code', 'Danh sách', `H${row + 3}`],
  ]);
  const read = readScoringWorkbook(withCells([['Danh sách', row + 1, STAFF_COLUMNS.teamCode, teamName]]));
  expect(read.issues[0].message).toContain(
    `là tên tổ: hãy ghi mã của tổ này, "${sample.roster.teams[1].id}"`,
  );
});

test('"Quy chế": a mã tổ a criterion would read as an operator is an error naming its cell', () => {
  const teams = built.map.quyChe.tables['school.teams'];
  const row = teams.rows[sample.roster.teams[0].id];
  const issues = summary(withCells([['Quy chế', row, teams.columns[0], '>=5']]));
  expect(issues).toContainEqual(['workbook.unsafe-key', 'Quy chế', `B${row + 1}`]);
});

test('a round sheet: a row without its key but with scores, a key twice, a row of nobody', () => {
  const rowA = round.rows[first.id];
  const rowB = round.rows[second.id];
  const values = withCells([
    [round.sheetName, rowA, 1, null],
    [round.sheetName, rowB + 1, 1, second.id],
  ]);
  const issues = summary(values);
  expect(issues).toEqual(
    expect.arrayContaining([
      ['sheet.row-without-key', round.sheetName, `B${rowA + 1}`],
      ['sheet.duplicate-key', round.sheetName, `B${rowB + 2}`],
      ['score.person-missing', round.sheetName, 'B6'],
    ]),
  );
  const third = sample.roster.staff[2];
  const nobody = summary(withCells([[round.sheetName, round.rows[third.id], 1, 'BH2-999']]));
  expect(nobody).toEqual(
    expect.arrayContaining([['score.unknown-person', round.sheetName, `B${round.rows[third.id] + 1}`]]),
  );
});
