import fc from 'fast-check';
import {
  listSourceText,
  MAX_SHEET_NAME_LENGTH,
  parseNameReference,
  sameSheetName,
  sheetNameProblem,
  uniqueSheetName,
} from '../../src/layout/sheet-rules';

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

describe('workbook-name references', () => {
  test('a quoted Vietnamese sheet name, with an apostrophe doubled inside', () => {
    expect(parseNameReference("='Tổng hợp năm'!$E$5:$E$65")).toEqual({
      sheet: 'Tổng hợp năm',
      range: '$E$5:$E$65',
    });
    expect(parseNameReference("'Tổ ''Văn'''!$B$2")).toEqual({ sheet: "Tổ 'Văn'", range: '$B$2' });
    expect(parseNameReference('QuyChe!C5')).toEqual({ sheet: 'QuyChe', range: 'C5' });
  });

  test('anything but a range on a sheet is not a reference', () => {
    expect(parseNameReference('=0.7')).toBeUndefined();
    expect(parseNameReference('#REF!')).toBeUndefined();
    expect(parseNameReference("='Tổng hợp năm'!#REF!")).toBeUndefined();
  });
});

describe('inline validation lists', () => {
  const list = (...items: string[]) => ({
    range: 'C5:C65',
    kind: 'list' as const,
    list: items,
    errorMessage: '',
  });

  test('items joined by commas, as Excel stores them', () => {
    expect(listSourceText(list('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'))).toBe('HTXSNV,HTTNV,HTNV,KHTNV');
  });

  test('an empty list, an item with a comma or a quote, and a list over 255 characters are refused', () => {
    expect(() => listSourceText(list())).toThrow(/C5:C65 đang trống/);
    expect(() => listSourceText(list('Tốt', 'Khá, giỏi'))).toThrow(/"Khá, giỏi".*dấu phẩy/);
    expect(() => listSourceText(list('Tốt', 'Đạt "A"'))).toThrow(/dấu ngoặc kép/);
    expect(() => listSourceText(list('x'.repeat(200), 'y'.repeat(55)))).toThrow(/dài 256 ký tự/);
    expect(listSourceText(list('x'.repeat(200), 'y'.repeat(54)))).toHaveLength(255);
  });
});
