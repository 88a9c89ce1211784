/**
 * "Biên bản kiểm phiếu", print-ready (A4, Times New Roman 13): the national motto heading, school, place
 * and date, ban kiểm phiếu, form of vote, ballots issued / returned / valid / invalid and, per candidate,
 * agree count, % and decision. Figures are live formulas on "Kiểm phiếu", so the biên bản printed at the end
 * of the meeting shows the final count without being rebuilt. The national name and motto are the official
 * form's (layout/export/official-form), the head of the ban kiểm phiếu is the domain minutes model's.
 */
import { cellAddress, sheetRef } from '../a1';
import { formulaCell, valueCell, type Cell, type SheetSpec, type StyledRange } from '../grid';
import type { SchoolInfo } from '../../domain/school/types';
import { longVietnameseDate } from '../../domain/text';
import { isHeadTeller, type Meeting } from '../../domain/votes';
import { MOTTO, NATIONAL_NAME } from '../export/official-form';
import type { CountSheetMap } from './count-sheet';
import { VOTE_NAMES } from './names';

export const MINUTES_SHEET = 'Biên bản kiểm phiếu';

const COLUMNS = 6;
const FONT = { fontName: 'Times New Roman', fontSize: 13 } as const;

/**
 * "Thuận An, ngày 20 tháng 5 năm 2021" (NĐ 30/2020 zero-padding, see domain/text), or dotted blanks to fill
 * in by hand when there is no date. A time after the ISO date is ignored.
 */
export function placeAndDate(place: string, isoDate?: string): string {
  return longVietnameseDate(isoDate?.slice(0, 10) ?? null, place.trim() || '…');
}

