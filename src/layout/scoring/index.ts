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
export { readScoringWorkbook } from './read-workbook';
export type { ReadScoringWorkbookOptions, ScoringWorkbookContents } from './read-workbook';
export {
  MONTHS_TABLE,
  periodSheetKey,
  ROLES_TABLE,
  SHEET_KEYS,
  SHEETS_SECTION_TITLE,
  TABLE_TITLES,
  TEAMS_TABLE,
} from './quy-che-scoring';
export { chooseSheetNames, scoringPeriods } from './names';
export type { ScoringSheetNames, WorkbookNames } from './names';
export { criteriaInSheetOrder } from './criteria-sheet';
