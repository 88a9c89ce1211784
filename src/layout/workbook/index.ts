export { buildCaseWorkbook, type CaseWorkbook, type CaseWorkbookOptions } from './build-case';
export { FreeSheetNames } from '../sheet-namer';
export { readCaseWorkbook, type ReadCaseResult } from './read-case';
export { findSheet } from './find-sheet';
