/**
 * The streaming writer and reader against ExcelJS's in-memory ones: the same workbook written both ways reads
 * back, cell by cell, with the same value, formula, style, merge and validation; the sheets keep the same page
 * setup, frozen panes, widths, protection and conditional formats; and the streaming reader gives the same
 * grids as the in-memory reader, also for a file as Excel saves it (shared strings, shared formulas, cached
 * results, merged cells holding a stray value).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import { sampleFullCase } from '../../src/domain/sample';
import { valueCell, type WorkbookSpec } from '../../src/layout/grid';
import { ownerMarkerNames } from '../../src/layout/owner-markers';
import { buildCaseWorkbook } from '../../src/layout/workbook';
import { readWorkbookBuffer } from '../../src/xlsx';
import { readXlsxFile, writeXlsxFile, type XlsxProgress } from '../../src/xlsx/node-file';
import { gridsFromZipBytes } from '../../src/xlsx/stream-read';
import { zipEntries } from '../../src/xlsx/zip-entries';
import { workbookSpecToExcelJs } from '../../src/xlsx/write';
import { everyFeatureSpec } from './fixture';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'thidua-stream-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Parts of ExcelJS's worksheet model its typings leave out. */
interface UntypedParts {
  conditionalFormattings: unknown[];
  sheetProtection?: unknown;
}

function caseSpec(): WorkbookSpec {
  const built = buildCaseWorkbook(sampleFullCase());
  const names = built.spec.sheets.map((s) => s.name);
  return { ...built.spec, names: [...built.spec.names, ...ownerMarkerNames(names)] };
}

async function bothWays(spec: WorkbookSpec, stem: string): Promise<[ExcelJS.Workbook, ExcelJS.Workbook]> {
  const streamed = join(dir, `${stem}-stream.xlsx`);
  const inMemory = join(dir, `${stem}-memory.xlsx`);
  await writeXlsxFile(spec, streamed);
  await workbookSpecToExcelJs(spec).xlsx.writeFile(inMemory);
  const a = new ExcelJS.Workbook();
  await a.xlsx.readFile(streamed);
  const b = new ExcelJS.Workbook();
  await b.xlsx.readFile(inMemory);
  return [a, b];
}

/** Everything a cell shows or enforces, as ExcelJS reads it back. */
function cellFacts(cell: ExcelJS.Cell) {
  return {
    value: cell.value,
    font: cell.font,
    fill: cell.fill,
    border: cell.border,
    alignment: cell.alignment,
    numFmt: cell.numFmt,
    protection: cell.protection,
    merged: cell.isMerged ? cell.master.address : null,
    validation: cell.dataValidation,
  };
}

function sheetFacts(sheet: ExcelJS.Worksheet) {
  const cells: Record<string, unknown> = {};
  sheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells[cell.address] = cellFacts(cell);
    }),
  );
  const untyped = sheet as unknown as UntypedParts;
  return {
    name: sheet.name,
    cells,
    merges: [...sheet.model.merges].sort(),
    // Only frozen panes are ours; a sheet without them may or may not carry a default view.
    frozen: (sheet.views ?? []).filter((v) => v.state === 'frozen'),
    widths: sheet.columns?.map((c) => c.width) ?? [],
    pageSetup: sheet.pageSetup,
    tabColor: sheet.properties.tabColor,
    protection: untyped.sheetProtection ?? null,
    conditionalFormats: untyped.conditionalFormattings,
  };
}

