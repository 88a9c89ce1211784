/**
 * The frame of an official paper (DOMAIN.md §8, NĐ 30/2020/NĐ-CP Phụ lục I): unit names top left, national
 * motto top right, each with a short line under it; số and place-and-date on one row; the title centred;
 * then, after the content, "Nơi nhận" on the left and the signature on the right.
 */
import type { CellStyle } from '../grid';
import { BODY_FONT_SIZE, HEADER_FONT_SIZE, TITLE_FONT_SIZE } from './page';
import type { SheetBuilder } from './sheet-builder';
import { CELL_PADDING, estimateTextWidth, wrapToWidth } from './text-width';
import { upperVietnamese } from './format';

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập – Tự do – Hạnh phúc';

/** The motto block needs this much room: the national name on one line. */
const MOTTO_BLOCK_MIN_WIDTH =
  Math.ceil(estimateTextWidth(NATIONAL_NAME, HEADER_FONT_SIZE, true)) + CELL_PADDING;

/** Blank rows left for the handwritten signature and the seal. */
export const SIGNATURE_SPACE_ROWS = 4;

/**
 * First column of the right-hand block: the right block keeps at least the motto's width and at least half
 * the page, the left block (unit names, Nơi nhận) takes the rest.
 */
export function rightBlockStart(columnWidths: number[]): number {
  const total = columnWidths.reduce((s, w) => s + w, 0);
  const wanted = Math.max(MOTTO_BLOCK_MIN_WIDTH, total / 2);
  let right = 0;
  for (let k = columnWidths.length - 1; k >= 1; k--) {
    right += columnWidths[k];
    if (right >= wanted) return k;
  }
  return 1;
}

/** A line of a block: its text and how it looks. */
export interface BlockLine {
  text: string;
  style?: CellStyle;
}

const centred: CellStyle = { horizontalAlignment: 'center' };

/** A short rule of underscores about `width` points long, standing in for a drawn line under a heading. */
function ruleLine(width: number): BlockLine {
  const count = Math.max(6, Math.round(width / (0.5 * BODY_FONT_SIZE)));
  return { text: '_'.repeat(count), style: { ...centred, verticalAlignment: 'top' } };
}

function wrapped(text: string, width: number, style: CellStyle): BlockLine[] {
  const bold = style.bold ?? false;
  return wrapToWidth(text, width, style.fontSize ?? BODY_FONT_SIZE, bold).map((line) => ({
    text: line,
    style,
  }));
}

/** Writes two blocks side by side from the next row: left over columns 0…split−1, right over split…last. */
export function writeSideBySide(b: SheetBuilder, left: BlockLine[], right: BlockLine[]): void {
  const split = rightBlockStart(b.columnWidths);
  const rows = Math.max(left.length, right.length);
  for (let i = 0; i < rows; i++) {
    const row = b.addRow();
    const l = left[i];
    const r = right[i];
    if (l) b.spanned(row, 0, split - 1, l.text || null, l.style);
    else b.merge(row, 0, row, split - 1);
    if (r) b.spanned(row, split, b.lastColumn, r.text || null, r.style);
    else b.merge(row, split, row, b.lastColumn);
  }
}

export interface HeaderInput {
  parentBody: string;
  schoolName: string;
  documentNumber?: string;
  /** "Thuận An, ngày 28 tháng 5 năm 2021". */
  placeAndDate: string;
}

/** Kinds of school, longest first: a name too long for one line breaks after its kind. */
const SCHOOL_KINDS = [
  'TRƯỜNG TRUNG HỌC CƠ SỞ VÀ TRUNG HỌC PHỔ THÔNG',
  'TRƯỜNG TIỂU HỌC VÀ TRUNG HỌC CƠ SỞ',
  'TRƯỜNG PHỔ THÔNG DÂN TỘC NỘI TRÚ',
  'TRƯỜNG PHỔ THÔNG DÂN TỘC BÁN TRÚ',
  'TRƯỜNG TRUNG HỌC PHỔ THÔNG',
  'TRƯỜNG TRUNG HỌC CƠ SỞ',
  'TRƯỜNG TIỂU HỌC',
  'TRƯỜNG MẪU GIÁO',
  'TRƯỜNG MẦM NON',
  'TRƯỜNG THCS&THPT',
  'TRƯỜNG TH&THCS',
  'TRƯỜNG THCS',
  'TRƯỜNG THPT',
  // A Phòng's own papers (issue 13), and every school's parent body: "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" / "THỊ XÃ
  // THUẬN AN"; above a Phòng, "ỦY BAN NHÂN DÂN" / "THỊ XÃ THUẬN AN".
  'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO',
  'ỦY BAN NHÂN DÂN',
];

/**
 * "TRƯỜNG TIỂU HỌC" / "BÌNH HÒA 2" rather than "TRƯỜNG TIỂU HỌC BÌNH" / "HÒA 2"; a cụm thi đua's name breaks
 * at its dash.
 */
