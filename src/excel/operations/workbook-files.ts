/**
 * .xlsx files the user picks in the pane (the schools' files a Phòng gathers): read in the browser, on this
 * computer, through the ExcelJS adapter's lazy entry, so ExcelJS is fetched only when a file is read.
 */
import { readWorkbookBuffer, type WorkbookGrids } from '../../xlsx';

export function readWorkbookFileBytes(bytes: ArrayBuffer): Promise<WorkbookGrids> {
  return readWorkbookBuffer(bytes);
}
