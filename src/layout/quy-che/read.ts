/**
 * Reads the "Quy chế" sheet back. Settings are found by key, not by position, so rows added or moved by
 * the user or by another area never shift what a reader gets.
 */
import { isBlankCell } from '../../domain/text';
import { cellAddress } from '../a1';
import type { CellValue } from '../grid';
import { QUY_CHE_COLUMNS } from './entries';
import { TABLE_FIRST_COLUMN } from './build';
import type { QuyCheTableLayout } from './build';

/** Machine keys are dotted words ("scoring.totalPoints"); titles and headers never look like that. */
const KEY = /^[A-Za-z][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)+$/;

export function isQuyCheKey(text: string): boolean {
  return KEY.test(text);
}

/** key → value (column C) of every settings row; the first occurrence of a key wins. */
export function readQuyCheEntries(sheetValues: CellValue[][]): Map<string, CellValue> {
  const entries = new Map<string, CellValue>();
  for (const row of sheetValues) {
    const key = row?.[QUY_CHE_COLUMNS.key];
    if (typeof key !== 'string') continue;
    const trimmed = key.trim();
    if (!isQuyCheKey(trimmed) || entries.has(trimmed)) continue;
    entries.set(trimmed, row[QUY_CHE_COLUMNS.value] ?? null);
  }
  return entries;
}

/** A table's rows as written (by id, in layout order): each row's values, first column included. */
export function readQuyCheTable(
  sheetValues: CellValue[][],
  table: QuyCheTableLayout,
): Map<string, CellValue[]> {
  const rows = new Map<string, CellValue[]>();
  for (const [id, row] of Object.entries(table.rows)) {
    rows.set(
      id,
      table.columns.map((col) => sheetValues[row]?.[col] ?? null),
    );
  }
  return rows;
}

/** A settings row as found on the sheet: its value and where it is. */
export interface QuyCheEntryCell {
  value: CellValue;
  /** 0-based row. */
  row: number;
  /** A1 address of the value cell. */
  address: string;
}

/** key → value cell of every settings row, the first occurrence of a key winning (as readQuyCheEntries). */
export function locateQuyCheEntries(sheetValues: CellValue[][]): Map<string, QuyCheEntryCell> {
  const entries = new Map<string, QuyCheEntryCell>();
  sheetValues.forEach((row, index) => {
    const key = row?.[QUY_CHE_COLUMNS.key];
    if (typeof key !== 'string') return;
    const trimmed = key.trim();
    if (!isQuyCheKey(trimmed) || entries.has(trimmed)) return;
    entries.set(trimmed, {
      value: row[QUY_CHE_COLUMNS.value] ?? null,
      row: index,
      address: cellAddress(index, QUY_CHE_COLUMNS.value),
    });
  });
  return entries;
}

/** A table found by its title, without the layout of the build. */
export interface FoundQuyCheTable {
  titleRow: number;
  headerRow: number;
  /** 0-based column of each table column. */
  columns: number[];
  /** Non-blank data rows in sheet order: the row and its values (`columnCount` of them). */
  rows: { row: number; values: CellValue[] }[];
}

/**
 * The first table whose title (column A) is `title`: its data rows run from under the header row to the
 * next block, whose title is again in column A; blank rows are skipped. Undefined when no such title.
 */
export function findQuyCheTable(
  sheetValues: CellValue[][],
  title: string,
  columnCount: number,
): FoundQuyCheTable | undefined {
  const wanted = title.normalize('NFC').trim();
  const titleRow = sheetValues.findIndex((row) => {
    const text = row?.[QUY_CHE_COLUMNS.key];
    return typeof text === 'string' && text.normalize('NFC').trim() === wanted;
  });
  if (titleRow < 0) return undefined;
  const headerRow = titleRow + 1;
  const columns = Array.from({ length: columnCount }, (_, i) => TABLE_FIRST_COLUMN + i);
  const rows: FoundQuyCheTable['rows'] = [];
  for (let row = headerRow + 1; row < sheetValues.length; row++) {
    const cells = sheetValues[row] ?? [];
    if (!isBlankCell(cells[QUY_CHE_COLUMNS.key])) break;
    const values = columns.map((col) => cells[col] ?? null);
    if (values.every(isBlankCell)) continue;
    rows.push({ row, values });
  }
  return { titleRow, headerRow, columns, rows };
}