export function schoolNameLines(schoolName: string, width: number, fontSize: number, bold = true): string[] {
  const upper = upperVietnamese(schoolName.trim().replace(/\s+/g, ' '));
  const lines = wrapToWidth(upper, width, fontSize, bold);
  if (lines.length === 1) return lines;
  const dash = upper.indexOf(' – ');
  if (upper.startsWith('CỤM THI ĐUA ') && dash > 0) {
    // "CỤM THI ĐUA SỐ 3 –" / "CẤP TIỂU HỌC": a cụm's name breaks at its dash, not inside "Tiểu học".
    return [
      ...wrapToWidth(upper.slice(0, dash + 2), width, fontSize, bold),
      ...wrapToWidth(upper.slice(dash + 3), width, fontSize, bold),
    ];
  }
  const kind = SCHOOL_KINDS.find((k) => upper.startsWith(`${k} `));
  if (!kind) return lines;
  return [
    ...wrapToWidth(kind, width, fontSize, bold),
    ...wrapToWidth(upper.slice(kind.length + 1), width, fontSize, bold),
  ];
}

export function writeOfficialHeader(b: SheetBuilder, header: HeaderInput): void {
  const split = rightBlockStart(b.columnWidths);
  const leftWidth = b.width(0, split - 1);
  const rightWidth = b.width(split, b.lastColumn);
  const unitStyle: CellStyle = { ...centred, fontSize: HEADER_FONT_SIZE };
  const schoolStyle: CellStyle = { ...unitStyle, bold: true };
  const schoolLines = schoolNameLines(header.schoolName, leftWidth, HEADER_FONT_SIZE);
  const widestSchoolLine = Math.max(
    ...schoolLines.map((line) => estimateTextWidth(line, HEADER_FONT_SIZE, true)),
  );
  const left: BlockLine[] = [
    // The parent body breaks after its kind too: "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" / "THỊ XÃ THUẬN AN".
    ...(header.parentBody.trim()
      ? schoolNameLines(header.parentBody, leftWidth, HEADER_FONT_SIZE, false).map((text) => ({
          text,
          style: unitStyle,
        }))
      : []),
    ...schoolLines.map((text) => ({ text, style: schoolStyle })),
    // NĐ 30/2020: the line under the unit's name is a third to a half of the name's length…
    ruleLine(widestSchoolLine * 0.45),
  ];
  const right: BlockLine[] = [
    { text: NATIONAL_NAME, style: { ...centred, bold: true, fontSize: HEADER_FONT_SIZE } },
    { text: MOTTO, style: { ...centred, bold: true } },
    // …and the line under the motto is as long as the motto.
    ruleLine(estimateTextWidth(MOTTO, BODY_FONT_SIZE, true)),
  ];
  writeSideBySide(b, left, right);
  writeSideBySide(
    b,
    header.documentNumber ? [{ text: `Số: ${header.documentNumber}`, style: centred }] : [],
    wrapped(header.placeAndDate, rightWidth, { ...centred, italic: true }),
  );
  b.addBlankRows(1);
}

/** The title (upper case, bold 14) and its subject lines (bold 14), centred over the whole width. */
export function writeTitle(b: SheetBuilder, title: string, subtitles: string[]): void {
  const width = b.width(0, b.lastColumn);
  const titleStyle: CellStyle = { ...centred, bold: true, fontSize: TITLE_FONT_SIZE };
  for (const line of wrapped(upperVietnamese(title), width, titleStyle)) {
    b.spanned(b.addRow(), 0, b.lastColumn, line.text, line.style);
  }
  for (const subtitle of subtitles) {
    for (const line of wrapped(subtitle, width, titleStyle)) {
      b.spanned(b.addRow(), 0, b.lastColumn, line.text, line.style);
    }
  }
  b.addBlankRows(1);
}

/** A paragraph over the whole width, broken into rows. Returns the rows written. */
export function writeParagraph(b: SheetBuilder, text: string, style: CellStyle = {}): number[] {
  const rows: number[] = [];
  for (const line of wrapped(text, b.width(0, b.lastColumn), style)) {
    const row = b.addRow();
    b.spanned(row, 0, b.lastColumn, line.text, { horizontalAlignment: 'left', ...style });
    rows.push(row);
  }
  return rows;
}

/** "Nơi nhận:" and its list, for the left block of the closing. */
export function recipientsBlock(b: SheetBuilder, recipients: string[]): BlockLine[] {
  const width = b.width(0, rightBlockStart(b.columnWidths) - 1);
  return [
    { text: 'Nơi nhận:', style: { bold: true, italic: true } },
    ...recipients.flatMap((line) => wrapped(line, width, {})),
  ];
}

/**
 * A signature block: the title lines (bold, upper case), room to sign, the name (bold). `titleRows` pads
 * the title so two blocks side by side print their names on the same row.
 */
export function signatureBlock(
  titleLines: string[],
  fullName: string,
  titleRows = titleLines.length,
): BlockLine[] {
  const style: CellStyle = { ...centred, bold: true };
  const padding = Math.max(0, titleRows - titleLines.length);
  return [
    ...titleLines.map((text) => ({ text: upperVietnamese(text), style })),
    ...Array.from({ length: padding + SIGNATURE_SPACE_ROWS }, () => ({ text: '', style })),
    { text: fullName, style },
  ];
}

/** Splits a signer title typed with line breaks ("KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG"). */
export function titleLinesOf(title: string): string[] {
  return title
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** Two signatures side by side (minutes: secretary left, chair right), names on the same row. */
export function writeTwoSignatures(
  b: SheetBuilder,
  left: { title: string[]; fullName: string },
  right: { title: string[]; fullName: string },
): void {
  const titleRows = Math.max(left.title.length, right.title.length);
  b.addBlankRows(1);
  writeSideBySide(
    b,
    signatureBlock(left.title, left.fullName, titleRows),
    signatureBlock(right.title, right.fullName, titleRows),
  );
}
