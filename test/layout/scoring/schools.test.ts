/**
 * A Phòng's workbook of schools (issue 13): the same sheets in the Phòng's words, the kind recorded on
 * "Quy chế" and read back, the rank within the cấp học, and a staff workbook exactly as before.
 */
import { samplePhongCase, sampleSchoolCase } from '../../../src/domain/sample';
import { evaluateScoring } from '../../../src/domain/scoring';
import type { Cell } from '../../../src/layout/grid';
import { buildScoringWorkbook, readScoringResults, readScoringWorkbook } from '../../../src/layout/scoring';
import { SCHOOL_LIST_COLUMNS, STAFF_FIRST_ROW } from '../../../src/layout/scoring/staff-sheet';
import { UNIT_KIND_ENTRY } from '../../../src/layout/scoring/unit-words';
import { YEAR_ROWS } from '../../../src/layout/scoring/year-summary-sheet';
import { evaluateWorkbook } from '../../support/hyperformula';
import { constants, sheetNamed } from './helpers';

const phong = samplePhongCase();
const built = buildScoringWorkbook(phong.roster, phong.config, phong.scores);

const text = (cell: Cell | undefined) => (cell && 'value' in cell ? cell.value : undefined);
const rowTexts = (sheet: string, row: number) =>
  (sheetNamed(built.spec, sheet).cells[row] ?? []).map(text).filter((v) => v !== undefined && v !== null);

test('a Phòng workbook: its sheets are named in its words', () => {
  expect(built.spec.sheets.map((s) => s.name)).toEqual([
    'Quy chế',
    'Danh sách trường',
    'Tiêu chí',
    'Cả năm học',
    'Tổng hợp năm',
    'Tổng hợp cụm',
  ]);
  expect(built.map.unitKind).toBe('school');
});

test('"Danh sách trường" has a school\'s columns only: no gender, birth or hire date', () => {
  expect(rowTexts('Danh sách trường', 2)).toEqual([
    'STT',
    'Mã trường',
    'Tên trường',
    'Cấp học',
    'Mã cụm',
    'Cụm',
    'Hiệu trưởng',
  ]);
  const first = sheetNamed(built.spec, 'Danh sách trường').cells[STAFF_FIRST_ROW];
  expect(text(first[SCHOOL_LIST_COLUMNS.code])).toBe('MN01');
  expect(text(first[SCHOOL_LIST_COLUMNS.role])).toBe('Mầm non');
  expect(text(first[SCHOOL_LIST_COLUMNS.teamCode])).toBe('cum-1');
});

test('the round sheet, the summaries and the levels speak of trường, cụm, cấp học', () => {
  expect(constants(built.spec)['Tiêu chí'].flat()).toContain(
    'Tổng điểm tối đa theo cấp học (không tính điểm thưởng)',
  );
  expect(rowTexts('Cả năm học', 2).slice(0, 5)).toEqual(['STT', 'Mã trường', 'Tên trường', 'Cụm', 'Cấp học']);
  expect(rowTexts('Cả năm học', 3).slice(0, 2)).toEqual(['Trường tự chấm', 'Phòng chấm']);
  const year = rowTexts('Tổng hợp năm', YEAR_ROWS.header);
  expect(year).toEqual(
    expect.arrayContaining(['Mã trường', 'Tên trường', 'Cụm', 'Cấp học', 'Mã cụm', 'Mã cấp học']),
  );
  expect(year).toEqual(expect.arrayContaining(['Hạng chung', 'Hạng trong cụm', 'Hạng trong cấp học']));
  expect(rowTexts('Tổng hợp cụm', 2)).toEqual([
    'STT',
    'Mã cụm',
    'Cụm',
    'Số trường',
    'Điểm trung bình',
    'Xếp hạng',
  ]);
  const all = built.spec.sheets
    .filter((s) => s.name !== 'Tiêu chí')
    .flatMap((s) => s.cells.flatMap((row) => (row ?? []).map(text)))
    .filter((v): v is string => typeof v === 'string');
  expect(all.filter((v) => /(?<!\p{L})(tổ|Tổ|Họ và tên|Vai trò)(?!\p{L})/u.test(v))).toEqual([]);
});

test('"Quy chế" records "Đối tượng chấm: Trường", and the workbook reads back as a Phòng\'s', () => {
  const quyChe = constants(built.spec)['Quy chế'];
  const row = quyChe.find((r) => r[0] === UNIT_KIND_ENTRY.key);
  expect(row?.slice(1, 3)).toEqual(['Đối tượng chấm', 'Trường']);
  const read = readScoringWorkbook(constants(built.spec));
  expect(read.issues).toEqual([]);
  expect(read.roster).toEqual(phong.roster);
  expect(read.map).toEqual(built.map);
  expect(read.inputs).toHaveLength(phong.scores.length);
});

test('a staff workbook records no kind and reads back as staff', () => {
  const school = sampleSchoolCase();
  const spec = buildScoringWorkbook(school.roster, school.config, []).spec;
  expect(constants(spec)['Quy chế'].some((r) => r[0] === UNIT_KIND_ENTRY.key)).toBe(false);
  const read = readScoringWorkbook(constants(spec));
  expect(read.roster.unitKind).toBeUndefined();
  expect(read.map.unitKind).toBeUndefined();
  expect(read.map.yearSummary.columns.rankInRole).toBeUndefined();
});

test('30 schools: the sheets rank each within its cấp học and its cụm as the engine does', () => {
  const values = evaluateWorkbook(built.spec);
  const sheet = readScoringResults(values, built.map);
  const engine = evaluateScoring(phong.roster, phong.config, phong.scores);
  expect(sheet.issues).toEqual([]);
  expect(
    sheet.people.map((p) => [p.personId, p.yearTotal, p.bandId, p.rankOverall, p.rankInTeam, p.rankInRole]),
  ).toEqual(
    engine.people.map((p) => [p.personId, p.yearTotal, p.bandId, p.rankOverall, p.rankInTeam, p.rankInRole]),
  );
  expect(sheet.teams.map((t) => [t.teamId, t.memberCount, t.mean, t.rank])).toEqual(
    engine.teams.map((t) => [t.teamId, t.memberCount, t.mean, t.rank]),
  );
  // Every school is scored, and each cấp học has its own first place.
  expect(engine.people.filter((p) => p.rankInRole === 1).length).toBeGreaterThanOrEqual(3);
});

test("read back, a problem on the list or a round sheet is told in the Phòng's words", () => {
  const values = constants(built.spec);
  const list = values['Danh sách trường'];
  list[STAFF_FIRST_ROW][SCHOOL_LIST_COLUMNS.teamCode] = 'cum-9';
  const round = values['Cả năm học'];
  const row = built.map.scoreSheets[0].rows.TH01;
  round[row][1] = 'TH99';
  const messages = readScoringWorkbook(values).issues.map((i) => i.message);
  expect(messages).toEqual(
    expect.arrayContaining([
      expect.stringContaining(
        'mã cụm "cum-9" của Trường Mầm non An Phú (mã MN01) không có trong bảng "Các cụm thi đua" trang "Quy chế", nên trường này không được tính vào cụm nào trên "Tổng hợp cụm".',
      ),
      expect.stringContaining('nên trường này không có điểm Cả năm học'),
      expect.stringContaining('hoặc thêm trường này vào "Danh sách trường"'),
    ]),
  );
  expect(messages.join(' ')).not.toMatch(/người|cán bộ|(?<!\p{L})tổ(?!\p{L})/u);
});
