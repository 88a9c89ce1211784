/** Formulas stay formulas: a value typed over a total is reported with its cell and formula, and restored. */
import { sampleFullCase } from '../../src/domain/sample';
import { writeCaseWorkbook } from '../../src/excel/operations';
import { readCase } from '../../src/excel/operations/read-case';
import { restoreFormulas } from '../../src/excel/operations/restore-formulas';
import { cellAddress } from '../../src/layout/a1';
import { createFakeExcelHost, type FakeExcelHost } from '../../src/preview/fake-excel';

jest.setTimeout(60000);

let host: FakeExcelHost;
let context: Excel.RequestContext;

async function readout() {
  const result = await readCase(context);
  if (result.missing) throw new Error('not read');
  return result;
}

beforeAll(async () => {
  host = createFakeExcelHost({ sheets: ['Sheet1'] });
  context = host.createContext() as unknown as Excel.RequestContext;
  await writeCaseWorkbook(context, sampleFullCase());
});

describe('a total typed over on "Tổng hợp năm"', () => {
  test('a freshly built workbook has no overwritten formula, and the read costs two syncs', async () => {
    host.stats.reset();
    const { overwritten } = await readout();
    expect(host.stats.syncCount()).toBe(2);
    expect(overwritten).toEqual([]);
  });

  test('is reported with its cell and the formula it replaced, then restored from the pane', async () => {
    const { read } = await readout();
    const { yearSummary, sheets } = read.scoring;
    const [, row] = Object.entries(yearSummary.rows)[0];
    const address = cellAddress(row, yearSummary.columns.yearTotal);
    const sheet = context.workbook.worksheets.getItem(sheets.yearSummary);
    const before = sheet.protection.load('protected');
    await context.sync();
    const wasProtected = before.protected;
    sheet.protection.unprotect();
    const range = sheet.getRange(address).load('formulas');
    await context.sync();
    const original = String(range.formulas[0][0]);
    expect(original.startsWith('=')).toBe(true);
    range.values = [[99]];
    await context.sync();

    if (wasProtected) sheet.protection.protect();
    await context.sync();
    const { overwritten } = await readout();
    expect(overwritten).toEqual([{ sheet: sheets.yearSummary, address, formula: original, value: 99 }]);

    expect(await restoreFormulas(context, overwritten)).toBe(1);
    const after = await readout();
    expect(after.overwritten).toEqual([]);
    const check = context.workbook.worksheets.getItem(sheets.yearSummary).getRange(address).load('formulas');
    const protection = context.workbook.worksheets.getItem(sheets.yearSummary).protection.load('protected');
    await context.sync();
    expect(check.formulas[0][0]).toBe(original);
    expect(protection.protected).toBe(wasProtected);
  });
});
