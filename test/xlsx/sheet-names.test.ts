import fc from 'fast-check';
import {
  MAX_SHEET_NAME_LENGTH,
  sameSheetName,
  sheetNameProblem,
  uniqueSheetName,
} from '../../src/xlsx/sheet-names';

describe('sheet names', () => {
  test('"Đợt 1" taken → "Đợt 1 (2)"; both taken → "Đợt 1 (3)"; Excel ignores case', () => {
    expect(uniqueSheetName('Đợt 1', ['Đợt 1'])).toBe('Đợt 1 (2)');
    expect(uniqueSheetName('Đợt 1', ['đợt 1', 'ĐỢT 1 (2)'])).toBe('Đợt 1 (3)');
    expect(uniqueSheetName('Đợt 1', ['Đợt 2'])).toBe('Đợt 1');
  });

  test('a 31-character name is shortened so the suffix fits', () => {
    const long = 'Tổng hợp kết quả thi đua năm họ';
    expect(long).toHaveLength(31);
    expect(uniqueSheetName(long, [long])).toBe('Tổng hợp kết quả thi đua nă (2)');
  });

  test('composed and decomposed Vietnamese are the same name', () => {
    expect(sameSheetName('Quy chế'.normalize('NFD'), 'Quy chế')).toBe(true);
  });

  test('Excel’s refusals are explained', () => {
    expect(sheetNameProblem('Đợt 1')).toBeUndefined();
    expect(sheetNameProblem('')).toMatch(/trống/);
    expect(sheetNameProblem('Tổ 1/2')).toMatch(/: \\ \/ \? \* \[ \]/);
    expect(sheetNameProblem("'Tổ 1")).toMatch(/nháy đơn/);
  });

  test('property: the chosen name is never taken, fits in 31 characters, and is the base when free', () => {
    const name = fc.string({ minLength: 1, maxLength: MAX_SHEET_NAME_LENGTH }).filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(name, fc.array(name, { maxLength: 8 }), (base, others) => {
        const taken = [base, ...others];
        const chosen = uniqueSheetName(base, taken);
        expect(chosen.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
        expect(taken.some((t) => sameSheetName(t, chosen))).toBe(false);
        expect(
          uniqueSheetName(
            chosen,
            others.filter((o) => !sameSheetName(o, chosen)),
          ),
        ).toBe(chosen);
      }),
    );
  });
});
