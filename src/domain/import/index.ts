/** Bringing existing sheets into the template: column mapping, score sheets, staff lists. */
export {
  suggestColumnMapping,
  criterionFromHeader,
  levelFromHeader,
  type ColumnMapping,
  type PersonField,
} from './mapping';
export {
  importScoreSheet,
  IMPORTED_TOTAL_ID,
  type ScoreSheetImport,
  type ScoreSheetImportOptions,
} from './score-sheet';
export { importStaffList, type StaffListImport } from './staff-list';
export { columnLetter, type FontGrid, type GridOrigin, type ImportCell, type ImportGrid } from './grid';
