/**
 * Báo cáo tổng hợp kết quả chấm điểm thi đua các trường: the Phòng GD&ĐT's own paper (issue 13), official
 * form and A4 as the school's papers. One section per cấp học, its schools sorted by their rank within the
 * cấp học (a school not scored yet last, in list order); each row gives the cụm, the score, the band and
 * the ranks within the cấp học and within the cụm. The ranks arrive decided: the paper only prints them.
 */
import type { DomainIssue } from '../../../domain/issues';
import { romanNumeral } from '../../../domain/text';
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
import { SheetBuilder } from '../sheet-builder';
import { printTitleRows, type TableRow, writeTable } from '../table';
import type { ExportInput, SchoolsReportRow, SchoolsReportSection } from '../types';

export const SCHOOLS_REPORT_TITLE = 'Báo cáo tổng hợp kết quả chấm điểm thi đua các trường';

/**
 * Column widths in points (A4 portrait, as the school's papers). The first two make the left block of the
 * header: 232 pt holds "ỦY BAN NHÂN DÂN THỊ XÃ THUẬN AN" on one line at 12 pt.
 */
const WIDTHS = [32, 200, 84, 44, 64, 48, 48];

/** By rank within the cấp học; a school without one (not scored) after the others, in list order. */
function byRank(rows: readonly SchoolsReportRow[]): SchoolsReportRow[] {
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => (a.row.rankInLevel ?? Infinity) - (b.row.rankInLevel ?? Infinity) || a.i - b.i)
    .map(({ row }) => row);
}

function sectionRows(section: SchoolsReportSection, index: number): TableRow[] {
  return [
    {
      kind: 'section',
      cells: [`${romanNumeral(index + 1)}. ${section.levelLabel} (${section.rows.length} trường)`],
    },
    ...byRank(section.rows).map((row, i): TableRow => ({
      kind: 'data',
      cells: [
        i + 1,
        row.name,
        row.groupName,
        row.score ?? null,
        row.score === undefined ? 'Chưa chấm' : (row.bandLabel ?? ''),
        row.rankInLevel ?? null,
        row.rankInGroup ?? null,
      ],
    })),
  ];
}

export function buildSchoolsReport(input: ExportInput, sheetName: string): BuiltDocument {
  const b = new SheetBuilder(WIDTHS);
  const report = input.schoolsReport;
  writeFrame(b, input, 'schools-report', SCHOOLS_REPORT_TITLE, [
    ...schoolYearLine(input),
    ...(report?.note ? [report.note] : []),
  ]);
  const warnings: DomainIssue[] = [];
  let printTitles: string | undefined;
  const sections = report?.sections.filter((section) => section.rows.length > 0) ?? [];
  if (!report) {
    warnings.push(writeMissingData(b, 'chấm điểm các trường', 'mở sổ chấm điểm thi đua các trường'));
  } else if (sections.length === 0) {
    writeParagraph(b, 'Danh sách chưa có trường nào để tổng hợp.', { italic: true });
    warnings.push(exportWarning('no-schools', 'Danh sách chưa có trường nào: báo cáo không có dòng nào.'));
  } else {
    const table = writeTable(b, {
      columns: [
        { header: 'STT', align: 'center' },
        { header: 'Tên trường', align: 'left', wrap: true },
        { header: 'Cụm', align: 'left', wrap: true },
        { header: 'Điểm', align: 'center', numberFormat: NUMBER_FORMATS.score },
        { header: 'Xếp loại', align: 'center', wrap: true },
        { header: 'Hạng trong cấp học', align: 'center', numberFormat: NUMBER_FORMATS.count },
        { header: 'Hạng trong cụm', align: 'center', numberFormat: NUMBER_FORMATS.count },
      ],
      rows: sections.flatMap(sectionRows),
    });
    printTitles = printTitleRows(table);
    writeParagraph(
      b,
      'Hạng: trường cùng điểm cùng hạng, hạng sau bỏ qua số hạng đã chia (ví dụ 1, 2, 2, 4).',
      { italic: true },
    );
  }
  writeLetterClosing(b, input);
  return {
    id: 'schools-report',
    sheet: b.build(sheetName, { ...PORTRAIT, ...(printTitles ? { printTitleRows: printTitles } : {}) }),
    title: SCHOOLS_REPORT_TITLE,
    rowCount: sections.reduce((n, section) => n + section.rows.length, 0),
    warnings,
  };
}
