/** How the preview describes each paper: how many rows, or that it has no one, or that its data is missing. */
import { TITLES } from '../../../domain/titles';
import { proposalTitleOf, type ExportPreviewDocument } from '../../../layout/export';

export type DocumentState = 'rows' | 'empty' | 'missing';

export interface DocumentStatus {
  state: DocumentState;
  /** "12 cá nhân", "5 danh hiệu"… */
  count: string;
}

function unitOf(doc: ExportPreviewDocument): string {
  const titleId = proposalTitleOf(doc.id);
  if (titleId) return TITLES[titleId].scope === 'individual' ? 'cá nhân' : 'tập thể';
  return doc.id === 'ballot-count' ? 'ứng viên' : 'danh hiệu';
}

export function documentStatus(doc: ExportPreviewDocument): DocumentStatus {
  const missing = doc.warnings.some((w) => w.code === 'export.missing-data');
  const state: DocumentState = missing ? 'missing' : doc.rowCount === 0 ? 'empty' : 'rows';
  return { state, count: `${doc.rowCount} ${unitOf(doc)}` };
}
