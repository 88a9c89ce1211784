/** The Phòng's side: the school's machine-readable summary sheet and the district's workbook. */
export {
  buildSummarySheet,
  isSummaryGrid,
  readSummarySheet,
  SUMMARY_SHEET_NAME,
  type SummaryRead,
} from './summary-sheet';
export { buildDistrictWorkbook, DISTRICT_SHEETS } from './district-workbook';
export { buildDistrictPapers, districtExportInput, type DistrictPaperSettings } from './district-papers';
export { gatheredFileFromSheets, localDateTime, unreadableFile } from './school-file';
export { buildPhongWorkbook, districtPaperSettings } from './phong-workbook';
