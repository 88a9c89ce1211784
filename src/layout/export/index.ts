/** Public face of the export layout ("gửi Phòng", issue 6). */
export { buildExportWorkbook, exportPreview } from './build';
export {
  EXPORT_DOCUMENTS,
  NOTICE_SHEET_NAME,
  PROPOSAL_TITLES,
  RECIPIENT_KINDS,
  documentSheetName,
  proposalDocumentId,
  proposalTitleOf,
} from './catalogue';
export { compareVietnameseNames, sortByVietnameseName } from '../../domain/text';
export { MAX_SHEET_NAME_LENGTH } from '../../domain/text';
export type * from './types';
