/** A1 addressing shared by every sheet builder. Rows and columns are 0-based in code, 1-based on screen. */

export function columnLetter(columnIndex: number): string {
  if (!Number.isInteger(columnIndex) || columnIndex < 0) {
    throw new RangeError(`Chỉ số cột không hợp lệ: ${columnIndex}`);
  }
  let letters = '';
  let n = columnIndex + 1;
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) throw new RangeError(`Tên cột không hợp lệ: ${letters}`);
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

/** "C5" for row 4, column 2. */
export function cellAddress(rowIndex: number, colIndex: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetter(colIndex)}${d}${rowIndex + 1}`;
}

/** "B3:F10" for a rectangle given by its corners (inclusive). */
export function rangeAddress(
  firstRow: number,
  firstCol: number,
  lastRow: number,
  lastCol: number,
  absolute = false,
): string {
  return `${cellAddress(firstRow, firstCol, absolute)}:${cellAddress(lastRow, lastCol, absolute)}`;
}

/** Quote a sheet name for use in a formula: 'Tổng hợp năm'!A1. */
export function sheetRef(sheetName: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
}

export interface ParsedAddress {
  row: number;
  col: number;
}

export function parseCellAddress(address: string): ParsedAddress {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new RangeError(`Địa chỉ ô không hợp lệ: ${address}`);
  return { col: columnIndex(match[1]), row: Number(match[2]) - 1 };
}

export interface ParsedRange {
  firstRow: number;
  firstCol: number;
  lastRow: number;
  lastCol: number;
}

/** "B3:F10" or "B3" (a single cell) into 0-based corners. */
export function parseRangeAddress(address: string): ParsedRange {
  const withoutSheet = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [start, end = start] = withoutSheet.split(':');
  const a = parseCellAddress(start);
  const b = parseCellAddress(end);
  return {
    firstRow: Math.min(a.row, b.row),
    firstCol: Math.min(a.col, b.col),
    lastRow: Math.max(a.row, b.row),
    lastCol: Math.max(a.col, b.col),
  };
}
