/**
 * The raw material of an import: a rectangle of cell values as a sheet reader hands it over, optionally
 * the font name of each cell (legacy TCVN3/VNI text is only recognisable with certainty by its font), and
 * where the rectangle sits on its sheet so every message can name the real cell.
 */
import type { RawCellValue } from '../scoring/score-values';
import { isBlankCell } from '../text/normalize';
import { formatNumberAsTyped } from '../text/numbers';

export type ImportCell = RawCellValue;
/** Row-major, grid[0][0] at `origin`; rows may be ragged. */
export type ImportGrid = readonly (readonly ImportCell[])[];
/** Same shape as the grid; undefined where the font is unknown. */
export type FontGrid = readonly (readonly (string | undefined)[])[];

/** 0-based sheet row and column of grid[0][0]; A1 is { row: 0, column: 0 }. */
export interface GridOrigin {
  row: number;
  column: number;
}

export const A1_ORIGIN: GridOrigin = { row: 0, column: 0 };

/** 0 -> "A", 25 -> "Z", 26 -> "AA". A local copy: domain/ may not import layout/a1.ts. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** A1 address on the sheet of grid cell (row, column). */
export function addressOf(origin: GridOrigin, row: number, column: number): string {
  return `${columnLetter(origin.column + column)}${origin.row + row + 1}`;
}

/** The 1-based row number the user sees for grid row `row`. */
export function sheetRowNumber(origin: GridOrigin, row: number): number {
  return origin.row + row + 1;
}

export function cellAt(grid: ImportGrid, row: number, column: number): ImportCell {
  return grid[row]?.[column];
}

/** A cell that holds nothing (domain/text's rule, the one every reader uses). */
export const isBlank: (value: ImportCell) => boolean = isBlankCell;

/** The cell as the user sees it, for quoting in messages. */
export function shownValue(value: ImportCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return formatNumberAsTyped(value);
  return value.trim();
}
