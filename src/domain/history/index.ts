export type { TitleHistory } from './types';
export { historyYears, yearsWithTitle } from './lookup';
export { parseSchoolYearLabel, parseTitlesText, schoolYearLabel, titlesText } from './title-text';
export { firstYearOf } from './school-year';
export { nextYearCase, type NextYearResult } from './next-year';
