export type { TitleHistory, TitleHistoryEntry } from './types';
export { historyYears, mergeHistories, yearsWithTitle } from './lookup';
export {
  INDIVIDUAL_TITLE_IDS,
  parseSchoolYearLabel,
  parseTitlesText,
  schoolYearLabel,
  titlesText,
  type TitlesParse,
} from './title-text';
export { firstYearOf, shiftIsoDate } from './school-year';
export { lastYearTitles, recordHistory, type LastYearTitles } from './last-year-titles';
export { nextYearCase, type NextYearResult } from './next-year';
