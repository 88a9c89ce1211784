/**
 * The papers a workbook offers to send up, by what it is: a school's papers; a Phòng's report on its schools;
 * or a cụm thi đua's meeting papers (issue 13, docs/cluster.md). A cụm has no Chỉ tiêu and passes up only the
 * titles its delegates voted on, so it is offered neither the school's "Tổng hợp kết quả" nor a list of a
 * title nobody stood for (each would print empty with a "Chưa có dữ liệu" note).
 */
import type { SchoolCase } from '../../domain/case';
import { EXPORT_DOCUMENTS, exportDocumentsFor, proposalTitleOf, type ExportDocumentEntry } from '../export';
import { paperKindOf } from './paper-kind';

const CLUSTER_MINUTES_LABEL = 'Biên bản họp cụm thi đua';

export function exportDocumentsForCase(schoolCase: SchoolCase): ExportDocumentEntry[] {
  const kind = paperKindOf(schoolCase);
  if (kind !== 'cluster') return exportDocumentsFor(kind === 'phong' ? 'school' : 'staff');
  const voted = new Set((schoolCase.votes?.meeting.candidates ?? []).map((c) => c.titleId));
  return EXPORT_DOCUMENTS.filter((doc) => {
    if (doc.id === 'summary') return false;
    const titleId = proposalTitleOf(doc.id);
    return titleId === undefined || voted.has(titleId);
  }).map((doc) => (doc.id === 'meeting-minutes' ? { ...doc, label: CLUSTER_MINUTES_LABEL } : doc));
}
