export { buildScoringWorkbook } from './workbook';
export { readScoringInputs } from './read-inputs';
export { readScoringResults } from './read-results';
export { readScoringSettings } from './read-settings';
export type { SheetScoringResults } from './read-results';
export {
  findScoreSheet,
  periodTotalLocation,
  scoreCellLocation,
  staffLocation,
  teamSummaryLocation,
  yearSummaryLocation,
} from './map';
export type { ScoringWorkbookMap } from './map';
export { BANDS_TABLE, QUY_CHE_KEYS, ROUNDS_TABLE } from './quy-che-scoring';
export { readScoringWorkbook } from './read-workbook';
export type { ScoringWorkbookContents } from './read-workbook';
export { SHEETS_SECTION_TITLE } from './quy-che-scoring';
export { scoringPeriods } from './names';
export type { ScoringSheetNames, WorkbookNames } from './names';
export { criteriaInSheetOrder } from './criteria-sheet';
