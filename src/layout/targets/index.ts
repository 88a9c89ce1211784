/** The workbook contract of chỉ tiêu: "Chỉ tiêu" and "Đăng ký" sheets, "Quy chế" rows, the chart. */
export * from './constants';
export { buildTargetsSheet, targetCellLocation, TARGET_COLUMNS, TARGET_HEADERS } from './targets-sheet';
export type { TargetsLayout } from './targets-sheet';
export { readTargets } from './targets-read';
export { buildRegistrationSheet } from './registration-sheet';
export type { RegistrationLayout } from './registration-layout';
export { readRegistrationSheet } from './registration-read';
export { resultMarks } from './marks';
export { targetSettingsSection, readTargetSettings, TARGET_SETTING_KEYS } from './settings';
export { targetChartSpec } from './chart';
export type { ChartSpec } from './chart';
