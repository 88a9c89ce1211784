export { buildCaseWorkbook, type CaseWorkbook } from './build-case';
export { readCaseWorkbook, type ReadCaseResult } from './read-case';
export { findSheet } from './find-sheet';
