/**
 * Reads "Lịch sử" back: rows found by mã wherever they are, year columns by their headers ("2019-2020"),
 * so a sorted sheet or a column the school added for an older year reads the same. A cell that is not a
 * list of titles is an issue naming the cell, and that cell only is left out (never read as "no title").
 */
import type { DomainIssue } from '../../domain/issues';
import type { TitleHistory } from '../../domain/history';
import { parseSchoolYearLabel, parseTitlesText, schoolYearLabel } from '../../domain/history';
import { nameMatchKey } from '../../domain/text';
import { cellAddress } from '../a1';
import type { CellValue } from '../grid';
import { cellText } from '../scoring/cell-reader';
import { findKeyedRows } from '../scoring/keyed-rows';
import { HISTORY_HEADERS, NO_TITLE_WORDS } from './constants';

export interface HistoryReadResult {
  history: TitleHistory;
  issues: DomainIssue[];
}

const HEADER_SEARCH_ROWS = 12;
const KNOWN_HEADERS = new Set(
  [...Object.values(HISTORY_HEADERS), 'Tổ', 'Ghi chú'].map((h) => nameMatchKey(h)),
);

function findHeaderRow(values: readonly CellValue[][]): { row: number; keyCol: number } | undefined {
  for (let row = 0; row < Math.min(values.length, HEADER_SEARCH_ROWS); row++) {
    const keyCol = (values[row] ?? []).findIndex(
      (cell) => nameMatchKey(cellText(cell)) === nameMatchKey(HISTORY_HEADERS.code),
    );
    if (keyCol >= 0) return { row, keyCol };
  }
  return undefined;
}

export function readHistorySheet(values: readonly CellValue[][], sheet: string): HistoryReadResult {
  const issues: DomainIssue[] = [];
  const at = (row: number, col: number) => ({ sheet, address: cellAddress(row, col) });
  const header = findHeaderRow(values);
  if (!header) {
    return {
      history: [],
      issues: [
        {
          code: 'history.read.no-header',
          severity: 'warning',
          message: `Trang "${sheet}" không có dòng tiêu đề với cột "${HISTORY_HEADERS.code}", nên lịch sử danh hiệu không được đọc. Hãy đặt lại tiêu đề "${HISTORY_HEADERS.code}" cho cột mã cán bộ.`,
        },
      ],
    };
  }
  const years = new Map<number, number>();
  (values[header.row] ?? []).forEach((cell, col) => {
    const text = cellText(cell);
    if (col === header.keyCol || text === '' || KNOWN_HEADERS.has(nameMatchKey(text))) return;
    const year = parseSchoolYearLabel(text);
    if (year === undefined) {
      issues.push({
        code: 'history.read.bad-year-header',
        severity: 'warning',
        message: `Ô ${cellAddress(header.row, col)} trang "${sheet}": tiêu đề "${text}" không phải năm học (ghi dạng 2019-2020), nên cột này không được đọc.`,
        location: at(header.row, col),
      });
      return;
    }
    const earlier = years.get(year);
    if (earlier !== undefined) {
      issues.push({
        code: 'history.read.duplicate-year',
        severity: 'error',
        message: `Ô ${cellAddress(header.row, col)} trang "${sheet}": năm học ${schoolYearLabel(year)} đã có ở cột ${cellAddress(header.row, earlier)}, nên cột này không được đọc. Gộp hai cột làm một.`,
        location: at(header.row, col),
      });
      return;
    }
    years.set(year, col);
  });
  const rows = findKeyedRows(values as CellValue[][], {
    sheet,
    firstRow: header.row + 1,
    keyCol: header.keyCol,
    dataCols: [...years.values()],
    what: 'mã cán bộ',
  });
  issues.push(...rows.issues);
  const history: TitleHistory = [];
  for (const [row, personId] of rows.keys) {
    for (const [year, col] of years) {
      const text = cellText(values[row]?.[col]);
      if (text === '' || NO_TITLE_WORDS.includes(nameMatchKey(text))) continue;
      const parsed = parseTitlesText(text);
      if (!parsed.ok) {
        issues.push({
          code: 'history.read.bad-titles',
          severity: 'error',
          message: `Ô ${cellAddress(row, col)} trang "${sheet}": mã ${personId}, năm học ${schoolYearLabel(year)}: ${parsed.reason}, nên chưa đọc ô này. Sửa ô ${cellAddress(row, col)}.`,
          location: at(row, col),
        });
        continue;
      }
      if (parsed.titles.length > 0)
        history.push({ personId, year, titles: parsed.titles, location: at(row, col) });
    }
  }
  return { history, issues };
}