describe.each([
  ['every feature of the grid contract', everyFeatureSpec],
  ['the sample school as `thidua new` writes it', caseSpec],
])('%s, written by the streaming writer and by the in-memory writer', (stem, makeSpec) => {
  test('reads back the same, cell by cell and sheet by sheet', async () => {
    const [streamed, inMemory] = await bothWays(makeSpec(), stem.replace(/\W+/g, '-'));
    expect(streamed.worksheets.map((s) => s.name)).toEqual(inMemory.worksheets.map((s) => s.name));
    streamed.worksheets.forEach((sheet, i) => {
      expect(sheetFacts(sheet)).toEqual(sheetFacts(inMemory.worksheets[i]));
    });
    expect(streamed.definedNames.model).toEqual(inMemory.definedNames.model);
  }, 60_000);

  test('asks Excel and LibreOffice to compute every formula on opening (no cached results are written)', async () => {
    const path = join(dir, `${stem.replace(/\W+/g, '-')}-calc.xlsx`);
    await writeXlsxFile(makeSpec(), path);
    const workbookXml = zipEntries(readFileSync(path)).read('xl/workbook.xml')?.toString('utf8');
    expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  test('the streaming reader gives the grids the in-memory reader gives', async () => {
    const path = join(dir, `${stem.replace(/\W+/g, '-')}-grids.xlsx`);
    await writeXlsxFile(makeSpec(), path);
    expect(await readXlsxFile(path)).toEqual(await readWorkbookBuffer(readFileSync(path)));
  }, 60_000);
});

/** A sheet as Excel saves it: cached results, shared formulas, errors, dates, rich text, stray merged values. */
async function excelSavedBuffer(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Đợt 1');
  sheet.getCell('A1').value = 'Họ và tên';
  sheet.getCell('B1').value = 'bị gộp mất';
  sheet.mergeCells('A1:B1');
  sheet.getCell('A2').value = 8;
  sheet.getCell('A3').value = 9.5;
  sheet.getCell('A4').value = 7;
  sheet.getCell('B2').value = { formula: 'A2*10+$A$2', result: 88, date1904: false };
  sheet.getCell('B3').value = { sharedFormula: 'B2', result: 103, date1904: false };
  sheet.getCell('B4').value = { sharedFormula: 'B2', result: 78, date1904: false };
  sheet.getCell('C2').value = { formula: 'A2/0', result: { error: '#DIV/0!' }, date1904: false };
  sheet.getCell('C3').value = { formula: 'IF(A3>9,"Tốt","Khá")', result: 'Tốt', date1904: false };
  sheet.getCell('C4').value = { formula: 'A4>5', result: true, date1904: false };
  sheet.getCell('D2').value = new Date(Date.UTC(2021, 4, 28));
  sheet.getCell('D3').value = {
    richText: [{ text: 'Nguyễn ', font: { bold: true } }, { text: 'Văn An & <Tổ 1>' }],
  };
  sheet.getCell('E2').value = '';
  sheet.getCell('F9').value = { formula: 'SUM(A2:A4)', date1904: false };
  book.addWorksheet('Trống');
  book.definedNames.add("'Đợt 1'!$A$2:$A$4", 'TD_Diem');
  return Buffer.from(await book.xlsx.writeBuffer());
}

test('a file as Excel saves it: the streaming reader and the in-memory reader agree', async () => {
  const bytes = await excelSavedBuffer();
  const streamed = gridsFromZipBytes(bytes);
  expect(streamed).toEqual(await readWorkbookBuffer(bytes));
  const [round] = streamed.sheets;
  expect(round.values[0][1]).toBeNull();
  expect(round.formulas[2][1]).toBe('=A3*10+$A$2');
  expect(round.formulas[3][1]).toBe('=A4*10+$A$2');
  expect(round.values[2][3]).toBe('Nguyễn Văn An & <Tổ 1>');
  expect(round.values[1][3]).toBe(44344);
});

test('bytes that are not a zip are refused in Vietnamese', () => {
  expect(() => gridsFromZipBytes(Buffer.from('Họ và tên,Điểm\nAn,9\n'))).toThrow(
    /không phải một sổ tính .xlsx/,
  );
});

test('a long write and read say where they are, sheet by sheet, for a progress line', async () => {
  const rows = Array.from({ length: 1200 }, (_, r) => [valueCell(`Người ${r + 1}`), valueCell(r)]);
  const spec: WorkbookSpec = {
    sheets: [
      { name: 'Danh sách', cells: rows },
      { name: 'Quy chế', cells: [[valueCell('Năm học')]] },
    ],
    names: [],
  };
  const path = join(dir, 'tien-do.xlsx');
  const written: XlsxProgress[] = [];
  await writeXlsxFile(spec, path, { onProgress: (p) => written.push(p) });
  expect(written).toContainEqual({ sheet: 'Danh sách', sheetIndex: 0, sheetCount: 2, row: 500, rows: 1200 });
  expect(written).toContainEqual({ sheet: 'Danh sách', sheetIndex: 0, sheetCount: 2, row: 1000, rows: 1200 });
  const read: XlsxProgress[] = [];
  const grids = await readXlsxFile(path, { onProgress: (p) => read.push(p) });
  expect(read.map((p) => p.sheet)).toEqual(['Danh sách', 'Quy chế']);
  expect(grids.sheets[0].values[1199]).toEqual(['Người 1200', 1199]);
});
