/**
 * The ExcelJS adapter's browser-safe surface. Node code (the CLI) imports `./node-file` for files and `./write`
 * for a ready ExcelJS workbook; neither is re-exported here so the task pane never bundles fs or ExcelJS eagerly.
 */
export { readWorkbookBuffer, workbookSpecToBuffer } from './buffer';
export type { SheetGrid, WorkbookGrids } from './read';
export { charactersToPoints, pointsToCharacters } from './column-width';
export { MAX_SHEET_NAME_LENGTH, sheetNameProblem, uniqueSheetName } from '../layout/sheet-rules';
