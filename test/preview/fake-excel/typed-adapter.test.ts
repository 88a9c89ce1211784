/**
 * Adapter code is typed against @types/office-js and handed the fake as Excel.RequestContext; this writes a
 * protected, validated score sheet the way such code would, in one sync, and reads it back in a second.
 */
import { createFakeExcelHost, installFakeOfficeGlobals } from '../../../src/preview/fake-excel';

// Adapter code reads enums such as Excel.DataValidationOperator from the global, as in Excel.
beforeAll(() => installFakeOfficeGlobals(createFakeExcelHost()));
afterAll(() => {
  const g = globalThis as unknown as Record<string, unknown>;
  delete g.Excel;
  delete g.Office;
  delete g.OfficeExtension;
});

async function writeScoreSheet(context: Excel.RequestContext, staff: string[]): Promise<void> {
  const sheet = context.workbook.worksheets.add('Chấm điểm');
  const header = sheet.getRange('A1:D1');
  header.values = [['STT', 'Họ và tên', 'Điểm', 'Xếp loại']];
  header.format.font.bold = true;
  header.format.fill.color = '#DDEBF7';
  const body = sheet.getRange(`A2:D${staff.length + 1}`);
  body.formulas = staff.map((name, i) => [
    i + 1,
    name,
    null,
    `=IF(C${i + 2}>=90,"HTXSNV",IF(C${i + 2}>=70,"HTTNV","HTNV"))`,
  ]);
  const scores = sheet.getRange(`C2:C${staff.length + 1}`);
  scores.numberFormat = staff.map(() => ['0.0']);
  scores.format.protection.locked = false;
  scores.dataValidation.rule = {
    decimal: { formula1: 0, formula2: 100, operator: Excel.DataValidationOperator.between },
  };
  scores.dataValidation.errorAlert = {
    message: 'Điểm từ 0 đến 100.',
    showAlert: true,
    style: 'Stop',
    title: 'Điểm',
  };
  const band = sheet
    .getRange(`D2:D${staff.length + 1}`)
    .conditionalFormats.add(Excel.ConditionalFormatType.containsText);
  band.textComparison.format.fill.color = '#C6EFCE';
  band.textComparison.rule = { operator: Excel.ConditionalTextOperator.beginsWith, text: 'HTXS' };
  sheet.freezePanes.freezeRows(1);
  sheet.pageLayout.orientation = Excel.PageOrientation.landscape;
  context.workbook.names.add('TD_Diem', scores);
  sheet.protection.protect({ allowFormatColumns: true });
  await context.sync();
}

test('a typed adapter writes a whole sheet in one sync and reads it in a second', async () => {
  const host = createFakeExcelHost();
  const context = host.createContext() as unknown as Excel.RequestContext;
  const staff = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'];
  await writeScoreSheet(context, staff);
  expect(host.userEdit('Chấm điểm', 'C2', '95')).toEqual({ ok: true });
  expect(host.userEdit('Chấm điểm', 'C3', '101')).toMatchObject({ ok: false, code: 'validation' });
  expect(host.userEdit('Chấm điểm', 'D3', 'HTXSNV')).toMatchObject({ ok: false, code: 'locked' });
  const read = context.workbook.worksheets.getItem('Chấm điểm').getUsedRange().load('values, address');
  await context.sync();
  expect(read.address).toBe("'Chấm điểm'!A1:D4");
  expect(read.values.map((row) => row[3])).toEqual(['Xếp loại', 'HTXSNV', 'HTNV', 'HTNV']);
  expect(host.inspect.cell('Chấm điểm', 'D2').conditional?.fill).toBe('#C6EFCE');
  expect(host.inspect.cell('Chấm điểm', 'C2').text).toBe('95.0');
  expect(host.stats.syncCount()).toBe(2);
});
