/** Public face of the export layout ("gửi Phòng", issue 6). */
export { buildExportWorkbook, exportPreview } from './build';
export { EXPORT_DOCUMENTS, RECIPIENT_KINDS, proposalTitleOf } from './catalogue';
export type * from './types';
