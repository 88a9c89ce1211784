/** Formula text surgery that must leave strings and quoted sheet names alone. */
import {
  quoteBareSheetNames,
  renameSheetInFormula,
  shiftRelativeReferences,
} from '../../../src/preview/fake-excel/formula-text';

test('bare non-ASCII sheet names are quoted; ASCII ones and strings are left alone', () => {
  expect(quoteBareSheetNames('=Tổng!A1+Sheet2!B1&"Tổng!C1"')).toBe(`='Tổng'!A1+Sheet2!B1&"Tổng!C1"`);
  expect(quoteBareSheetNames("='Tổng hợp'!A1")).toBe("='Tổng hợp'!A1");
});

test('renaming a sheet rewrites quoted and bare references, quoting when the new name needs it', () => {
  expect(renameSheetInFormula("='Đợt 1'!A1+Đợt1!B2+'Đợt 1 cũ'!C3", 'Đợt 1', 'HK I')).toBe(
    "='HK I'!A1+Đợt1!B2+'Đợt 1 cũ'!C3",
  );
  expect(renameSheetInFormula('=SUM(Data!A1:A5)&"Data!"', 'data', 'DuLieu')).toBe(
    '=SUM(DuLieu!A1:A5)&"Data!"',
  );
});

test('relative references move; absolute parts, function names and strings do not', () => {
  expect(shiftRelativeReferences('=AND(A1<50,$B$1>0,C$2,$D3,LOG10(E5),"A1")', 2, 1)).toBe(
    '=AND(B3<50,$B$1>0,D$2,$D5,LOG10(F7),"A1")',
  );
  expect(shiftRelativeReferences("='Tổng'!A1:B2", 1, 0)).toBe("='Tổng'!A2:B3");
  expect(shiftRelativeReferences('=A1', -1, 0)).toBe('=#REF!');
});
