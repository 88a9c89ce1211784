/** The workbook contract of chỉ tiêu: "Chỉ tiêu" and "Đăng ký" sheets, "Quy chế" rows, the chart. */
export * from './constants';
export {
  buildTargetsSheet,
  targetCellLocation,
  TARGET_COLUMNS,
  TARGET_HEADERS,
  TARGET_TYPES,
} from './targets-sheet';
export type { TargetsLayout, TargetsSheetInput } from './targets-sheet';
export { readTargets } from './targets-read';
export type { TargetsReadResult } from './targets-read';
export { buildRegistrationSheet } from './registration-sheet';
export { PERSON_HEADERS, UNIT_HEADERS, UNIT_BLOCK_TITLE } from './registration-headers';
export type { RegistrationSheetInput } from './registration-sheet';
export { registrationLayout } from './registration-layout';
export type { RegistrationLayout } from './registration-layout';
export { readRegistrationSheet } from './registration-read';
export type { RegisteredPerson, RegisteredTeam, RegistrationReadResult } from './registration-read';
export { resultMark, resultMarks } from './marks';
export { targetSettingsSection, readTargetSettings, TARGET_SETTING_KEYS } from './settings';
export type { TargetSettingsReadResult } from './settings';
export { targetChartSpec, TARGET_CHART_TITLE } from './chart';
export type { ChartSpec } from './chart';
