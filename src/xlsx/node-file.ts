import * as ExcelJS from 'exceljs';
import type { WorkbookSpec } from '../layout/grid';
import { excelJsToWorkbookGrids, type WorkbookGrids } from './read';
import { workbookSpecToExcelJs } from './write';

/** Node only (file system): kept apart so the browser bundle never pulls fs. */
export async function writeXlsxFile(spec: WorkbookSpec, path: string): Promise<void> {
  await workbookSpecToExcelJs(spec).xlsx.writeFile(path);
}

export async function readXlsxFile(path: string): Promise<WorkbookGrids> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return excelJsToWorkbookGrids(workbook);
}
