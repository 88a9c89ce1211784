/**
 * Builds the "Quy chế" sheet from blocks each area contributes: key/value sections (entries.ts contract,
 * columns A–D) and tables (rounds, bands…). Table rows leave column A empty, so readQuyCheEntries never
 * mistakes them for settings; a table's first column (B) holds each row's id.
 */
import { cellAddress, rangeAddress, sheetRef } from '../a1';
import type { Cell, CellValue, DataValidationSpec, NamedRangeSpec, SheetSpec, StyledRange } from '../grid';
import { QUY_CHE_COLUMNS } from './entries';
import type { QuyCheSection } from './entries';

export interface QuyCheTableColumn {
  header: string;
  numberFormat?: string;
  /** Validation of the column's data cells; the range is filled in here. */
  validation?: Omit<DataValidationSpec, 'range'>;
  /** Workbook name bound to the column's data cells, for formulas on other sheets. */
  name?: string;
  /** Editable by the user when the sheet is protected. */
  editable?: boolean;
}

export interface QuyCheTable {
  /** Machine key of the table, e.g. "scoring.rounds"; locates it in the layout. */
  key: string;
  title: string;
  columns: QuyCheTableColumn[];
  /** values[0] is the row's id (first column). */
  rows: { id: string; values: CellValue[] }[];
}

export type QuyCheBlock = { section: QuyCheSection } | { table: QuyCheTable };

export interface QuyCheTableLayout {
  /** 0-based row of each table row, by id. */
  rows: Record<string, number>;
  /** 0-based column of each table column, in order. */
  columns: number[];
  headerRow: number;
}

export interface QuyCheLayout {
  /** A1 address of the value cell of each key. */
  entries: Record<string, string>;
  tables: Record<string, QuyCheTableLayout>;
}

export interface BuiltQuyChe {
  sheet: SheetSpec;
  names: NamedRangeSpec[];
  layout: QuyCheLayout;
}

/** First table column: B, leaving column A (keys) empty. */
export const TABLE_FIRST_COLUMN = 1;
const HEADER_FILL = '#D9E1F2';
const SECTION_FILL = '#FCE4D6';
const KEY_COLOR = '#808080';

/** One key/value section drawn from `firstRow` down: its title, header and entry rows (columns A–D). */
export interface RenderedQuyCheSection {
  /** rows[0] is the sheet's row `firstRow`. */
  rows: (Cell | undefined)[][];
  styles: StyledRange[];
  validations: DataValidationSpec[];
  names: NamedRangeSpec[];
  /** A1 address of each key's value cell (first occurrence). */
  entries: Record<string, string>;
}

/** Columns a section occupies: A (key) to D (note). */
export const SECTION_WIDTH = 4;

export function renderQuyCheSection(
  sheetName: string,
  section: QuyCheSection,
  firstRow: number,
): RenderedQuyCheSection {
  const out: RenderedQuyCheSection = { rows: [], styles: [], validations: [], names: [], entries: {} };
  const { styles, validations, names } = out;
  const absolute = (range: string) => `${sheetRef(sheetName)}!${range}`;
  const at = (row: number, col: number, cell: Cell) => {
    while (out.rows.length <= row - firstRow) out.rows.push([]);
    out.rows[row - firstRow][col] = cell;
  };
  let row = firstRow;
  at(row, 0, { value: section.title });
  styles.push({ range: rangeAddress(row, 0, row, 3), style: { bold: true, fill: SECTION_FILL } });
  row++;
  ['Khóa', 'Nội dung', 'Giá trị', 'Ghi chú'].forEach((header, col) => at(row, col, { value: header }));
  styles.push({
    range: rangeAddress(row, 0, row, 3),
    style: { bold: true, fill: HEADER_FILL, borders: true },
  });
  row++;
  const first = row;
  for (const entry of section.entries) {
    at(row, QUY_CHE_COLUMNS.key, { value: entry.key });
    at(row, QUY_CHE_COLUMNS.label, { value: entry.label });
    at(row, QUY_CHE_COLUMNS.value, { value: entry.value });
    if (entry.note !== undefined) at(row, QUY_CHE_COLUMNS.note, { value: entry.note });
    const address = cellAddress(row, QUY_CHE_COLUMNS.value);
    out.entries[entry.key] ??= address; // the reader also takes the first occurrence
    if (entry.name) names.push({ name: entry.name, reference: absolute(cellAddress(row, 2, true)) });
    if (entry.validation) validations.push({ ...entry.validation, range: address });
    if (entry.numberFormat) styles.push({ range: address, style: { numberFormat: entry.numberFormat } });
    row++;
  }
  if (row > first) {
    styles.push({ range: rangeAddress(first, 0, row - 1, 3), style: { borders: true, wrapText: true } });
    styles.push({ range: rangeAddress(first, 0, row - 1, 0), style: { fontColor: KEY_COLOR } });
    styles.push({ range: rangeAddress(first, 2, row - 1, 2), style: { locked: false } });
  }
  return out;
}

