import ExcelJS from 'exceljs';
import { bytesToBase64 } from '../../../src/excel/operations/export-base64';
import {
  addExportSheets,
  canOpenNewWorkbook,
  openExportWorkbook,
} from '../../../src/excel/operations/export-workbook';
import { buildExportWorkbook } from '../../../src/layout/export';
import { exportInputFromCase } from '../../../src/layout/export-input';
import { createFakeExcelHost, installFakeOfficeGlobals } from '../../../src/preview/fake-excel';
import { direct, handCount, sampleWith, SETTINGS } from '../../layout/export-input/fixtures';

function sampleExport() {
  const { read, results } = direct(sampleWith((c) => [handCount(c, [40, 35, 29, 28, 33, 20])]));
  return buildExportWorkbook(exportInputFromCase(read, results, SETTINGS), ['summary', 'proposal:CSTDCS']);
}

describe('base64 for Excel.createWorkbook', () => {
  it('encodes any bytes as Node does, across chunk boundaries', () => {
    const bytes = Uint8Array.from({ length: 70000 }, (_, i) => (i * 31) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});

describe('exporting the sample school', () => {
  const host = createFakeExcelHost({ sheets: ['Sheet1'] });

  it('opens a new workbook holding "Lưu ý" first, then the chosen papers', async () => {
    installFakeOfficeGlobals(host, { supportedApiVersion: '1.9' });
    expect(canOpenNewWorkbook()).toBe(true);
    await openExportWorkbook(sampleExport());
    expect(host.createdWorkbooks).toHaveLength(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(host.createdWorkbooks[0], 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Lưu ý',
      'Tổng hợp kết quả',
      'DS đề nghị CSTĐCS',
      'Tóm tắt',
    ]);
    expect(workbook.getWorksheet('DS đề nghị CSTĐCS')!.pageSetup.paperSize).toBe(9);
  });

  it('says where Excel cannot open a new workbook (ExcelApi below 1.8)', async () => {
    installFakeOfficeGlobals(host, { supportedApiVersion: '1.7' });
    expect(canOpenNewWorkbook()).toBe(false);
    await expect(openExportWorkbook(sampleExport())).rejects.toThrow(/cần ExcelApi 1.8/);
  });

  it('adds the same sheets to the open workbook in two syncs, beside what is there', async () => {
    const target = createFakeExcelHost({ sheets: ['Sheet1'] });
    const result = await addExportSheets(
      target.createContext() as unknown as Excel.RequestContext,
      sampleExport(),
    );
    expect(result.syncs).toBe(2);
    expect(target.inspect.sheetNames()).toEqual([
      'Sheet1',
      'Lưu ý',
      'Tổng hợp kết quả',
      'DS đề nghị CSTĐCS',
      'Tóm tắt',
    ]);
  });
});
