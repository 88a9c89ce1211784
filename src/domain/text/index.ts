/** Vietnamese text for every layer: names, collation, numbers, dates, sheet names, legacy fonts. */
export { normalizeName, namesEqual, nameMatchKey, isBlankCell } from './normalize';
export {
  compareVietnamese,
  compareVietnameseNames,
  splitVietnameseName,
  sortByVietnameseName,
  usesIntlCollator,
} from './collation';
export { compareVietnameseFallback } from './collationKey';
export { parseVietnameseNumber, formatVietnameseNumber, formatNumberAsTyped, formatPercent } from './numbers';
export {
  parseVietnameseDate,
  formatVietnameseDate,
  longVietnameseDate,
  excelSerialToIso,
  isoToExcelSerial,
  parseIsoDate,
} from './dates';
export type { CalendarDay } from './dates';
export {
  validateSheetName,
  uniqueSheetName,
  sanitizeSheetName,
  sheetNameKey,
  MAX_SHEET_NAME_LENGTH,
} from './sheetNames';
export { looksLikeFormula, escapeFormulaText } from './formulaText';
export {
  convertTcvn3ToUnicode,
  convertUnicodeToTcvn3,
  convertVniToUnicode,
  convertUnicodeToVni,
  detectLegacyEncoding,
  toUnicode,
  fontEncoding,
  isAllCapsTcvn3Font,
  isVietnameseSyllable,
  VIETNAMESE_LETTERS,
} from './legacy';
export { romanNumeral } from './roman';
