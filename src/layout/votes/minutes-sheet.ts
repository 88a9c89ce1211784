/**
 * "Biên bản kiểm phiếu", print-ready (A4, Times New Roman 13): the official heading (layout/export's
 * writeOfficialHeader and writeTitle, as on the exported papers), ban kiểm phiếu, form of vote, ballots
 * issued / returned / valid / invalid and, per candidate, agree count, % and decision. Figures are live
 * formulas on "Kiểm phiếu", so the biên bản printed at the end of the meeting shows the final count without
 * being rebuilt. A cụm thi đua's meeting prints the cluster's biên bản instead: "CỤM THI ĐUA …" as the unit,
 * "BIÊN BẢN HỌP CỤM THI ĐUA", the schools and their delegates, each candidate's đơn vị, the leading
 * school(s) as they pass, signed by the thư ký and the cụm trưởng.
 */
import { cellAddress, sheetRef } from '../a1';
import {
  formulaCell,
  valueCell,
  type Cell,
  type PageSetupSpec,
  type SheetSpec,
  type StyledRange,
} from '../grid';
import type { SchoolInfo } from '../../domain/school/types';
import { longVietnameseDate } from '../../domain/text';
import { TITLES } from '../../domain/titles';
import {
  clusterName,
  isClusterMeeting,
  isHeadTeller,
  keyOf,
  LEADING_SCHOOL_TITLE,
  type Candidate,
  type Meeting,
} from '../../domain/votes';
import { writeOfficialHeader, writeTitle } from '../export/official-form';
import { SheetBuilder } from '../export/sheet-builder';
import type { CountSheetMap } from './count-sheet';
import { RESULT_LABELS } from './labels';
import { VOTE_NAMES } from './names';
import { unitText } from './settings';

export const MINUTES_SHEET = 'Biên bản kiểm phiếu';

const FONT = { fontName: 'Times New Roman', fontSize: 13 } as const;
const PAGE: PageSetupSpec = {
  orientation: 'portrait',
  paperSize: 'A4',
  margins: { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59 },
  fitToWidth: true,
};
const SCHOOL_WIDTHS = [45, 170, 80, 90, 70, 90];
/** A cluster's table has a "Đơn vị" column; the page and the heading's left block keep their widths. */
const CLUSTER_WIDTHS = [36, 180, 110, 55, 55, 50, 64];

/**
 * "Thuận An, ngày 20 tháng 5 năm 2021" (NĐ 30/2020 zero-padding, see domain/text), or dotted blanks to fill
 * in by hand when there is no date. A time after the ISO date is ignored.
 */
export function placeAndDate(place: string, isoDate?: string): string {
  return longVietnameseDate(isoDate?.slice(0, 10) ?? null, place.trim() || '…');
}

const letter = (col: number): string => String.fromCharCode(65 + col);

/** The school a candidate stands for in a cluster meeting: the person's, or the school itself. */
const unitOf = (c: Candidate | undefined): string =>
  !c ? '' : TITLES[c.titleId].scope === 'collective' ? c.name : (c.unitName ?? '');

/** The official heading and title, drawn by the export's official form, as the sheet's first rows. */
function heading(school: SchoolInfo, meeting: Meeting, widths: number[]) {
  const cluster = isClusterMeeting(meeting);
  const b = new SheetBuilder(widths);
  writeOfficialHeader(b, {
    parentBody: school.parentBody,
    schoolName: cluster ? clusterName(school.name) : school.name,
    placeAndDate: placeAndDate(school.place, meeting.date),
  });
  if (cluster) {
    writeTitle(b, 'Biên bản họp cụm thi đua', [`Về việc bình xét thi đua cuối năm học ${school.schoolYear}`]);
  } else {
    writeTitle(b, 'Biên bản kiểm phiếu', [`Bình xét danh hiệu thi đua năm học ${school.schoolYear}`]);
  }
  return b.build('', PAGE);
}