export function buildQuyCheSheet(sheetName: string, title: string, blocks: QuyCheBlock[]): BuiltQuyChe {
  const cells: (Cell | undefined)[][] = [];
  const styles: StyledRange[] = [];
  const validations: DataValidationSpec[] = [];
  const names: NamedRangeSpec[] = [];
  const layout: QuyCheLayout = { entries: {}, tables: {} };
  const at = (row: number, col: number, cell: Cell) => {
    while (cells.length <= row) cells.push([]);
    cells[row][col] = cell;
  };
  const absolute = (range: string) => `${sheetRef(sheetName)}!${range}`;
  let widest = 4;

  at(0, 0, { value: title });
  styles.push({ range: 'A1', style: { bold: true, fontSize: 14 } });
  at(1, 0, {
    value:
      'Các thiết lập của sổ thi đua. Sửa ở cột "Giá trị" và các bảng bên dưới; công thức trên các trang khác dùng ngay giá trị mới. Không sửa cột "Khóa".',
  });
  styles.push({ range: 'A2', style: { italic: true } });
  let row = 3;
  for (const block of blocks) {
    if ('section' in block) {
      const rendered = renderQuyCheSection(sheetName, block.section, row);
      rendered.rows.forEach((cellsOfRow, i) =>
        cellsOfRow.forEach((cell, col) => cell && at(row + i, col, cell)),
      );
      styles.push(...rendered.styles);
      validations.push(...rendered.validations);
      names.push(...rendered.names);
      for (const [key, address] of Object.entries(rendered.entries)) layout.entries[key] ??= address;
      row += rendered.rows.length;
    } else {
      const { table } = block;
      const lastCol = TABLE_FIRST_COLUMN + table.columns.length - 1;
      widest = Math.max(widest, lastCol + 1);
      at(row, 0, { value: table.title });
      styles.push({ range: rangeAddress(row, 0, row, lastCol), style: { bold: true, fill: SECTION_FILL } });
      row++;
      const headerRow = row;
      table.columns.forEach((column, i) => at(row, TABLE_FIRST_COLUMN + i, { value: column.header }));
      styles.push({
        range: rangeAddress(row, TABLE_FIRST_COLUMN, row, lastCol),
        style: { bold: true, fill: HEADER_FILL, borders: true, wrapText: true },
      });
      row++;
      const first = row;
      const tableLayout: QuyCheTableLayout = {
        rows: {},
        columns: table.columns.map((_, i) => TABLE_FIRST_COLUMN + i),
        headerRow,
      };
      for (const tableRow of table.rows) {
        tableRow.values.forEach((value, i) => at(row, TABLE_FIRST_COLUMN + i, { value }));
        tableLayout.rows[tableRow.id] = row;
        row++;
      }
      // An empty table still gets one (blank) row, so its names refer to a valid range.
      const last = Math.max(first, row - 1);
      styles.push({
        range: rangeAddress(first, TABLE_FIRST_COLUMN, last, lastCol),
        style: { borders: true },
      });
      table.columns.forEach((column, i) => {
        const col = TABLE_FIRST_COLUMN + i;
        const range = rangeAddress(first, col, last, col);
        if (column.numberFormat) styles.push({ range, style: { numberFormat: column.numberFormat } });
        if (column.editable) styles.push({ range, style: { locked: false } });
        if (column.validation) validations.push({ ...column.validation, range });
        if (column.name) {
          names.push({ name: column.name, reference: absolute(rangeAddress(first, col, last, col, true)) });
        }
      });
      layout.tables[table.key] = tableLayout;
      row = last + 1;
    }
    row++; // a blank row between blocks
  }
  const widths = [150, 230, 120, 260];
  for (let col = 4; col < widest; col++) widths.push(110);
  return {
    sheet: {
      name: sheetName,
      cells,
      columnWidths: widths,
      styles,
      validations,
      protect: true,
      tabColor: '#C00000',
      pageSetup: {
        orientation: 'portrait',
        paperSize: 'A4',
        margins: { top: 0.75, bottom: 0.75, left: 0.7, right: 0.7 },
        fitToWidth: true,
      },
    },
    names,
    layout,
  };
}