export function buildMinutesSheet(
  school: SchoolInfo,
  meeting: Meeting,
  count: CountSheetMap,
  options: { sheetName?: string; writtenMembers?: Record<number, string[]> } = {},
): SheetSpec {
  const rows: (Cell | undefined)[][] = [];
  const merges: string[] = [];
  const styles: StyledRange[] = [];
  const ref = (address: string) => `${sheetRef(count.sheetName)}!${address}`;
  const line = (cells: (Cell | undefined)[], style?: StyledRange['style'], merge = false): number => {
    const row = rows.length;
    rows.push(cells);
    if (merge) merges.push(`A${row + 1}:${String.fromCharCode(64 + COLUMNS)}${row + 1}`);
    if (style) styles.push({ range: `A${row + 1}:${String.fromCharCode(64 + COLUMNS)}${row + 1}`, style });
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

  // Heading: unit top left, national motto top right.
  const top = line([
    valueCell(school.parentBody.toUpperCase()),
    undefined,
    undefined,
    valueCell(NATIONAL_NAME),
  ]);
  const second = line([valueCell(school.name.toUpperCase()), undefined, undefined, valueCell(MOTTO)]);
  merges.push(
    `A${top + 1}:C${top + 1}`,
    `D${top + 1}:F${top + 1}`,
    `A${second + 1}:C${second + 1}`,
    `D${second + 1}:F${second + 1}`,
  );
  styles.push(
    { range: `A${top + 1}:F${second + 1}`, style: { horizontalAlignment: 'center', bold: true } },
    { range: `A${top + 1}:C${top + 1}`, style: { bold: false } },
  );
  line([]);
  const dated = line([undefined, undefined, undefined, valueCell(placeAndDate(school.place, meeting.date))]);
  merges.push(`D${dated + 1}:F${dated + 1}`);
  styles.push({ range: `D${dated + 1}`, style: { italic: true, horizontalAlignment: 'center' } });
  line([]);
  line([valueCell('BIÊN BẢN KIỂM PHIẾU')], { bold: true, fontSize: 14, horizontalAlignment: 'center' }, true);
  line(
    [valueCell(`Bình xét danh hiệu thi đua năm học ${school.schoolYear}`)],
    { bold: true, horizontalAlignment: 'center' },
    true,
  );
  line([]);

  line([valueCell('Đối tượng bỏ phiếu:'), undefined, formulaCell(`=${VOTE_NAMES.body}`)]);
  line([valueCell('Hình thức:'), undefined, formulaCell(`=${VOTE_NAMES.form}`)]);
  line([valueCell('Quy chế áp dụng:'), undefined, formulaCell(`=${ref(count.profileLabel)}`)]);
  labelled('Tổng số thành viên:', `=${ref(count.totalMembers)}`, 'người');
  labelled('Số người có mặt:', `=${ref(count.present)}`, 'người');
  line([formulaCell(`=${ref(count.quorumSentence)}`)], { wrapText: true }, true);
  line([]);

  line([valueCell('Ban kiểm phiếu gồm:')], { bold: true });
  const tellers = meeting.tellers ?? [];
  if (tellers.length === 0) {
    for (let i = 1; i <= 3; i++) line([valueCell(`${i}. ………………………………… – …………………`)]);
  } else {
    tellers.forEach((t, i) => line([valueCell(`${i + 1}. ${t.name} – ${t.role}`)]));
  }
  line([]);

  for (const round of count.rounds) {
    line([valueCell(`Kết quả kiểm phiếu vòng ${round.round}`)], { bold: true });
    labelled('Số phiếu phát ra:', `=${ref(round.cells.issued)}`, 'phiếu');
    labelled('Số phiếu thu vào:', `=${ref(round.cells.returned)}`, 'phiếu');
    labelled('Số phiếu hợp lệ:', `=${ref(round.cells.valid)}`, 'phiếu');
    labelled('Số phiếu không hợp lệ:', `=${ref(round.cells.invalid)}`, 'phiếu');
    labelled('Phiếu bằng văn bản của thành viên vắng mặt:', `=${ref(round.cells.written)}`, 'phiếu');
    const absent = options.writtenMembers?.[round.round] ?? [];
    if (absent.length > 0) line([valueCell(`(Gồm: ${absent.join(', ')})`)], { italic: true }, true);

    const header = line(
      ['STT', 'Họ và tên / Tổ', 'Danh hiệu', 'Số phiếu đồng ý', 'Tỉ lệ', 'Kết quả'].map((h) => valueCell(h)),
      { bold: true, horizontalAlignment: 'center', borders: true, wrapText: true },
    );
    const entries = count.candidates.filter((c) => c.round === round.round);
    entries.forEach((c, i) => {
      line([
        valueCell(i + 1),
        formulaCell(`=${ref(c.cells.name)}`),
        formulaCell(`=${ref(c.cells.title)}`),
        formulaCell(`=${ref(c.cells.agree)}`),
        formulaCell(`=${ref(c.cells.percent)}`),
        formulaCell(`=${ref(c.cells.result)}`),
      ]);
    });
    if (entries.length > 0) {
      const first = header + 2;
      const last = header + 1 + entries.length;
      styles.push(
        { range: `A${first}:F${last}`, style: { borders: true } },
        { range: `A${first}:A${last}`, style: { horizontalAlignment: 'center' } },
        { range: `C${first}:F${last}`, style: { horizontalAlignment: 'center' } },
        { range: `E${first}:E${last}`, style: { numberFormat: '0.00%' } },
      );
    }
    line([]);
  }

  line(
    [valueCell('Biên bản kết thúc lúc …… giờ …… cùng ngày, đã được đọc lại cho các thành viên cùng nghe.')],
    { wrapText: true },
    true,
  );
  line([]);
  const signTitle = line([
    valueCell('CÁC THÀNH VIÊN BAN KIỂM PHIẾU'),
    undefined,
    undefined,
    valueCell('TRƯỞNG BAN KIỂM PHIẾU'),
  ]);
  const signHint = line([
    valueCell('(Ký, ghi rõ họ tên)'),
    undefined,
    undefined,
    valueCell('(Ký, ghi rõ họ tên)'),
  ]);
  merges.push(
    `A${signTitle + 1}:C${signTitle + 1}`,
    `D${signTitle + 1}:F${signTitle + 1}`,
    `A${signHint + 1}:C${signHint + 1}`,
    `D${signHint + 1}:F${signHint + 1}`,
  );
  styles.push(
    { range: `A${signTitle + 1}:F${signTitle + 1}`, style: { bold: true, horizontalAlignment: 'center' } },
    { range: `A${signHint + 1}:F${signHint + 1}`, style: { italic: true, horizontalAlignment: 'center' } },
  );
  line([]);
  line([]);
  line([]);
  const chair = tellers.find(isHeadTeller);
  if (chair) {
    const named = line([undefined, undefined, undefined, valueCell(chair.name)]);
    merges.push(`D${named + 1}:F${named + 1}`);
    styles.push({ range: `D${named + 1}`, style: { bold: true, horizontalAlignment: 'center' } });
  }

  const lastRow = rows.length;
  return {
    name: options.sheetName ?? MINUTES_SHEET,
    cells: rows,
    columnWidths: [45, 170, 80, 90, 70, 90],
    styles: [{ range: `A1:${cellAddress(lastRow - 1, COLUMNS - 1)}`, style: { ...FONT } }, ...styles],
    merges,
    pageSetup: {
      orientation: 'portrait',
      paperSize: 'A4',
      margins: { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59 },
      fitToWidth: true,
    },
    tabColor: '#C00000',
  };
}