export function buildMinutesSheet(
  school: SchoolInfo,
  meeting: Meeting,
  count: CountSheetMap,
  options: { sheetName?: string; writtenMembers?: Record<number, string[]> } = {},
): SheetSpec {
  const cluster = isClusterMeeting(meeting);
  const widths = cluster ? CLUSTER_WIDTHS : SCHOOL_WIDTHS;
  const columns = widths.length;
  const last = letter(columns - 1);
  const head = heading(school, meeting, widths);
  const rows: (Cell | undefined)[][] = head.cells.map((row) => [...row]);
  const merges: string[] = [...(head.merges ?? [])];
  const styles: StyledRange[] = [...(head.styles ?? [])];
  const ref = (address: string) => `${sheetRef(count.sheetName)}!${address}`;
  const line = (cells: (Cell | undefined)[], style?: StyledRange['style'], merge = false): number => {
    const row = rows.length;
    rows.push(cells);
    if (merge) merges.push(`A${row + 1}:${last}${row + 1}`);
    if (style) styles.push({ range: `A${row + 1}:${last}${row + 1}`, style });
    return row;
  };
  const labelled = (label: string, formula: string, suffix?: string): number =>
    line([
      valueCell(label),
      undefined,
      undefined,
      formulaCell(formula),
      suffix ? valueCell(suffix) : undefined,
    ]);

  line([valueCell('Đối tượng bỏ phiếu:'), undefined, formulaCell(`=${VOTE_NAMES.body}`)]);
  line([valueCell('Hình thức:'), undefined, formulaCell(`=${VOTE_NAMES.form}`)]);
  line([valueCell('Quy chế áp dụng:'), undefined, formulaCell(`=${ref(count.profileLabel)}`)]);
  labelled(cluster ? 'Tổng số đại biểu:' : 'Tổng số thành viên:', `=${ref(count.totalMembers)}`, 'người');
  labelled(cluster ? 'Số đại biểu có mặt:' : 'Số người có mặt:', `=${ref(count.present)}`, 'người');
  line([formulaCell(`=${ref(count.quorumSentence)}`)], { wrapText: true }, true);
  line([]);

  if (cluster && meeting.units && meeting.units.length > 0) {
    line([valueCell(`Các đơn vị trong cụm (${meeting.units.length} đơn vị):`)], { bold: true });
    meeting.units.forEach((u, i) => line([valueCell(`${i + 1}. ${unitText(u)}`)], undefined, true));
    line([]);
  }

  line([valueCell('Ban kiểm phiếu gồm:')], { bold: true });
  const tellers = meeting.tellers ?? [];
  if (tellers.length === 0) {
    for (let i = 1; i <= 3; i++) line([valueCell(`${i}. ………………………………… – …………………`)]);
  } else {
    tellers.forEach((t, i) => line([valueCell(`${i + 1}. ${t.name} – ${t.role}`)]));
  }
  line([]);

  const byKey = new Map(meeting.candidates.map((c) => [keyOf(c), c]));
  const headers = cluster
    ? ['STT', 'Họ và tên / Tên đơn vị', 'Đơn vị', 'Danh hiệu', 'Số phiếu đồng ý', 'Tỉ lệ', 'Kết quả']
    : ['STT', 'Họ và tên / Tổ', 'Danh hiệu', 'Số phiếu đồng ý', 'Tỉ lệ', 'Kết quả'];
  // Column letters of the table's figures: a cluster's "Đơn vị" shifts them one to the right.
  const shift = cluster ? 1 : 0;
  const [titleCol, percentCol] = [letter(2 + shift), letter(4 + shift)];
  for (const round of count.rounds) {
    line([valueCell(`Kết quả kiểm phiếu vòng ${round.round}`)], { bold: true });
    labelled('Số phiếu phát ra:', `=${ref(round.cells.issued)}`, 'phiếu');
    labelled('Số phiếu thu vào:', `=${ref(round.cells.returned)}`, 'phiếu');
    labelled('Số phiếu hợp lệ:', `=${ref(round.cells.valid)}`, 'phiếu');
    labelled('Số phiếu không hợp lệ:', `=${ref(round.cells.invalid)}`, 'phiếu');
    labelled(
      cluster ? 'Phiếu bằng văn bản của đại biểu vắng mặt:' : 'Phiếu bằng văn bản của thành viên vắng mặt:',
      `=${ref(round.cells.written)}`,
      'phiếu',
    );
    const absent = options.writtenMembers?.[round.round] ?? [];
    if (absent.length > 0) line([valueCell(`(Gồm: ${absent.join(', ')})`)], { italic: true }, true);

    const header = line(
      headers.map((h) => valueCell(h)),
      { bold: true, horizontalAlignment: 'center', borders: true, wrapText: true },
    );
    const entries = count.candidates.filter((c) => c.round === round.round);
    entries.forEach((c, i) => {
      line([
        valueCell(i + 1),
        formulaCell(`=${ref(c.cells.name)}`),
        ...(cluster ? [valueCell(unitOf(byKey.get(c.key)))] : []),
        formulaCell(`=${ref(c.cells.title)}`),
        formulaCell(`=${ref(c.cells.agree)}`),
        formulaCell(`=${ref(c.cells.percent)}`),
        formulaCell(`=${ref(c.cells.result)}`),
      ]);
    });
    if (entries.length > 0) {
      const first = header + 2;
      const lastRow = header + 1 + entries.length;
      styles.push(
        { range: `A${first}:${last}${lastRow}`, style: { borders: true } },
        { range: `A${first}:A${lastRow}`, style: { horizontalAlignment: 'center' } },
        { range: `${titleCol}${first}:${last}${lastRow}`, style: { horizontalAlignment: 'center' } },
        { range: `${percentCol}${first}:${percentCol}${lastRow}`, style: { numberFormat: '0.00%' } },
      );
      if (cluster) styles.push({ range: `B${first}:C${lastRow}`, style: { wrapText: true } });
    }
    line([]);
  }

  if (cluster) leadingSchools(line, count, ref);

  line(
    [valueCell('Biên bản kết thúc lúc …… giờ …… cùng ngày, đã được đọc lại cho các thành viên cùng nghe.')],
    { wrapText: true },
    true,
  );
  line([]);
  const [leftTitle, rightTitle] = cluster
    ? ['THƯ KÝ', 'CỤM TRƯỞNG']
    : ['CÁC THÀNH VIÊN BAN KIỂM PHIẾU', 'TRƯỞNG BAN KIỂM PHIẾU'];
  const signTitle = line([valueCell(leftTitle), undefined, undefined, valueCell(rightTitle)]);
  const signHint = line([
    valueCell('(Ký, ghi rõ họ tên)'),
    undefined,
    undefined,
    valueCell('(Ký, ghi rõ họ tên)'),
  ]);
  for (const row of [signTitle, signHint]) {
    merges.push(`A${row + 1}:C${row + 1}`, `D${row + 1}:${last}${row + 1}`);
  }
  styles.push(
    {
      range: `A${signTitle + 1}:${last}${signTitle + 1}`,
      style: { bold: true, horizontalAlignment: 'center' },
    },
    {
      range: `A${signHint + 1}:${last}${signHint + 1}`,
      style: { italic: true, horizontalAlignment: 'center' },
    },
  );
  line([]);
  line([]);
  line([]);
  // The cụm trưởng and the thư ký sign by hand; a school's biên bản names the head of the ban kiểm phiếu.
  const chair = cluster ? undefined : tellers.find(isHeadTeller);
  if (chair) {
    const named = line([undefined, undefined, undefined, valueCell(chair.name)]);
    merges.push(`D${named + 1}:${last}${named + 1}`);
    styles.push({ range: `D${named + 1}`, style: { bold: true, horizontalAlignment: 'center' } });
  }

  const lastRow = rows.length;
  return {
    name: options.sheetName ?? MINUTES_SHEET,
    cells: rows,
    columnWidths: widths,
    styles: [{ range: `A1:${cellAddress(lastRow - 1, columns - 1)}`, style: { ...FONT } }, ...styles],
    merges,
    pageSetup: PAGE,
    tabColor: '#C00000',
  };
}

