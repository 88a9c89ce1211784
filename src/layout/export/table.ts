/**
 * A bordered table over all the sheet's columns: one header row, or two when some columns sit under a
 * group heading ("Kết quả biểu quyết" over Đồng ý / Tổng số / Tỉ lệ). The header rows are returned so the
 * caller can repeat them on every printed page.
 */
import type { CellValue, HorizontalAlignment } from '../grid';
import type { SheetBuilder } from './sheet-builder';

export interface TableColumn {
  header: string;
  align: HorizontalAlignment;
  numberFormat?: string;
  /** Long text (names of forms, notes) wraps inside its column. */
  wrap?: boolean;
}

export interface TableGroup {
  header: string;
  firstCol: number;
  lastCol: number;
}

/** data: one cell per column; section: a heading across the table; total: a bold data row. */
export interface TableRow {
  kind: 'data' | 'section' | 'total';
  cells: CellValue[];
}

export interface TableSpec {
  columns: TableColumn[];
  groups?: TableGroup[];
  rows: TableRow[];
}

export interface WrittenTable {
  headerFirstRow: number;
  headerLastRow: number;
  /** Rows of kind 'data', in order. */
  dataRows: number[];
}

function writeHeader(b: SheetBuilder, spec: TableSpec): { first: number; last: number } {
  const groups = spec.groups ?? [];
  const first = b.addRow();
  const last = groups.length > 0 ? b.addRow() : first;
  const grouped = new Set(groups.flatMap((g) => range(g.firstCol, g.lastCol)));
  spec.columns.forEach((column, col) => {
    const row = grouped.has(col) ? last : first;
    b.set(row, col, column.header);
    if (!grouped.has(col)) b.merge(first, col, last, col);
  });
  for (const group of groups) b.spanned(first, group.firstCol, group.lastCol, group.header);
  b.style(first, 0, last, b.lastColumn, {
    bold: true,
    horizontalAlignment: 'center',
    verticalAlignment: 'center',
    wrapText: true,
    borders: true,
  });
  return { first, last };
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export function writeTable(b: SheetBuilder, spec: TableSpec): WrittenTable {
  if (spec.columns.length !== b.columnCount) {
    throw new RangeError(`Bảng có ${spec.columns.length} cột nhưng trang tính có ${b.columnCount} cột.`);
  }
  const header = writeHeader(b, spec);
  const dataRows: number[] = [];
  for (const tableRow of spec.rows) {
    const row = b.addRow();
    if (tableRow.kind === 'section') {
      b.spanned(row, 0, b.lastColumn, tableRow.cells[0] ?? null, {
        bold: true,
        horizontalAlignment: 'left',
        borders: true,
      });
      continue;
    }
    if (tableRow.kind === 'data') dataRows.push(row);
    spec.columns.forEach((column, col) => {
      b.set(row, col, tableRow.cells[col] ?? null);
      b.style(row, col, row, col, {
        horizontalAlignment: column.align,
        borders: true,
        wrapText: column.wrap ?? false,
        ...(column.numberFormat ? { numberFormat: column.numberFormat } : {}),
        ...(tableRow.kind === 'total' ? { bold: true } : {}),
      });
    });
  }
  return { headerFirstRow: header.first, headerLastRow: header.last, dataRows };
}

/** "$9:$10": the header rows for pageSetup.printTitleRows. */
export function printTitleRows(table: WrittenTable): string {
  return `$${table.headerFirstRow + 1}:$${table.headerLastRow + 1}`;
}
