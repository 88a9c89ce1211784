/** Bringing existing sheets into the template: column mapping, score sheets, staff lists. */
export {
  suggestColumnMapping,
  emptyMapping,
  criterionFromHeader,
  levelFromHeader,
  type ColumnMapping,
  type CriterionColumn,
  type TotalColumn,
  type MappingSuggestion,
  type UnmappedColumn,
  type PersonField,
} from './mapping';
export {
  importScoreSheet,
  IMPORTED_TOTAL_ID,
  type ScoreSheetImport,
  type ScoreSheetImportOptions,
} from './score-sheet';
export { importStaffList, type StaffListImport, type StaffListImportOptions } from './staff-list';
export { resolveRole } from './roles';
export { findTeam } from './teams';
export { columnLetter, type FontGrid, type GridOrigin, type ImportCell, type ImportGrid } from './grid';
