/** The Office.js adapter: moves SheetSpecs into the open workbook and grids back, in few syncs. */
export { appendRow, type CellUpdate } from './append-row';
export { insertChart, type ChartSpec } from './chart';
export { officeErrorToVietnamese } from './errors';
export { selectCell } from './navigation';
export { openWorkbookFromBase64 } from './open-workbook';
export type { ExistingSheetPolicy } from '../layout/workbook/write-plan';
export { readSheets, type SheetRead } from './read-sheets';
export { isExcelApiSupported } from './requirements';
export { runExcel } from './run';
export {
  writeWorkbookSpec,
  type ExistingWorkbookNames,
  type WorkbookSpecSource,
  type WriteWorkbookOptions,
  type WriteWorkbookResult,
} from './write-workbook';
