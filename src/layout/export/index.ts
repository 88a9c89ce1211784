/** Public face of the export layout ("gửi Phòng", issue 6). */
export { buildExportWorkbook, exportPreview } from './build';
export {
  EXPORT_DOCUMENTS,
  exportDocumentsFor,
  RECIPIENT_KINDS,
  proposalTitleOf,
  SCHOOL_UNIT_DOCUMENTS,
} from './catalogue';
export type { ExportDocumentEntry } from './catalogue';
export type * from './types';
