/**
 * Reads the "Chỉ tiêu" sheet's layout back from its values: the target table (header row, rows by mã) and
 * the small table the chart is drawn from (header "Danh hiệu", "Chỉ tiêu", "Kết quả", one row per title
 * target). The chart then follows the sheet as it is now, even after the user added or removed rows.
 */
import { rangeAddress } from '../a1';
import type { CellValue } from '../grid';
import { TARGET_COLUMNS, TARGET_HEADERS, type TargetsLayout } from '../targets';
import { findHeader } from '../targets/targets-read';

/** The chart table's first header, as buildTargetsSheet writes it beside "Chỉ tiêu" and "Kết quả". */
export const CHART_TABLE_FIRST_HEADER = 'Danh hiệu';

const text = (value: CellValue | undefined): string =>
  typeof value === 'string' ? value.normalize('NFC').trim() : value == null ? '' : String(value);

function isChartHeaderAt(values: CellValue[][], r: number, c: number): boolean {
  const row = values[r] ?? [];
  return (
    text(row[c]) === CHART_TABLE_FIRST_HEADER &&
    text(row[c + 1]) === TARGET_HEADERS.count &&
    text(row[c + 2]) === TARGET_HEADERS.result
  );
}

/** The chart's source range: its header and the rows below while the category column is filled. */
export function chartRangeFromValues(values: CellValue[][]): string | undefined {
  for (let r = 0; r < values.length; r++) {
    for (let c = 0; c < (values[r]?.length ?? 0); c++) {
      if (!isChartHeaderAt(values, r, c)) continue;
      let last = r;
      while (text(values[last + 1]?.[c]) !== '') last++;
      return last === r ? undefined : rangeAddress(r, c, last, c + 2);
    }
  }
  return undefined;
}

/** Undefined when the sheet has no target table (its header row with Mã, Danh hiệu, Loại, Chỉ tiêu). */
export function targetsLayoutFromValues(values: CellValue[][], sheet: string): TargetsLayout | undefined {
  const found = findHeader(values, TARGET_HEADERS, ['id', 'label', 'type', 'count']);
  if (!found) return undefined;
  const idCol = found.cols.id ?? TARGET_COLUMNS.id;
  const rows = new Map<string, number>();
  let lastRow = found.row;
  for (let r = found.row + 1; r < values.length; r++) {
    const id = text(values[r]?.[idCol]);
    if (id === '') continue;
    if (!rows.has(id)) rows.set(id, r);
    lastRow = r;
  }
  const chartRange = chartRangeFromValues(values);
  return {
    sheet,
    headerRow: found.row,
    firstRow: found.row + 1,
    lastRow,
    rows,
    ...(chartRange ? { chartRange } : {}),
  };
}
