import * as ExcelJS from 'exceljs';
import { readWorkbookBuffer } from '../../src/xlsx';
import { dateToSerial, plainValue } from '../../src/xlsx/read';

/** A sheet as Excel saves it: cached formula results, a shared formula, dates, rich text, merges. */
async function excelSavedBuffer(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Đợt 1');
  sheet.getCell('A1').value = 'Họ và tên';
  sheet.mergeCells('A1:B1');
  sheet.getCell('A2').value = 8;
  sheet.getCell('A3').value = 9.5;
  sheet.getCell('B2').value = { formula: 'A2*10', result: 80, date1904: false };
  sheet.getCell('B3').value = { sharedFormula: 'B2', result: 95, date1904: false };
  sheet.getCell('C2').value = { formula: 'A2/0', result: { error: '#DIV/0!' }, date1904: false };
  sheet.getCell('C3').value = { formula: 'IF(A3>9,"Tốt","Khá")', result: 'Tốt', date1904: false };
  sheet.getCell('D2').value = new Date(Date.UTC(2021, 4, 28));
  sheet.getCell('D3').value = { richText: [{ text: 'Nguyễn ', font: { bold: true } }, { text: 'Văn An' }] };
  sheet.getCell('E2').value = { text: 'Quyết định', hyperlink: 'https://example.org' };
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('reading a workbook Excel saved (with cached results)', () => {
  test('formula cells give their cached result as value and their formula, shared formulas translated', async () => {
    const { sheets } = await readWorkbookBuffer(await excelSavedBuffer());
    const [round] = sheets;
    expect(round.values[1].slice(0, 3)).toEqual([8, 80, '#DIV/0!']);
    expect(round.values[2].slice(0, 3)).toEqual([9.5, 95, 'Tốt']);
    expect(round.formulas[1][1]).toBe('=A2*10');
    expect(round.formulas[2][1]).toBe('=A3*10');
    expect(round.formulas[2][2]).toBe('=IF(A3>9,"Tốt","Khá")');
    expect(round.formulas[1][0]).toBeNull();
  });

  test('28/05/2021 reads as Excel serial 44344; rich text and links as their plain text', async () => {
    const { sheets } = await readWorkbookBuffer(await excelSavedBuffer());
    expect(sheets[0].values[1][3]).toBe(44344);
    expect(sheets[0].values[2][3]).toBe('Nguyễn Văn An');
    expect(sheets[0].values[1][4]).toBe('Quyết định');
  });

  test('the covered cell of a merged title reads empty, as in Excel, not as a copy of the title', async () => {
    const { sheets } = await readWorkbookBuffer(await excelSavedBuffer());
    expect(sheets[0].values[0].slice(0, 2)).toEqual(['Họ và tên', null]);
  });

  test('an empty workbook sheet reads as an empty grid', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Trống');
    const { sheets, names } = await readWorkbookBuffer(new Uint8Array(await book.xlsx.writeBuffer()));
    expect(sheets).toEqual([{ name: 'Trống', values: [], formulas: [] }]);
    expect(names).toEqual([]);
  });
});

describe('plain values', () => {
  test('1900-01-01 is serial 2 only after Excel’s phantom leap day; 1970-01-01 is 25569', () => {
    expect(dateToSerial(new Date(Date.UTC(1970, 0, 1)))).toBe(25569);
    expect(dateToSerial(new Date(Date.UTC(2021, 4, 28, 12)))).toBe(44344.5);
  });

  test('a formula with no cached result is null, not the formula text', () => {
    expect(plainValue({ formula: 'SUM(A1:A3)', date1904: false })).toBeNull();
  });
});
