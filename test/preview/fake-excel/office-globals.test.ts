/** The preview page installs the fake as the global Excel and a minimal Office. */
import { createFakeExcelHost, installFakeOfficeGlobals } from '../../../src/preview/fake-excel';

type Globals = Record<string, unknown>;

afterEach(() => {
  const g = globalThis as unknown as Globals;
  delete g.Excel;
  delete g.Office;
  delete g.OfficeExtension;
});

test('Excel.run through the global works on the host’s workbook', async () => {
  const host = createFakeExcelHost({ sheets: ['Quy chế'] });
  installFakeOfficeGlobals(host);
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem('Quy chế').getRange('A1').values = [['Quy chế thi đua']];
    await context.sync();
  });
  expect(host.inspect.values('Quy chế', 'A1')).toEqual([['Quy chế thi đua']]);
  expect(Excel.ConditionalFormatType.containsText).toBe('ContainsText');
});

test('Office.onReady, displayLanguage (vi-VN by default) and isSetSupported', async () => {
  installFakeOfficeGlobals(createFakeExcelHost(), { supportedApiVersion: '1.9' });
  const info = await Office.onReady();
  expect(info.host).toBe('Excel');
  expect(Office.context.displayLanguage).toBe('vi-VN');
  expect(Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
  expect(Office.context.requirements.isSetSupported('ExcelApi', '1.10')).toBe(false);
  expect(Office.context.requirements.isSetSupported('WordApi', '1.1')).toBe(false);
});

test('the display language can be English', () => {
  installFakeOfficeGlobals(createFakeExcelHost(), { displayLanguage: 'en-US' });
  expect(Office.context.displayLanguage).toBe('en-US');
});

test('errors are instances of the global OfficeExtension.Error', async () => {
  installFakeOfficeGlobals(createFakeExcelHost());
  const error = await Excel.run(async (context) => {
    context.workbook.worksheets.getItem('Không có').load('name');
    await context.sync();
  }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(OfficeExtension.Error);
  expect((error as OfficeExtension.Error).code).toBe(Excel.ErrorCodes.itemNotFound);
});

test('Excel.createWorkbook records the workbook it was given', async () => {
  const host = createFakeExcelHost();
  installFakeOfficeGlobals(host);
  await Excel.createWorkbook('UEsDBBQAAAAIAA==');
  expect(host.createdWorkbooks).toEqual(['UEsDBBQAAAAIAA==']);
});
