/**
 * Rows are found by key, never by position (issue 9): a sheet holds each person's mã cán bộ (or each tổ's
 * mã tổ) as a value, and everything else about the person is looked up by it with INDEX/MATCH, which every
 * supported Excel, LibreOffice and HyperFormula share. The ranges cover the data rows only (no whole
 * columns), absolute, so sorting the rows keeps them and inserting a row inside them widens them.
 */
import { cellAddress, rangeAddress, sheetRef } from '../a1';

/** The data rows of one column of a sheet, as an absolute range ('Danh sách'!$B$4:$B$65). */
export interface ColumnRange {
  sheet: string;
  firstRow: number;
  lastRow: number;
}

export function columnRange({ sheet, firstRow, lastRow }: ColumnRange, col: number): string {
  return `${sheetRef(sheet)}!${rangeAddress(firstRow, col, lastRow, col, true)}`;
}

/** The key cell of a row, with its column fixed ($B6): a sorted row's formulas still read their own key. */
export function keyCell(row: number, col: number): string {
  return `$${cellAddress(row, col)}`;
}

/**
 * INDEX(values, MATCH(key, keys, 0)). `blankIfMissing` shows "" for a key the other sheet lacks (a name
 * column); without it the formula shows #N/A, so a missing row is seen, never read as 0.
 */
export function lookupByKey(
  key: string,
  rows: ColumnRange,
  keyCol: number,
  valueCol: number,
  options: { text?: boolean; blankIfMissing?: boolean } = {},
): string {
  const found = `INDEX(${columnRange(rows, valueCol)},MATCH(${key},${columnRange(rows, keyCol)},0))${options.text ? '&""' : ''}`;
  return options.blankIfMissing ? `IFERROR(${found},"")` : found;
}
