import type { WorkbookSpec } from '../layout/grid';
import type { WorkbookGrids } from './read';

/**
 * Browser-safe entry points. ExcelJS (about 1 MB) is fetched only when a workbook is exported or read, through
 * these dynamic imports, so the task pane's first load stays small.
 */
export async function workbookSpecToBuffer(spec: WorkbookSpec): Promise<Uint8Array> {
  const { workbookSpecToExcelJs } = await import('./write');
  const data = await workbookSpecToExcelJs(spec).xlsx.writeBuffer();
  // The typings say Buffer: Node's, or in the browser a polyfill; both are Uint8Array views. Guard anyway.
  const bytes: unknown = data;
  if (bytes instanceof ArrayBuffer) return new Uint8Array(bytes);
  const view = bytes as ArrayBufferView;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

export async function readWorkbookBuffer(data: Uint8Array | ArrayBuffer): Promise<WorkbookGrids> {
  const { gridsFromXlsxBytes } = await import('./load');
  return gridsFromXlsxBytes(data);
}
