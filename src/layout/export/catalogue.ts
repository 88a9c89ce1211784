/** The papers the export panel offers, their labels and sheet names, and the recipient kinds. */
import { TITLES, type TitleId } from '../../domain/titles';
import type { UnitKind } from '../../domain/school/units';
import type { ExportDocumentId, RecipientKind } from './types';

/** The danh sách đề nghị of issue 6, in the order the panel lists them. */
export const PROPOSAL_TITLES: TitleId[] = ['LDTT', 'CSTDCS', 'CSTD_TINH', 'TTLDTT', 'TTLDXS'];

export const NOTICE_SHEET_NAME = 'Lưu ý';

export interface ExportDocumentEntry {
  id: ExportDocumentId;
  /** Checkbox label in the panel. */
  label: string;
}

export const proposalDocumentId = (titleId: TitleId): ExportDocumentId => `proposal:${titleId}`;

/** The title a proposal document lists, or undefined for the other papers. */
export function proposalTitleOf(id: ExportDocumentId): TitleId | undefined {
  return id.startsWith('proposal:') ? (id.slice('proposal:'.length) as TitleId) : undefined;
}

export const EXPORT_DOCUMENTS: ExportDocumentEntry[] = [
  { id: 'summary', label: 'Tổng hợp kết quả thi đua' },
  ...PROPOSAL_TITLES.map((titleId) => ({
    id: proposalDocumentId(titleId),
    label: `Danh sách đề nghị ${TITLES[titleId].shortLabel}`,
  })),
  { id: 'meeting-minutes', label: 'Biên bản họp xét thi đua' },
  { id: 'ballot-count', label: 'Biên bản kiểm phiếu' },
];

/**
 * A Phòng's workbook of schools (issue 13) has no staff titles, votes or tổ: its one paper is the report
 * on the schools' scores. The school's papers would print empty lists and "no vote" notes for it.
 */
export const SCHOOL_UNIT_DOCUMENTS: ExportDocumentEntry[] = [
  { id: 'schools-report', label: 'Báo cáo tổng hợp kết quả chấm điểm thi đua các trường' },
];

/** The papers a workbook can export, by who it scores. */
export function exportDocumentsFor(kind: UnitKind): ExportDocumentEntry[] {
  return kind === 'school' ? SCHOOL_UNIT_DOCUMENTS : EXPORT_DOCUMENTS;
}

/** The sheet name each paper asks for (before de-duplication); all are well under 31 characters. */
export function documentSheetName(id: ExportDocumentId): string {
  const titleId = proposalTitleOf(id);
  if (titleId) return `DS đề nghị ${TITLES[titleId].shortLabel}`;
  switch (id) {
    case 'summary':
      return 'Tổng hợp kết quả';
    case 'meeting-minutes':
      return 'Biên bản họp xét thi đua';
    case 'schools-report':
      return 'Kết quả chấm điểm các trường';
    default:
      return 'Biên bản kiểm phiếu';
  }
}

export const RECIPIENT_KINDS: { id: RecipientKind; label: string }[] = [
  { id: 'phong-gddt', label: 'Phòng Giáo dục và Đào tạo' },
  { id: 'ubnd-xa', label: 'Ủy ban nhân dân xã / phường' },
  { id: 'so-gddt', label: 'Sở Giáo dục và Đào tạo' },
  { id: 'custom', label: 'Nơi nhận khác' },
];