/**
 * "Đơn vị dẫn đầu cụm": one live row per school standing for Cờ thi đua, showing its name once its latest
 * round's result on "Kiểm phiếu" is "Đạt" (blank otherwise), so the printed biên bản follows the count.
 */
function leadingSchools(
  line: (cells: (Cell | undefined)[], style?: StyledRange['style'], merge?: boolean) => number,
  count: CountSheetMap,
  ref: (address: string) => string,
): void {
  const latest = new Map<string, CountSheetMap['candidates'][number]>();
  for (const c of count.candidates) {
    if (c.key.startsWith(`${LEADING_SCHOOL_TITLE}:`)) latest.set(c.key, c);
  }
  line([valueCell(`Đơn vị dẫn đầu cụm (đạt ${TITLES[LEADING_SCHOOL_TITLE].label}):`)], { bold: true });
  if (latest.size === 0) {
    line([valueCell('Không có đơn vị nào được đề nghị.')], { italic: true }, true);
  }
  for (const c of latest.values()) {
    const passed = `"${RESULT_LABELS.passed}"`;
    line([formulaCell(`=IF(${ref(c.cells.result)}=${passed},${ref(c.cells.name)},"")`)], undefined, true);
  }
  line(
    [
      valueCell(
        'Danh sách đề nghị cấp trên khen thưởng gồm các tập thể, cá nhân có kết quả "Đạt" ở các bảng trên.',
      ),
    ],
    { wrapText: true },
    true,
  );
  line([]);
}
