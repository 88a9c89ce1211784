/**
 * Rectangles of cells and the A1 addresses Excel gives them. Rows and columns are 0-based and inclusive,
 * like Range.rowIndex / columnIndex. Excel's grid is 1 048 576 rows by 16 384 columns (XFD).
 */
import { columnIndex, columnLetter } from '../../layout/a1';
import { invalidArgument } from './errors';

export const MAX_ROW = 1048575;
export const MAX_COL = 16383;

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function rect(r0: number, c0: number, r1 = r0, c1 = c0): Rect {
  return { r0, c0, r1, c1 };
}

export const rowCount = (r: Rect): number => r.r1 - r.r0 + 1;
export const colCount = (r: Rect): number => r.c1 - r.c0 + 1;
export const cellCount = (r: Rect): number => rowCount(r) * colCount(r);
export const isEntireColumn = (r: Rect): boolean => r.r0 === 0 && r.r1 === MAX_ROW;
export const isEntireRow = (r: Rect): boolean => r.c0 === 0 && r.c1 === MAX_COL;

export function containsCell(r: Rect, row: number, col: number): boolean {
  return row >= r.r0 && row <= r.r1 && col >= r.c0 && col <= r.c1;
}

export function containsRect(outer: Rect, inner: Rect): boolean {
  return inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r0 = Math.max(a.r0, b.r0);
  const r1 = Math.min(a.r1, b.r1);
  const c0 = Math.max(a.c0, b.c0);
  const c1 = Math.min(a.c1, b.c1);
  return r0 <= r1 && c0 <= c1 ? { r0, c0, r1, c1 } : null;
}

export function boundingRect(a: Rect, b: Rect): Rect {
  return {
    r0: Math.min(a.r0, b.r0),
    c0: Math.min(a.c0, b.c0),
    r1: Math.max(a.r1, b.r1),
    c1: Math.max(a.c1, b.c1),
  };
}

/** a minus b as at most four disjoint rectangles (bands above and below, then the sides). */
export function subtract(a: Rect, b: Rect): Rect[] {
  const overlap = intersect(a, b);
  if (!overlap) return [a];
  const parts: Rect[] = [];
  if (a.r0 < overlap.r0) parts.push({ r0: a.r0, c0: a.c0, r1: overlap.r0 - 1, c1: a.c1 });
  if (overlap.r1 < a.r1) parts.push({ r0: overlap.r1 + 1, c0: a.c0, r1: a.r1, c1: a.c1 });
  if (a.c0 < overlap.c0) parts.push({ r0: overlap.r0, c0: a.c0, r1: overlap.r1, c1: overlap.c0 - 1 });
  if (overlap.c1 < a.c1) parts.push({ r0: overlap.r0, c0: overlap.c1 + 1, r1: overlap.r1, c1: a.c1 });
  return parts;
}

/** Every area of `areas` minus `cut`. */
export function subtractAll(areas: Rect[], cut: Rect): Rect[] {
  return areas.flatMap((area) => subtract(area, cut));
}

/** "A1", "A1:C5", whole columns "A:C", whole rows "3:5" (the whole sheet is "1:1048576", as in Excel). */
export function formatRect(r: Rect, absolute = false): string {
  const d = absolute ? '$' : '';
  if (isEntireColumn(r) && !isEntireRow(r)) {
    return `${d}${columnLetter(r.c0)}:${d}${columnLetter(r.c1)}`;
  }
  if (isEntireRow(r)) return `${d}${r.r0 + 1}:${d}${r.r1 + 1}`;
  const start = `${d}${columnLetter(r.c0)}${d}${r.r0 + 1}`;
  if (r.r0 === r.r1 && r.c0 === r.c1) return start;
  return `${start}:${d}${columnLetter(r.c1)}${d}${r.r1 + 1}`;
}

/**
 * How Excel writes a sheet name before "!": bare when it is letters, digits, "_" and "." and cannot be
 * mistaken for a cell reference, quoted ('' doubling a quote) otherwise. Letters include Vietnamese ones.
 */
