/** The Office.js adapter: moves SheetSpecs into the open workbook and grids back, in few syncs. */
export { appendRow } from './append-row';
export { insertChart } from './chart';
export { officeErrorToVietnamese } from './errors';
export { selectCell } from './navigation';
export { openWorkbookFromBase64 } from './open-workbook';
export { readSheets } from './read-sheets';
export { runExcel } from './run';
export { writeWorkbookSpec } from './write-workbook';
