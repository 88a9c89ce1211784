import * as ExcelJS from 'exceljs';
import { excelJsToWorkbookGrids, type WorkbookGrids } from './read';

/** Reads .xlsx bytes into grids. Static ExcelJS import: the browser reaches this only through buffer.ts's import(). */
export async function gridsFromXlsxBytes(data: Uint8Array | ArrayBuffer): Promise<WorkbookGrids> {
  const workbook = new ExcelJS.Workbook();
  // JSZip underneath accepts any byte array; the typings only mention Node's Buffer.
  await workbook.xlsx.load(data as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return excelJsToWorkbookGrids(workbook);
}
