import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import { HyperFormula } from 'hyperformula';
import { readWorkbookBuffer, workbookSpecToBuffer } from '../../src/xlsx';
import { readXlsxFile, writeXlsxFile } from '../../src/xlsx/node-file';
import { everyFeatureSpec } from './fixture';

/** Parts of ExcelJS's worksheet model its typings leave out. */
interface UntypedWorksheetParts {
  conditionalFormattings: { ref: string; rules: ExcelJS.CellIsRuleType[] }[];
  sheetProtection?: { sheet?: boolean; selectLockedCells?: boolean; formatColumns?: boolean };
}

let dir: string;
let path: string;
let sheet: ExcelJS.Worksheet;
let book: ExcelJS.Workbook;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'thidua-xlsx-'));
  path = join(dir, 'tong-hop.xlsx');
  await writeXlsxFile(everyFeatureSpec(), path);
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  sheet = book.getWorksheet('Tổng hợp năm')!;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a "Tổng hợp năm" written to .xlsx and opened again with ExcelJS', () => {
  test('keeps both sheets in order with their Vietnamese names', () => {
    expect(book.worksheets.map((ws) => ws.name)).toEqual(['Tổng hợp năm', 'Quy chế']);
  });

  test('numbers stay numbers, booleans booleans, and formulas are stored without their "="', () => {
    expect(sheet.getCell('B3').value).toBe(92.5);
    expect(sheet.getCell('C5').value).toBe(true);
    expect(sheet.getCell('C3').formula).toBe('IF(B3>=90,"Tốt","Khá")');
    expect(sheet.getCell('C4').formula).toBe('IF(B4>=90,"Tốt","Khá")');
    expect(sheet.getCell('B5').formula).toBe('SUM(B3:B4)');
    expect(book.getWorksheet('Quy chế')!.getCell('B2').formula).toBe("SUM('Tổng hợp năm'!B3:B4)");
  });

  test('text starting with = - @ + stays text, never a formula', () => {
    for (const [address, text] of [
      ['D3', '=abc'],
      ['D4', '-5 điểm'],
      ['D5', '@ghi chú'],
      ['D6', '+84 912'],
    ]) {
      expect(sheet.getCell(address).type).toBe(ExcelJS.ValueType.String);
      expect(sheet.getCell(address).value).toBe(text);
    }
  });

  test('cells left undefined in the grid stay empty', () => {
    expect(sheet.getCell('A6').type).toBe(ExcelJS.ValueType.Null);
  });

  test('fonts, fills, number formats, alignment, wrap and borders land on their ranges', () => {
    const title = sheet.getCell('A1');
    expect(title.font).toMatchObject({ bold: true, size: 14, name: 'Times New Roman' });
    expect(title.alignment.horizontal).toBe('center');
    const header = sheet.getCell('B2');
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } });
    expect(header.alignment).toMatchObject({ wrapText: true, vertical: 'middle' });
    // Overlapping ranges combine: B2 keeps the Times New Roman of A2:D5 and the bold of A2:D2.
    expect(header.font).toMatchObject({ bold: true, name: 'Times New Roman' });
    expect(header.border).toMatchObject({
      top: { style: 'thin' },
      left: { style: 'thin' },
      bottom: { style: 'thin' },
      right: { style: 'thin' },
    });
    expect(sheet.getCell('B3').numFmt).toBe('0.00');
    expect(sheet.getCell('B3').font.color).toEqual({ argb: 'FF1F4E78' });
    expect(sheet.getCell('A3').font).toMatchObject({ italic: true, name: 'Times New Roman' });
    expect(sheet.getCell('A3').alignment.horizontal).toBe('left');
    expect(sheet.getCell('A6').border ?? {}).toEqual({});
  });

  test('score cells are unlocked, everything else keeps Excel’s default lock', () => {
    expect(sheet.getCell('B3').protection).toMatchObject({ locked: false });
    expect(sheet.getCell('B4').protection).toMatchObject({ locked: false });
    expect(sheet.getCell('C3').protection?.locked).not.toBe(false);
  });

  test('the title is merged across A1:D1', () => {
    expect(sheet.model.merges).toEqual(['A1:D1']);
    expect(sheet.getCell('C1').isMerged).toBe(true);
  });

  test('column widths in points become characters (÷ 5.25)', () => {
    expect(sheet.getColumn(1).width).toBeCloseTo(30, 2);
    expect(sheet.getColumn(2).width).toBeCloseTo(10, 2);
    expect(sheet.getColumn(3).width).toBeCloseTo(12, 2);
  });

  test('two rows and one column are frozen', () => {
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
  });

  test('validations: decimal between 0 and 100, a list of bands, a whole number from 1', () => {
    expect(sheet.getCell('B4').dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [0, 100],
      showErrorMessage: true,
      error: 'Điểm phải từ 0 đến 100.',
      prompt: 'Nhập điểm 0–100.',
      allowBlank: true,
    });
    expect(sheet.getCell('C3').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Tốt,Khá,Đạt,Chưa đạt"'],
    });
    expect(sheet.getCell('E4').dataValidation).toMatchObject({
      type: 'whole',
      operator: 'greaterThanOrEqual',
      formulae: [1],
    });
    expect(sheet.getCell('D3').dataValidation).toBeUndefined();
  });

  test('"Tốt" is coloured by a cell-equals rule, not "contains" (which would also catch other text)', () => {
    const [format] = (sheet as unknown as UntypedWorksheetParts).conditionalFormattings;
    expect(format.ref).toBe('C3:C4');
    const [rule] = format.rules;
    expect(rule).toMatchObject({ type: 'cellIs', operator: 'equal', formulae: ['"Tốt"'] });
    expect(rule.style?.fill).toMatchObject({ bgColor: { argb: 'FFC6EFCE' } });
    expect(rule.style?.font?.color).toEqual({ argb: 'FF006100' });
  });

  test('the sheet is protected without a password, still letting users select cells and widen columns', () => {
    const protection = (sheet as unknown as UntypedWorksheetParts).sheetProtection;
    expect(protection).toMatchObject({ sheet: true });
    expect(protection).not.toHaveProperty('hashValue');
    expect(protection?.selectLockedCells).not.toBe(false);
    expect(protection?.formatColumns).toBe(true);
    expect((book.getWorksheet('Quy chế') as unknown as UntypedWorksheetParts).sheetProtection).toBeFalsy();
  });

  test('page setup: A4 landscape, margins in inches, one page wide, header row repeated', () => {
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '2:2',
    });
    expect(sheet.pageSetup.margins).toMatchObject({ top: 0.75, bottom: 0.75, left: 0.7, right: 0.5 });
  });

  test('tab colour and workbook names', () => {
    expect(sheet.properties.tabColor).toEqual({ argb: 'FF00B050' });
    expect(book.definedNames.model).toEqual(
      expect.arrayContaining([
        { name: 'TD_Diem', ranges: ["'Tổng hợp năm'!$B$3:$B$4"] },
        { name: 'TD_Nguong', ranges: ["'Quy chế'!$B$1"] },
      ]),
    );
  });
});

