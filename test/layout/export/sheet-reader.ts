/** Reading a SheetSpec the way a person reads the printed page: by address, by text, by style. */
import { cellAddress, parseCellAddress, parseRangeAddress } from '../../../src/layout/a1';
import type { CellStyle, CellValue, SheetSpec, WorkbookSpec } from '../../../src/layout/grid';

export function valueAt(sheet: SheetSpec, address: string): CellValue | undefined {
  const { row, col } = parseCellAddress(address);
  const cell = sheet.cells[row]?.[col];
  if (cell === undefined) return undefined;
  if ('formula' in cell) throw new Error(`${address} is a formula; export sheets hold values only`);
  return cell.value;
}

/** Every written value with its address, row-major. */
export function allValues(sheet: SheetSpec): { address: string; value: CellValue }[] {
  const out: { address: string; value: CellValue }[] = [];
  sheet.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell !== undefined && 'value' in cell) out.push({ address: cellAddress(r, c), value: cell.value });
    }),
  );
  return out;
}

/** Address of the first cell holding exactly `value` (or matching the regexp); throws when none does. */
export function find(sheet: SheetSpec, value: CellValue | RegExp): string {
  const hit = allValues(sheet).find((v) =>
    value instanceof RegExp ? typeof v.value === 'string' && value.test(v.value) : v.value === value,
  );
  if (!hit) throw new Error(`"${String(value)}" is not on sheet ${sheet.name}`);
  return hit.address;
}

export function has(sheet: SheetSpec, value: CellValue | RegExp): boolean {
  try {
    find(sheet, value);
    return true;
  } catch {
    return false;
  }
}

/** Values of one row (1-based, as on screen) from column A, undefined where empty. */
export function rowValues(sheet: SheetSpec, row1: number): (CellValue | undefined)[] {
  return (sheet.cells[row1 - 1] ?? []).map((cell) => (cell && 'value' in cell ? cell.value : undefined));
}

/** The style of a cell; export sheets style every cell exactly once, so more than one range is an error. */
export function styleAt(sheet: SheetSpec, address: string): CellStyle {
  const { row, col } = parseCellAddress(address);
  const hits = (sheet.styles ?? []).filter((s) => {
    const r = parseRangeAddress(s.range);
    return row >= r.firstRow && row <= r.lastRow && col >= r.firstCol && col <= r.lastCol;
  });
  if (hits.length !== 1) throw new Error(`${address} on ${sheet.name} is styled by ${hits.length} ranges`);
  return hits[0].style;
}

/** The merged range a cell belongs to, if any. */
export function mergeOf(sheet: SheetSpec, address: string): string | undefined {
  const { row, col } = parseCellAddress(address);
  return (sheet.merges ?? []).find((m) => {
    const r = parseRangeAddress(m);
    return row >= r.firstRow && row <= r.lastRow && col >= r.firstCol && col <= r.lastCol;
  });
}

export function sheetNamed(workbook: WorkbookSpec, name: string): SheetSpec {
  const sheet = workbook.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet "${name}" in ${workbook.sheets.map((s) => s.name).join(', ')}`);
  return sheet;
}

/** Rows, 1-based, whose first cell holds text that starts with `prefix`. */
export function rowStartingWith(sheet: SheetSpec, prefix: string): number {
  const index = sheet.cells.findIndex((row) => {
    const first = row[0];
    return first !== undefined && 'value' in first && String(first.value).startsWith(prefix);
  });
  if (index < 0) throw new Error(`no row starts with "${prefix}" on ${sheet.name}`);
  return index + 1;
}
