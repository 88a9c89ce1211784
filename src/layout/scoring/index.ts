export { buildScoringWorkbook } from './workbook';
export type { BuildScoringOptions } from './workbook';
export { readScoringInputs } from './read-inputs';
export { readScoringResults } from './read-results';
export { readScoringSettings } from './read-settings';
export type { SheetPersonResult, SheetScoringResults, SheetTeamResult } from './read-results';
export {
  FLOORS_MET,
  FLOORS_NOT_MET,
  findScoreSheet,
  periodTotalLocation,
  scoreCellLocation,
  staffLocation,
  teamSummaryLocation,
  yearSummaryLocation,
} from './map';
export type {
  CriterionColumns,
  MappedCriterion,
  MappedPerson,
  ScoreSheetMap,
  ScoringWorkbookMap,
  YearSummaryField,
} from './map';
export { BASE_SHEET_NAMES, BASE_WORKBOOK_NAMES } from './names';
export { BANDS_TABLE, QUY_CHE_KEYS, ROUNDS_TABLE, scoringQuyCheBlocks } from './quy-che-scoring';
