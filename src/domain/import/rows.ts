/** Row bookkeeping shared by the importers: empty rows and summary rows are reported, never dropped unseen. */
import type { DomainIssue } from '../issues';
import { foldKey } from './fold';
import { cellAt, isBlank, sheetRowNumber, type GridOrigin, type ImportGrid } from './grid';
import type { ColumnMapping } from './mapping';

/** Labels of the total and mean rows at the foot of a list ("Tổng cộng", "Trung bình"). */
const SUMMARY_LABELS = ['tong', 'cong', 'tong cong', 'tong so', 'trung binh', 'binh quan', 'diem trung binh'];

export function isSummaryLabel(text: string): boolean {
  return SUMMARY_LABELS.includes(foldKey(text));
}

/** Every column the mapping reads. */
export function mappedColumns(mapping: ColumnMapping): number[] {
  const person = [
    mapping.name,
    mapping.team,
    mapping.role,
    mapping.position,
    mapping.gender,
    mapping.female,
    mapping.birthDate,
    mapping.staffCode,
    mapping.hireDate,
  ].filter((column): column is number => column !== undefined);
  return [...person, ...mapping.criteria.map((c) => c.column), ...mapping.totals.map((t) => t.column)];
}

/**
 * True when a row holds something in a column the mapping reads. Rows with only an order number (STT)
 * or notes are empty for the import: templates often come pre-numbered far below the last person.
 */
export function rowHasData(grid: ImportGrid, row: number, columns: readonly number[]): boolean {
  return columns.some((column) => !isBlank(cellAt(grid, row, column)));
}

/** Data rows: after the header, up to the last row with data (empty rows at the end are no rows at all). */
export function dataRowEnd(grid: ImportGrid, headerRows: number, columns: readonly number[]): number {
  let end = grid.length;
  while (end > headerRows && !rowHasData(grid, end - 1, columns)) end--;
  return end;
}

/** One info issue listing the empty rows met between data rows. */
export function emptyRowsIssue(rows: number[], origin: GridOrigin, sheet: string): DomainIssue[] {
  if (rows.length === 0) return [];
  const numbers = rows.map((row) => sheetRowNumber(origin, row));
  const shown = numbers.length > 10 ? `${numbers.slice(0, 10).join(', ')}…` : numbers.join(', ');
  return [
    {
      code: 'import.empty-rows',
      severity: 'info',
      message: `Trang "${sheet}": bỏ qua ${numbers.length} dòng không có dữ liệu ở các cột đã chọn (dòng ${shown}).`,
    },
  ];
}
