/**
 * The two ways out of "Gửi Phòng", over one WorkbookSpec: a new workbook (written by the xlsx adapter, whose
 * ExcelJS is fetched only now, and opened with Excel.createWorkbook so the user saves it under a new name),
 * or the same sheets added to the open workbook (never over a sheet holding data: ours get free names).
 */
import type { WorkbookSpec } from '../../layout/grid';
import { workbookSpecToBuffer } from '../../xlsx';
import { CREATE_WORKBOOK_API, openWorkbookFromBase64 } from '../open-workbook';
import { isExcelApiSupported } from '../requirements';
import { writeWorkbookSpec, type WriteWorkbookResult } from '../write-workbook';
import { bytesToBase64 } from './export-base64';

/** Excel.createWorkbook is there (ExcelApi 1.8); otherwise the pane offers the file as a download. */
export function canOpenNewWorkbook(): boolean {
  return isExcelApiSupported(CREATE_WORKBOOK_API);
}

/** The .xlsx bytes of the export, for opening or downloading. */
export function exportWorkbookBytes(spec: WorkbookSpec): Promise<Uint8Array> {
  return workbookSpecToBuffer(spec);
}

/** Opens the export as a new workbook window; returns the size of the file in bytes. */
export async function openExportWorkbook(spec: WorkbookSpec): Promise<number> {
  const bytes = await exportWorkbookBytes(spec);
  await openWorkbookFromBase64(bytesToBase64(bytes));
  return bytes.length;
}

/** Adds the export's sheets to the open workbook in two syncs. */
export function addExportSheets(
  context: Excel.RequestContext,
  spec: WorkbookSpec,
): Promise<WriteWorkbookResult> {
  return writeWorkbookSpec(context, spec);
}