describe('reading the file back into grids', () => {
  test('values and formulas start at A1; formulas without cached results read as null values', async () => {
    const grids = await readXlsxFile(path);
    const [summary, rules] = grids.sheets;
    expect(summary.name).toBe('Tổng hợp năm');
    expect(summary.values).toEqual([
      ['BẢNG TỔNG HỢP ĐIỂM THI ĐUA', null, null, null],
      ['Họ và tên', 'Điểm', 'Xếp loại', 'Ghi chú'],
      ['Nguyễn Văn An', 92.5, null, '=abc'],
      ['Trần Thị Ánh', 78, null, '-5 điểm'],
      ['Cộng', null, true, '@ghi chú'],
      [null, null, null, '+84 912'],
    ]);
    expect(summary.formulas[2][2]).toBe('=IF(B3>=90,"Tốt","Khá")');
    expect(summary.formulas[4][1]).toBe('=SUM(B3:B4)');
    expect(summary.formulas[2][3]).toBeNull();
    expect(rules.formulas).toEqual([
      [null, null],
      [null, "=SUM('Tổng hợp năm'!B3:B4)"],
    ]);
    expect(grids.names).toEqual([
      { name: 'TD_Diem', reference: "'Tổng hợp năm'!$B$3:$B$4" },
      { name: 'TD_Nguong', reference: "'Quy chế'!$B$1" },
    ]);
  });

  test('the formulas read back evaluate in a formula engine, across the quoted Vietnamese sheet name', async () => {
    const { sheets, names } = await readXlsxFile(path);
    const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
    for (const { name } of sheets) hf.addSheet(name);
    for (const { name, values, formulas } of sheets) {
      const contents = values.map((row, r) => row.map((value, c) => formulas[r][c] ?? value));
      hf.setSheetContent(hf.getSheetId(name)!, contents);
    }
    for (const { name, reference } of names) hf.addNamedExpression(name, `=${reference}`);
    const summary = hf.getSheetId('Tổng hợp năm')!;
    expect(hf.getCellValue({ sheet: summary, row: 2, col: 2 })).toBe('Tốt');
    expect(hf.getCellValue({ sheet: summary, row: 3, col: 2 })).toBe('Khá');
    expect(hf.getCellValue({ sheet: summary, row: 4, col: 1 })).toBe(170.5);
    expect(hf.getCellValue({ sheet: hf.getSheetId('Quy chế')!, row: 1, col: 1 })).toBe(170.5);
    expect(hf.calculateFormula('=SUM(TD_Diem)', summary)).toBe(170.5);
    hf.destroy();
  });

  test('a buffer made for the export panel reads back to the same grids as the file', async () => {
    const buffer = await workbookSpecToBuffer(everyFeatureSpec());
    expect(buffer).toBeInstanceOf(Uint8Array);
    // An .xlsx is a zip: it starts with "PK".
    expect([buffer[0], buffer[1]]).toEqual([0x50, 0x4b]);
    expect(await readWorkbookBuffer(buffer)).toEqual(await readXlsxFile(path));
  });
});
