/**
 * Finds the rows of a sheet by the key each carries (mã cán bộ, mã tổ), so the order of the rows never
 * matters: a sorted, filtered or hand-inserted row is found where it is. A row with content but no key,
 * and a key that appears twice, are errors naming the cell; the first of two equal keys is the one
 * MATCH finds, so it is the one read.
 */
import type { DomainIssue } from '../../domain/issues';
import { keyMatch } from '../../domain/scoring/keys';
import { cellAddress } from '../a1';
import type { CellValue } from '../grid';
import { cellText, isBlankCell } from './cell-reader';

export interface KeyedRowsRequest {
  sheet: string;
  firstRow: number;
  keyCol: number;
  /** Columns whose content makes a row a data row even without a key (typed scores). */
  dataCols?: readonly number[];
  /** "mã cán bộ" or "mã tổ", for messages. */
  what: string;
}

export interface KeyedRows {
  /** 0-based row of each key, by keyMatch(key). */
  rows: Map<string, number>;
  /** The key as written on each row found. */
  keys: Map<number, string>;
  issues: DomainIssue[];
}

export function findKeyedRows(values: readonly CellValue[][], request: KeyedRowsRequest): KeyedRows {
  const { sheet, firstRow, keyCol, what } = request;
  const rows = new Map<string, number>();
  const keys = new Map<number, string>();
  const issues: DomainIssue[] = [];
  const report = (code: string, row: number, message: string) => {
    const address = cellAddress(row, keyCol);
    issues.push({
      code,
      severity: 'error',
      message: `Ô ${address} trang "${sheet}": ${message}`,
      location: { sheet, address },
    });
  };
  for (let row = firstRow; row < values.length; row++) {
    const line = values[row] ?? [];
    const key = cellText(line[keyCol]);
    if (key === '') {
      const data = (request.dataCols ?? []).filter((col) => !isBlankCell(line[col]));
      if (data.length > 0) {
        report(
          'sheet.row-without-key',
          row,
          `dòng ${row + 1} có ${data.length} ô đã nhập (${data.map((col) => cellAddress(row, col)).join(', ')}) nhưng chưa có ${what}, nên không biết là của ai và không được đọc. Hãy ghi ${what} vào ô này.`,
        );
      }
      continue;
    }
    const match = keyMatch(key);
    const earlier = rows.get(match);
    if (earlier !== undefined) {
      report(
        'sheet.duplicate-key',
        row,
        `${what} "${key}" đã có ở dòng ${earlier + 1}; mỗi ${what} chỉ được có một dòng, nên dòng ${row + 1} không được đọc (công thức cũng chỉ tìm thấy dòng ${earlier + 1}). Hãy sửa mã hoặc xóa dòng thừa.`,
      );
      continue;
    }
    rows.set(match, row);
    keys.set(row, key);
  }
  return { rows, keys, issues };
}
