/** How the preview describes each paper: how many rows, or that it has no one, or that its data is missing. */
import { TITLES } from '../../../domain/titles';
import { proposalTitleOf, type ExportPreviewDocument } from '../../../layout/export';

export type DocumentState = 'rows' | 'empty' | 'missing';

export interface DocumentStatus {
  state: DocumentState;
  /** "12 cá nhân", "5 danh hiệu"… */
  count: string;
}

/** What a paper's rows are, in the pane's language. */
export interface RowUnits {
  individual: string;
  collective: string;
  candidate: string;
  title: string;
}

function unitOf(doc: ExportPreviewDocument, units: RowUnits): string {
  const titleId = proposalTitleOf(doc.id);
  if (titleId) return TITLES[titleId].scope === 'individual' ? units.individual : units.collective;
  return doc.id === 'ballot-count' ? units.candidate : units.title;
}

export function documentStatus(doc: ExportPreviewDocument, units: RowUnits): DocumentStatus {
  const missing = doc.warnings.some((w) => w.code === 'export.missing-data');
  const state: DocumentState = missing ? 'missing' : doc.rowCount === 0 ? 'empty' : 'rows';
  return { state, count: `${doc.rowCount} ${unitOf(doc, units)}` };
}
