import fc from 'fast-check';
import { formulaCell, valueCell } from '../../src/layout/grid';
import { needsTextPrefix, toFormulaInput } from '../../src/excel/cell-input';

describe('cells as range.formulas input', () => {
  test('formulas keep (or gain) their "="', () => {
    expect(toFormulaInput(formulaCell('SUM(B3:B9)'))).toBe('=SUM(B3:B9)');
    expect(toFormulaInput({ formula: 'B3*2' })).toBe('=B3*2');
  });

  test('text starting with = + - @ gets an apostrophe so Excel keeps it as text', () => {
    expect(toFormulaInput(valueCell('=abc'))).toBe("'=abc");
    expect(toFormulaInput(valueCell('+84 912 345 678'))).toBe("'+84 912 345 678");
    expect(toFormulaInput(valueCell('-5 điểm (đi muộn)'))).toBe("'-5 điểm (đi muộn)");
    expect(toFormulaInput(valueCell('@Tổ Toán'))).toBe("'@Tổ Toán");
  });

  test('text Excel would turn into a number, date or boolean stays text: staff code "0912" keeps its zero', () => {
    expect(toFormulaInput(valueCell('0912'))).toBe("'0912");
    expect(toFormulaInput(valueCell('28/05/2021'))).toBe("'28/05/2021");
    expect(toFormulaInput(valueCell('TRUE'))).toBe("'TRUE");
    expect(toFormulaInput(valueCell("'trích dẫn"))).toBe("''trích dẫn");
  });

  test('ordinary Vietnamese text, numbers and booleans go as they are; null clears; undefined is left alone', () => {
    expect(toFormulaInput(valueCell('Nguyễn Văn An'))).toBe('Nguyễn Văn An');
    expect(toFormulaInput(valueCell('Tổ 1'))).toBe('Tổ 1');
    expect(toFormulaInput(valueCell(92.5))).toBe(92.5);
    expect(toFormulaInput(valueCell(false))).toBe(false);
    expect(toFormulaInput(valueCell(null))).toBe('');
    expect(toFormulaInput(undefined)).toBeNull();
  });

  test('a NaN score is refused', () => {
    expect(() => toFormulaInput(valueCell(Number.NaN))).toThrow(/NaN/);
  });

  test('property: every text whose first character Excel reads as a formula is escaped', () => {
    fc.assert(
      fc.property(fc.constantFrom('=', '+', '-', '@'), fc.string(), (first, rest) => {
        expect(needsTextPrefix(first + rest)).toBe(true);
        expect(toFormulaInput(valueCell(first + rest))).toBe(`'${first}${rest}`);
      }),
    );
  });
});

describe('one rule for text that must stay text', () => {
  test('a full-width ＝ or ＋ (typed on a Vietnamese IME) is kept as text too', () => {
    expect(toFormulaInput({ value: '＝HYPERLINK("x")' })).toBe(`'＝HYPERLINK("x")`);
    expect(toFormulaInput({ value: '＋84 912 345 678' })).toBe(`'＋84 912 345 678`);
  });
});
