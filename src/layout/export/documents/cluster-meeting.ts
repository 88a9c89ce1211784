/**
 * The parts of a cụm thi đua's biên bản that a school's does not have (DOMAIN.md §8b, seed 003): the schools
 * of the cụm with their delegates, the leading school(s) with the source of that choice, and the lists the
 * cụm passes up, each person or school with its Đơn vị and votes.
 */
import type { DomainIssue } from '../../../domain/issues';
import { TITLES } from '../../../domain/titles';
import { exportWarning, personLine } from '../context';
import { writeParagraph } from '../official-form';
import { NUMBER_FORMATS } from '../page';
import type { SheetBuilder } from '../sheet-builder';
import { printTitleRows, type TableRow, writeTable } from '../table';
import type { ClusterMeetingMinutes, ClusterUnitLine, MeetingMinutes } from '../types';

const heading = { bold: true };

function unitLine(unit: ClusterUnitLine, index: number): string {
  const figures = [
    ...(unit.delegates !== undefined ? [`${unit.delegates} đại biểu`] : []),
    ...(unit.present !== undefined ? [`có mặt ${unit.present}`] : []),
  ];
  return `${index + 1}. ${unit.name.normalize('NFC').trim()}${figures.length > 0 ? `: ${figures.join(', ')}` : ''}.`;
}

/** II. THÀNH PHẦN of a cluster meeting: chủ trì, thư ký, the delegates, the schools. */
export function writeClusterAttendance(
  b: SheetBuilder,
  meeting: MeetingMinutes,
  cluster: ClusterMeetingMinutes,
  warnings: DomainIssue[],
): void {
  const total = meeting.members.length;
  const present = meeting.members.filter((m) => m.present).length;
  writeParagraph(b, 'II. THÀNH PHẦN', heading);
  writeParagraph(b, `- Chủ trì: ${personLine(meeting.chair)}.`);
  writeParagraph(b, `- Thư ký: ${personLine(meeting.secretary)}.`);
  writeParagraph(
    b,
    `- Tổng số đại biểu các đơn vị trong cụm: ${total}; có mặt: ${present}; vắng: ${total - present}.`,
  );
  writeParagraph(b, `- Các đơn vị trong cụm (${cluster.units.length} đơn vị):`);
  for (const [i, unit] of cluster.units.entries()) writeParagraph(b, unitLine(unit, i));
  if (cluster.units.length === 0) {
    warnings.push(
      exportWarning(
        'cluster-units-missing',
        'Biên bản họp cụm chưa có danh sách các đơn vị trong cụm; hãy nhập các trường ở sheet Danh sách.',
      ),
    );
  }
}

/**
 * The leading school(s) and the lists passed up. Returns the print-title rows of the lists' table, if any.
 */
export function writeClusterOutcome(b: SheetBuilder, cluster: ClusterMeetingMinutes): string | undefined {
  writeParagraph(b, 'Đơn vị dẫn đầu cụm thi đua:', heading);
  if (cluster.leading.length === 0) {
    writeParagraph(b, 'Chưa có đơn vị nào đạt số phiếu để được bình chọn dẫn đầu cụm.', { italic: true });
  } else {
    for (const [i, name] of cluster.leading.entries()) writeParagraph(b, `${i + 1}. ${name}.`);
  }
  writeParagraph(b, `(Căn cứ: ${cluster.leadingSource}.)`, { italic: true });

  writeParagraph(b, 'Danh sách đề nghị cấp trên khen thưởng:', heading);
  const rows: TableRow[] = [];
  for (const list of cluster.lists) {
    const { label, scope } = TITLES[list.titleId];
    rows.push({
      kind: 'section',
      cells: [`${label} (${list.entries.length} ${scope === 'individual' ? 'cá nhân' : 'tập thể'})`],
    });
    list.entries.forEach((e, i) => {
      rows.push({
        kind: 'data',
        cells: [i + 1, e.name, e.unitName, e.agree, e.base, e.base > 0 ? e.agree / e.base : null],
      });
    });
  }
  if (rows.length === 0) {
    writeParagraph(b, 'Không có tập thể, cá nhân nào được đề nghị.', { italic: true });
    return undefined;
  }
  const table = writeTable(b, {
    columns: [
      { header: 'STT', align: 'center' },
      { header: 'Họ và tên / Tên tập thể', align: 'left', wrap: true },
      { header: 'Đơn vị', align: 'left', wrap: true },
      { header: 'Đồng ý', align: 'center', numberFormat: NUMBER_FORMATS.count },
      { header: 'Tổng số', align: 'center', numberFormat: NUMBER_FORMATS.count },
      { header: 'Tỉ lệ', align: 'center', numberFormat: NUMBER_FORMATS.percent },
    ],
    rows,
  });
  return printTitleRows(table);
}
