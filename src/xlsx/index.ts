/**
 * The ExcelJS adapter's browser-safe surface. Node code (the CLI) imports `./node-file` for files and `./write`
 * for a ready ExcelJS workbook; neither is re-exported here so the task pane never bundles fs or ExcelJS eagerly.
 */
export { readWorkbookBuffer, workbookSpecToBuffer } from './buffer';
export type { WorkbookGrids } from './read';