export function sheetPrefix(name: string): string {
  const bare =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name);
  return bare ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "Sheet1!A1:B2", "'Tổng hợp năm'!E5". */
export function qualifiedAddress(sheetName: string, r: Rect, absolute = false): string {
  return `${sheetPrefix(sheetName)}!${formatRect(r, absolute)}`;
}

export interface ParsedReference {
  /** Sheet named before "!", unquoted; undefined when the address has none. */
  sheet?: string;
  rect: Rect;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

/** Splits "'Tổng hợp'!A1:B2" into its sheet and the rest; the rest is returned unchanged. */
export function splitSheet(reference: string): { sheet?: string; local: string } {
  const text = reference.trim();
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { local: text };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) {
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  return { sheet, local: text.slice(bang + 1) };
}

function parsePart(part: string): { row?: number; col?: number } | null {
  const cell = CELL.exec(part);
  if (cell) return { col: safeColumn(cell[1]), row: Number(cell[2]) - 1 };
  const column = COLUMN.exec(part);
  if (column) return { col: safeColumn(column[1]) };
  const row = ROW.exec(part);
  if (row) return { row: Number(row[1]) - 1 };
  return null;
}

function safeColumn(letters: string): number {
  try {
    return columnIndex(letters);
  } catch {
    return -1;
  }
}

/** Parses an address as Worksheet.getRange accepts it; null when it is not one (it may be a name). */
export function tryParseReference(reference: string): ParsedReference | null {
  const { sheet, local } = splitSheet(reference);
  const [first, second = first, extra] = local.split(':');
  if (extra !== undefined || first === '') return null;
  const a = parsePart(first);
  const b = parsePart(second);
  if (!a || !b) return null;
  let r: Rect;
  if (a.row !== undefined && a.col !== undefined && b.row !== undefined && b.col !== undefined) {
    r = rect(Math.min(a.row, b.row), Math.min(a.col, b.col), Math.max(a.row, b.row), Math.max(a.col, b.col));
  } else if (a.row === undefined && b.row === undefined && a.col !== undefined && b.col !== undefined) {
    if (!local.includes(':')) return null; // "A" alone is a name, not a column
    r = rect(0, Math.min(a.col, b.col), MAX_ROW, Math.max(a.col, b.col));
  } else if (a.col === undefined && b.col === undefined && a.row !== undefined && b.row !== undefined) {
    if (!local.includes(':')) return null;
    r = rect(Math.min(a.row, b.row), 0, Math.max(a.row, b.row), MAX_COL);
  } else {
    return null;
  }
  if (r.r0 < 0 || r.c0 < 0 || r.r1 > MAX_ROW || r.c1 > MAX_COL) return null;
  return { sheet, rect: r };
}

/** A rectangle inside the grid, or InvalidArgument (negative sizes, off the sheet). */
export function checkedRect(r0: number, c0: number, r1: number, c1: number, location: string): Rect {
  const whole = [r0, c0, r1, c1].every(Number.isInteger);
  if (!whole || r0 < 0 || c0 < 0 || r1 < r0 || c1 < c0 || r1 > MAX_ROW || c1 > MAX_COL) {
    throw invalidArgument(location);
  }
  return { r0, c0, r1, c1 };
}

/** Calls fn for every cell of r, row by row. */
export function forEachCell(r: Rect, fn: (row: number, col: number) => void): void {
  for (let row = r.r0; row <= r.r1; row++) {
    for (let col = r.c0; col <= r.c1; col++) fn(row, col);
  }
}

/** A rows × cols matrix built cell by cell. */
export function buildMatrix<T>(r: Rect, fn: (row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let row = r.r0; row <= r.r1; row++) {
    const line: T[] = [];
    for (let col = r.c0; col <= r.c1; col++) line.push(fn(row, col));
    out.push(line);
  }
  return out;
}
