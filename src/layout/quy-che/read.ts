/**
 * Reads the "Quy chế" sheet back. Settings are found by key, not by position, so rows added or moved by
 * the user or by another area never shift what a reader gets.
 */
import type { CellValue } from '../grid';
import { QUY_CHE_COLUMNS } from './entries';
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
