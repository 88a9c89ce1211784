/**
 * Builds "Lịch sử": every person's titles by earlier school year, keyed by mã (a value, like every sheet's
 * key), titles as text ("LĐTT, CSTĐCS") the school can correct or type in from paper records.
 */
import type { TitleHistory } from '../../domain/history';
import { historyYears, schoolYearLabel, titlesText } from '../../domain/history';
import type { SchoolRoster } from '../../domain/school/types';
import { rangeAddress } from '../a1';
import type { Cell, SheetSpec } from '../grid';
import {
  HISTORY_COLUMNS,
  HISTORY_HEADER_ROW,
  HISTORY_HEADERS,
  HISTORY_MIN_EARLIER_YEARS,
  LICH_SU_SHEET,
} from './constants';

export interface HistorySheetInput {
  roster: SchoolRoster;
  history: TitleHistory;
  /** The current school year by its first calendar year; the sheet shows the years before it. */
  currentYear: number | undefined;
  sheetName?: string;
}

export interface HistoryLayout {
  sheet: string;
  /** The school years of the columns, oldest first, from HISTORY_COLUMNS.firstYear on. */
  years: number[];
  /** 0-based row of each person's mã. */
  rows: Map<string, number>;
}

/** The years shown: the last few before the current one, and every year the history holds. */
export function historyColumns(history: TitleHistory, currentYear: number | undefined): number[] {
  const recent =
    currentYear === undefined
      ? []
      : Array.from({ length: HISTORY_MIN_EARLIER_YEARS }, (_, i) => currentYear - 1 - i);
  return [...new Set([...recent, ...historyYears(history)])].sort((a, b) => a - b);
}

export function buildHistorySheet(input: HistorySheetInput): { sheet: SheetSpec; layout: HistoryLayout } {
  const { roster, history, currentYear } = input;
  const name = input.sheetName ?? LICH_SU_SHEET;
  const years = historyColumns(history, currentYear);
  const names = new Map(roster.staff.map((p) => [p.id, p.fullName]));
  // The roster first, in its order; then anyone the history knows who has left (their years stay).
  const ids = [...roster.staff.map((p) => p.id)];
  for (const e of history) if (!ids.includes(e.personId)) ids.push(e.personId);
  const titles = new Map(history.map((e) => [`${e.personId}\u0000${e.year}`, titlesText(e.titles)]));

  const cells: (Cell | undefined)[][] = [];
  cells[0] = [{ value: 'LỊCH SỬ DANH HIỆU THI ĐUA' }];
  cells[1] = [
    {
      value: `${currentYear === undefined ? '' : `Năm học hiện tại: ${schoolYearLabel(currentYear)}. `}Mỗi dòng là một người, nhận theo Mã ở cột B; mỗi cột là một năm học trước. Ghi danh hiệu đã được công nhận, cách nhau bởi dấu phẩy: LĐTT, CSTĐCS, CSTĐ tỉnh.`,
    },
  ];
  cells[2] = [
    {
      value:
        'Có thể ghi thêm các năm cũ theo hồ sơ giấy, hoặc thêm cột với tiêu đề năm học (ví dụ 2017-2018). Điều kiện nhiều năm (CSTĐ cấp tỉnh: CSTĐCS nhiều năm liền) đọc trang này.',
    },
  ];
  const last = HISTORY_COLUMNS.firstYear + years.length - 1;
  cells[HISTORY_HEADER_ROW] = [
    { value: HISTORY_HEADERS.index },
    { value: HISTORY_HEADERS.code },
    { value: HISTORY_HEADERS.name },
    ...years.map((y) => ({ value: schoolYearLabel(y) })),
  ];
  const rows = new Map<string, number>();
  ids.forEach((id, i) => {
    const row = HISTORY_HEADER_ROW + 1 + i;
    rows.set(id, row);
    cells[row] = [
      { value: i + 1 },
      { value: id },
      { value: names.get(id) ?? '' },
      ...years.map((y) => ({ value: titles.get(`${id}\u0000${y}`) ?? '' })),
    ];
  });
  const lastRow = HISTORY_HEADER_ROW + Math.max(ids.length, 1);
  const header = rangeAddress(HISTORY_HEADER_ROW, 0, HISTORY_HEADER_ROW, last);
  return {
    sheet: {
      name,
      cells,
      columnWidths: [36, 70, 180, ...years.map(() => 110)],
      styles: [
        { range: 'A1', style: { bold: true, fontSize: 14 } },
        { range: 'A2:A3', style: { italic: true } },
        {
          range: header,
          style: {
            bold: true,
            fill: '#D9E1F2',
            horizontalAlignment: 'center',
            wrapText: true,
            borders: true,
          },
        },
        {
          range: rangeAddress(HISTORY_HEADER_ROW + 1, 0, lastRow, last),
          style: { borders: true },
        },
        // Mã and titles stay text: "001" keeps its zeros, "CSTĐCS" is never read as anything else.
        {
          range: rangeAddress(HISTORY_HEADER_ROW + 1, HISTORY_COLUMNS.code, lastRow, HISTORY_COLUMNS.code),
          style: { numberFormat: '@' },
        },
        {
          range: rangeAddress(HISTORY_HEADER_ROW + 1, HISTORY_COLUMNS.firstYear, lastRow, last),
          style: { numberFormat: '@', locked: false },
        },
      ],
      freeze: { rows: HISTORY_HEADER_ROW + 1, columns: HISTORY_COLUMNS.firstYear },
      pageSetup: {
        orientation: 'landscape',
        paperSize: 'A4',
        margins: { top: 0.5, bottom: 0.5, left: 0.4, right: 0.4 },
        fitToWidth: true,
        printTitleRows: `$${HISTORY_HEADER_ROW + 1}:$${HISTORY_HEADER_ROW + 1}`,
      },
    },
    layout: { sheet: name, years, rows },
  };
}
