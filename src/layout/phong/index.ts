/** The Phòng's side: the school's machine-readable summary sheet and the district's workbook. */
export { buildSummarySheet, isSummaryGrid, readSummarySheet, SUMMARY_SHEET_NAME } from './summary-sheet';
export { DISTRICT_SHEETS } from './district-workbook';
export { gatheredFileFromSheets, localDateTime, unreadableFile } from './school-file';
export { buildPhongWorkbook, districtPaperSettings } from './phong-workbook';
