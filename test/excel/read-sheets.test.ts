import { toSheetRead } from '../../src/excel/read-sheets';

describe('a used range as grids anchored at A1', () => {
  test('a used range starting at B2 is padded; empty cells read null; formulas told from constants', () => {
    const read = toSheetRead(
      "'Đợt 1'!B2:C3",
      1,
      1,
      [
        ['Nguyễn Văn An', 92.5],
        ['', 'Tốt'],
      ],
      [
        ['Nguyễn Văn An', 92.5],
        ['', '=IF(C2>=90,"Tốt","Khá")'],
      ],
    );
    expect(read.values).toEqual([
      [null, null, null],
      [null, 'Nguyễn Văn An', 92.5],
      [null, null, 'Tốt'],
    ]);
    expect(read.formulas).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, '=IF(C2>=90,"Tốt","Khá")'],
    ]);
    expect(read.address).toBe("'Đợt 1'!B2:C3");
  });

  test('text "=abc" kept as text is not taken for a formula; a formula giving "" keeps its ""', () => {
    const read = toSheetRead('A1:B1', 0, 0, [['=abc', '']], [['=abc', '=IF(1>2,1,"")']]);
    expect(read.values).toEqual([['=abc', '']]);
    expect(read.formulas).toEqual([[null, '=IF(1>2,1,"")']]);
  });
});
