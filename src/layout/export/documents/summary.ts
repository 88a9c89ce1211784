/**
 * Tổng hợp kết quả (DOMAIN.md §8): per title, one row per tổ and a school row with registered, eligible,
 * approved, target and gap. The gap is approved − target, negative when the target is not met.
 */
import { TITLES } from '../../../domain/titles';
import type { DomainIssue } from '../../../domain/issues';
import type { CellValue } from '../../grid';
import {
  type BuiltDocument,
  exportWarning,
  schoolYearLine,
  writeFrame,
  writeLetterClosing,
  writeMissingData,
} from '../context';
import { writeParagraph } from '../official-form';
import { NUMBER_FORMATS, PORTRAIT } from '../page';
import { romanNumeral } from '../../../domain/text';
import { SheetBuilder } from '../sheet-builder';
import { printTitleRows, type TableRow, writeTable } from '../table';
import type { ExportInput, SummaryCounts, TitleSummary } from '../types';

export const SUMMARY_TITLE = 'Bảng tổng hợp kết quả thi đua';

/** Column widths in points; the first two make the left block of the header (about 200 pt). */
const WIDTHS = [32, 168, 55, 55, 55, 50, 55];

function countCells(counts: SummaryCounts): CellValue[] {
  const gap = counts.target === undefined ? null : counts.approved - counts.target;
  return [counts.registered, counts.eligible, counts.approved, counts.target ?? null, gap];
}

function titleRows(summary: TitleSummary, sectionIndex: number): TableRow[] {
  const title = TITLES[summary.titleId];
  return [
    { kind: 'section', cells: [`${romanNumeral(sectionIndex + 1)}. ${title.label} (${title.shortLabel})`] },
    ...summary.byTeam.map((team, i): TableRow => ({
      kind: 'data',
      cells: [i + 1, team.teamName, ...countCells(team)],
    })),
    { kind: 'total', cells: [null, 'Toàn trường', ...countCells(summary.school)] },
  ];
}

/** The tổ rows should add up to the school row; a difference usually means a tổ's sheet is stale. */
function mismatches(summary: TitleSummary): DomainIssue[] {
  if (summary.byTeam.length === 0) return [];
  const { label, scope } = TITLES[summary.titleId];
  const unit = scope === 'individual' ? 'người' : 'tập thể';
  const fields: [keyof SummaryCounts, string][] = [
    ['registered', 'đăng ký'],
    ['eligible', 'đủ điều kiện'],
    ['approved', 'được đề nghị'],
  ];
  return fields.flatMap(([field, words]) => {
    const teams = summary.byTeam.reduce((sum, team) => sum + (team[field] ?? 0), 0);
    const school = summary.school[field] ?? 0;
    return teams === school
      ? []
      : [
          exportWarning(
            'summary-mismatch',
            `Tổng hợp ${label}: các tổ cộng lại có ${teams} ${unit} ${words} nhưng dòng toàn trường ghi ${school}; ` +
              'hãy kiểm tra số liệu từng tổ.',
          ),
        ];
  });
}

export function buildSummary(input: ExportInput, sheetName: string): BuiltDocument {
  const b = new SheetBuilder(WIDTHS);
  writeFrame(b, input, 'summary', SUMMARY_TITLE, schoolYearLine(input));
  const warnings: DomainIssue[] = [];
  let printTitles: string | undefined;
  const summaries = input.summary;
  if (!summaries) {
    warnings.push(writeMissingData(b, 'tổng hợp kết quả', 'hoàn tất bình xét và chỉ tiêu'));
  } else if (summaries.length === 0) {
    writeParagraph(b, 'Không có danh hiệu nào để tổng hợp.', { italic: true });
  } else {
    const table = writeTable(b, {
      columns: [
        { header: 'STT', align: 'center' },
        { header: input.unitLabel ?? 'Tổ', align: 'left', wrap: true },
        { header: 'Đăng ký', align: 'center', numberFormat: NUMBER_FORMATS.count },
        { header: 'Đủ điều kiện', align: 'center', numberFormat: NUMBER_FORMATS.count },
        { header: 'Được đề nghị', align: 'center', numberFormat: NUMBER_FORMATS.count },
        { header: 'Chỉ tiêu', align: 'center', numberFormat: NUMBER_FORMATS.count },
        { header: 'Chênh lệch', align: 'center', numberFormat: NUMBER_FORMATS.gap },
      ],
      rows: summaries.flatMap(titleRows),
    });
    printTitles = printTitleRows(table);
    writeParagraph(b, 'Chênh lệch = số được đề nghị − chỉ tiêu; số âm là chưa đạt chỉ tiêu.', {
      italic: true,
    });
    warnings.push(...summaries.flatMap(mismatches));
  }
  writeLetterClosing(b, input);
  return {
    id: 'summary',
    sheet: b.build(sheetName, { ...PORTRAIT, ...(printTitles ? { printTitleRows: printTitles } : {}) }),
    title: SUMMARY_TITLE,
    rowCount: summaries?.length ?? 0,
    warnings,
  };
}
