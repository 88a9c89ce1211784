/**
 * The export workbook: one sheet per chosen paper, in the order chosen, preceded by "Lưu ý" when anything is
 * incomplete. The same build serves the preview, so what the pane shows is what the workbook holds.
 */
import type { DomainIssue } from '../../domain/issues';
import { isTitleId } from '../../domain/titles';
import type { WorkbookSpec } from '../grid';
import { buildSummarySheet, SUMMARY_SHEET_NAME } from '../phong/summary-sheet';
import { FreeSheetNames } from '../sheet-namer';
import { documentSheetName, NOTICE_SHEET_NAME, proposalTitleOf, SCHOOL_UNIT_DOCUMENTS } from './catalogue';
import { type BuiltDocument, exportWarning } from './context';
import { buildBallotCount } from './documents/ballot-count';
import { buildMeetingMinutes } from './documents/meeting-minutes';
import { buildNoticeSheet } from './documents/notices';
import { buildProposalList } from './documents/proposal-list';
import { buildSchoolsReport } from './documents/schools-report';
import { buildSummary } from './documents/summary';
import { parseLocalDateTime } from './format';
import type { ExportDocumentId, ExportInput, ExportPreview } from './types';

function buildDocument(input: ExportInput, id: ExportDocumentId, sheetName: string): BuiltDocument {
  const titleId = proposalTitleOf(id);
  if (titleId !== undefined) {
    if (!isTitleId(titleId))
      throw new RangeError(`Không có danh hiệu "${titleId}" để xuất danh sách đề nghị.`);
    return buildProposalList(input, titleId, sheetName);
  }
  switch (id) {
    case 'summary':
      return buildSummary(input, sheetName);
    case 'meeting-minutes':
      return buildMeetingMinutes(input, sheetName);
    case 'ballot-count':
      return buildBallotCount(input, sheetName);
    case 'schools-report':
      return buildSchoolsReport(input, sheetName);
    default:
      throw new RangeError(`Không có văn bản "${id}" để xuất.`);
  }
}

/** Problems every paper shares (who signs, who receives, the date), and the note for a date left blank. */
function generalWarnings(input: ExportInput): DomainIssue[] {
  const out: DomainIssue[] = [];
  if (!input.signer.fullName.trim()) {
    out.push(
      exportWarning('signer-missing', 'Chưa có tên người ký; hãy nhập họ và tên người ký trong phần Xuất.'),
    );
  }
  if (!input.signer.title.trim()) {
    out.push(
      exportWarning(
        'signer-title-missing',
        'Chưa có chức danh người ký; hãy chọn HIỆU TRƯỞNG hoặc ghi chức danh khác.',
      ),
    );
  }
  if (!input.recipient.name.trim()) {
    out.push(
      exportWarning('recipient-missing', 'Chưa có nơi nhận; hãy chọn hoặc nhập nơi nhận trong phần Xuất.'),
    );
  }
  const date = input.date.trim();
  if (date === '') {
    // Not a mistake: the papers print "ngày … tháng … năm …" for the signer to fill in by hand.
    out.push({
      code: 'export.date-blank',
      severity: 'info',
      message: 'Chưa có ngày ký: văn bản để trống ngày để ghi tay.',
    });
  } else if (!parseLocalDateTime(date)) {
    out.push(
      exportWarning(
        'date-invalid',
        `Ngày ký "${asDayMonthYear(date)}" không hợp lệ; hãy nhập ngày dạng ngày/tháng/năm (ví dụ 28/05/2021) ` +
          'hoặc để trống để ghi tay.',
      ),
    );
  }
  return out;
}

/** "2021-02-30" → "30/02/2021", as the user typed it in the pane; other text unchanged. */
function asDayMonthYear(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : date;
}

interface BuiltExport {
  documents: BuiltDocument[];
  warnings: DomainIssue[];
  notices: string[];
}

function buildAll(input: ExportInput, asked: readonly ExportDocumentId[]): BuiltExport {
  const names = new FreeSheetNames([NOTICE_SHEET_NAME]);
  // A Phòng's workbook of schools has no staff titles, votes or tổ: whatever is asked, its one paper is the
  // report on its schools (a school's papers would print empty lists and "no vote yet" for it).
  const selection: readonly ExportDocumentId[] =
    input.schoolsReport && asked.length > 0 ? SCHOOL_UNIT_DOCUMENTS.map((d) => d.id) : asked;
  const documents = [...new Set(selection)].map((id) =>
    buildDocument(input, id, names.take(documentSheetName(id))),
  );
  const warnings = generalWarnings(input);
  const notices = [
    ...input.incompleteness.map((s) => s.normalize('NFC').trim()).filter((s) => s.length > 0),
    ...warnings.map((w) => w.message),
    ...documents.flatMap((d) => d.warnings.map((w) => w.message)),
  ];
  return { documents, warnings, notices };
}

/** One sheet per paper in `selection` (duplicates ignored), with "Lưu ý" first when anything is incomplete. */
export function buildExportWorkbook(
  input: ExportInput,
  selection: readonly ExportDocumentId[],
): WorkbookSpec {
  if (selection.length === 0) {
    throw new RangeError('Chưa chọn văn bản nào để xuất; hãy chọn ít nhất một văn bản.');
  }
  const built = buildAll(input, selection);
  const papers = built.documents.map((d) => d.sheet);
  const sheets = built.notices.length > 0 ? [buildNoticeSheet(built.notices), ...papers] : papers;
  if (input.machineSummary) {
    const taken = new FreeSheetNames(sheets.map((s) => s.name));
    sheets.push(buildSummarySheet(input.machineSummary, taken.take(SUMMARY_SHEET_NAME)));
  }
  return { sheets, names: [] };
}

/** What the export will contain, for the pane's preview: per paper its title, rows and warnings. */
export function exportPreview(input: ExportInput, selection: readonly ExportDocumentId[]): ExportPreview {
  const built = buildAll(input, selection);
  const warnings =
    selection.length === 0
      ? [
          exportWarning('nothing-selected', 'Chưa chọn văn bản nào để xuất; hãy chọn ít nhất một văn bản.'),
          ...built.warnings,
        ]
      : built.warnings;
  return {
    documents: built.documents.map((d) => ({
      id: d.id,
      sheetName: d.sheet.name,
      title: d.title,
      rowCount: d.rowCount,
      warnings: d.warnings,
    })),
    warnings,
    notices: built.notices,
  };
}
