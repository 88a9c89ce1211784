/**
 * The formatting of one cell, flattened. Borders are kept as lines: `top*` is the line above the cell and
 * `left*` the line on its left, so a range's EdgeBottom is the top line of the row below and two ranges
 * sharing an edge see the same line, as on screen.
 */

export interface CellFormat {
  numberFormat: string;
  fontName: string;
  fontSize: number;
  fontColor: string;
  bold: boolean;
  italic: boolean;
  underline: string;
  strikethrough: boolean;
  /** null: no fill (Office.js reports "#FFFFFF"). */
  fill: string | null;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  indentLevel: number;
  locked: boolean;
  formulaHidden: boolean;
  topStyle: string;
  topColor: string;
  topWeight: string;
  leftStyle: string;
  leftColor: string;
  leftWeight: string;
}

export type FormatKey = keyof CellFormat;
export type FormatPatch = Partial<CellFormat>;

/** Excel's defaults for a new workbook (Calibri 11, General, locked, no fill, no borders). */
export const DEFAULT_FORMAT: Readonly<CellFormat> = {
  numberFormat: 'General',
  fontName: 'Calibri',
  fontSize: 11,
  fontColor: '#000000',
  bold: false,
  italic: false,
  underline: 'None',
  strikethrough: false,
  fill: null,
  horizontalAlignment: 'General',
  verticalAlignment: 'Bottom',
  wrapText: false,
  indentLevel: 0,
  locked: true,
  formulaHidden: false,
  topStyle: 'None',
  topColor: '#000000',
  topWeight: 'Thin',
  leftStyle: 'None',
  leftColor: '#000000',
  leftWeight: 'Thin',
};

/** Default column width and row height in points (8.43 characters of Calibri 11; 15 pt). */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

const NAMED_COLORS: Record<string, string> = {
  black: '#000000',
  white: '#FFFFFF',
  red: '#FF0000',
  green: '#008000',
  blue: '#0000FF',
  yellow: '#FFFF00',
  orange: '#FFA500',
  gray: '#808080',
  grey: '#808080',
  purple: '#800080',
};

/** "#rgb", "#rrggbb" or a colour name as Office.js accepts them, to "#RRGGBB"; null when not a colour. */
export function normalizeColor(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const text = input.trim();
  const named = NAMED_COLORS[text.toLowerCase()];
  if (named) return named;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(text);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toUpperCase();
  return /^#[0-9a-f]{6}$/i.test(text) ? text.toUpperCase() : null;
}
