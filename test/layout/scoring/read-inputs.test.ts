import { cellAddress } from '../../../src/layout/a1';
import type { CellValue } from '../../../src/layout/grid';
import { buildScoringWorkbook, readScoringInputs, scoreCellLocation } from '../../../src/layout/scoring';
import { config, constants, inputs, school } from './helpers';

const { spec, map } = buildScoringWorkbook(school, config, inputs);

/** The sheets' values with some cells typed over, as a user would. */
function typed(
  changes: {
    personId: string;
    roundId: string;
    criterionId: string;
    level: 'self' | 'team' | 'council';
    value: CellValue;
  }[],
) {
  const values = constants(spec);
  for (const change of changes) {
    const sheet = map.scoreSheets.find((s) => s.roundId === change.roundId);
    if (!sheet) throw new Error('no sheet');
    const row = sheet.rows[change.personId];
    const col = sheet.criteria[change.criterionId].levels[change.level] as number;
    while (values[sheet.sheetName][row].length <= col) values[sheet.sheetName][row].push(null);
    values[sheet.sheetName][row][col] = change.value;
  }
  return values;
}

test('the typed values come back as ScoreInput[], each with its cell', () => {
  const read = readScoringInputs(constants(spec), map);
  expect(read.issues).toEqual([]);
  expect(read.inputs).toEqual(
    expect.arrayContaining(inputs.map((input) => ({ ...input, locator: scoreCellLocation(map, input) }))),
  );
  expect(read.inputs).toHaveLength(inputs.length);
});

test('"9,5" typed as text is read as 9,5 and flagged, naming the cell', () => {
  const where = { personId: 'GV02', roundId: 'dot-1', criterionId: '2.2', level: 'team' as const };
  const read = readScoringInputs(typed([{ ...where, value: '9,5' }]), map);
  const location = scoreCellLocation(map, where);
  expect(read.inputs).toContainEqual({ ...where, value: 9.5, locator: location });
  expect(read.issues).toEqual([expect.objectContaining({ code: 'score.text-number', location })]);
  expect(read.issues[0].message).toContain(
    `Ô ${location?.address} trang "Đợt 1": Lê Thị Bích (mã GV02), Đợt 1, tiêu chí 2.2`,
  );
});

test('out of range, negative, not a number, not whole: each an issue naming person, round, criterion and cell', () => {
  const read = readScoringInputs(
    typed([
      { personId: 'GV02', roundId: 'dot-1', criterionId: '2.2', level: 'council', value: 16 },
      { personId: 'GV02', roundId: 'dot-1', criterionId: '2.3', level: 'council', value: -2 },
      { personId: 'GV02', roundId: 'dot-2', criterionId: '2.4', level: 'self', value: 'abc' },
      { personId: 'GV02', roundId: 'dot-2', criterionId: '7.2', level: 'self', value: 1.5 },
    ]),
    map,
  );
  expect(read.issues.map((i) => [i.code, i.location?.sheet])).toEqual([
    ['score.above-max', 'Đợt 1'],
    ['score.negative', 'Đợt 1'],
    ['score.not-a-number', 'Đợt 2'],
    ['score.events-not-whole', 'Đợt 2'],
  ]);
  expect(read.issues[0].message).toBe(
    `Ô ${read.issues[0].location?.address} trang "Đợt 1": Lê Thị Bích (mã GV02), Đợt 1, tiêu chí 2.2 "Thực hiện chương trình, đổi mới phương pháp dạy học, ứng dụng công nghệ thông tin", mức hội đồng đánh giá: điểm 16 vượt điểm tối đa 15. Hãy nhập điểm từ 0 đến 15.`,
  );
  // Numbers are kept as typed (the sheet uses them too); text that is not a number is dropped.
  expect(read.inputs.map((i) => i.value)).toEqual(expect.arrayContaining([16, -2, 1.5]));
  expect(read.inputs.some((i) => i.criterionId === '2.4')).toBe(false);
});

test('a maximum edited on "Tiêu chí" is the one checked (read from the sheet\'s maximum row)', () => {
  const values = typed([
    { personId: 'GV02', roundId: 'dot-1', criterionId: '2.2', level: 'council', value: 16 },
  ]);
  const sheet = map.scoreSheets[0];
  const col = sheet.criteria['2.2'].score;
  values[sheet.sheetName][sheet.maxRow][col] = 20; // what the linked formula now shows
  expect(readScoringInputs(values, map).issues).toEqual([]);
});

test('a value in a locked cell of a criterion that does not apply is reported, not counted', () => {
  const read = readScoringInputs(
    typed([{ personId: 'NV01', roundId: 'dot-1', criterionId: '3.1', level: 'self', value: 8 }]),
    map,
  );
  expect(read.issues.map((i) => i.code)).toEqual(['score.not-applicable']);
  expect(read.inputs.some((i) => i.criterionId === '3.1')).toBe(false);
});

test('a deleted round sheet is reported and the others still read', () => {
  const values = constants(spec);
  delete values['Đợt 2'];
  const read = readScoringInputs(values, map);
  expect(read.issues).toEqual([
    expect.objectContaining({ code: 'sheet.missing', message: expect.stringContaining('"Đợt 2"') }),
  ]);
  expect(read.inputs).toHaveLength(3);
});

test('the shown name (corrected on "Danh sách") is the one messages use', () => {
  const values = typed([
    { personId: 'GV02', roundId: 'dot-1', criterionId: '2.2', level: 'self', value: 99 },
  ]);
  const sheet = map.scoreSheets[0];
  values['Đợt 1'][sheet.rows.GV02][2] = 'Lê Thị Bích Ngọc';
  expect(readScoringInputs(values, map).issues[0].message).toContain('Lê Thị Bích Ngọc (mã GV02)');
  expect(cellAddress(sheet.rows.GV02, 2)).toBe('C7');
});
