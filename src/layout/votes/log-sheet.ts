/**
 * "Nhật ký phiếu", the audit log: one row per event, never rewritten. Recording a ballot appends ONE row;
 * an undo or a correction appends its row and changes ONE status cell of the row it acts on; every append
 * also rewrites the seal at the top (number of rows, last check value), all in the same sync. "Kiểm phiếu"
 * counts from the rows whose status is "Hiệu lực".
 *
 * Columns: STT, vòng, số phiếu, thời điểm (a real date-time shown dd/mm/yyyy hh:mm), người nhập, loại,
 * phiếu hỏng (X), trạng thái, liên quan (STT of the row acted on), ghi chú (absent member's name), thu vào /
 * không hợp lệ (manual counts), hợp lệ (formula), mã kiểm tra (the row's chained check value, see
 * domain/votes/log-check.ts), one "quá số suất" formula column per title, then one column per candidate
 * (Đ / K / empty; a manual count puts its agree total there) and one column per candidate for a manual
 * count's disagree total.
 *
 * Headers are Vietnamese only: row 2 names the title (danh hiệu) above each candidate's column, row 3 the
 * candidate as "Họ và tên (mã)". Reading finds a candidate's column by that header and the mã in it, so no
 * internal key is shown. The only machine value users see is the short "Mã kiểm tra" (grey), which is what
 * lets a deleted, inserted, moved or edited row be found. Logs of the earlier format (machine keys in row
 * 2, no check values) are still read, and said to be of the old format.
 */
import { cellAddress, columnLetter, rangeAddress } from '../a1';
import { formulaCell, valueCell, type Cell, type SheetSpec } from '../grid';
import { TITLES, TITLE_IDS, type TitleId } from '../../domain/titles';
import {
  entryChecks,
  keyOf,
  localDateTime,
  LOG_CHAIN_START,
  type BallotState,
  type Candidate,
  type CandidateKey,
  type LogEntry,
  type Meeting,
} from '../../domain/votes';
import {
  COUNTING_RULE_LABELS,
  LOG_KIND_LABELS,
  LOG_STATUS_LABELS,
  MARK_TEXT,
  NO,
  SPOILED_MARK,
  YES,
} from './labels';
import { VOTE_NAMES } from './names';

export const BALLOT_LOG_SHEET = 'Nhật ký phiếu';

/**
 * Rows the "Kiểm phiếu" formulas read. A meeting of 60 staff with two rounds and some undos stays far
 * below it; when the log nears the bound the adapter rebuilds "Kiểm phiếu" with logCapacityFor(rows).
 */
export const DEFAULT_LOG_CAPACITY = 500;

/** The next multiple of 500 that leaves at least 100 free rows. */
export function logCapacityFor(rowsUsed: number): number {
  return Math.max(
    DEFAULT_LOG_CAPACITY,
    Math.ceil((rowsUsed + 100) / DEFAULT_LOG_CAPACITY) * DEFAULT_LOG_CAPACITY,
  );
}

/** Fixed columns (0-based). */
export const LOG_COLUMNS = {
  stt: 0,
  round: 1,
  number: 2,
  time: 3,
  enteredBy: 4,
  kind: 5,
  spoiled: 6,
  status: 7,
  related: 8,
  note: 9,
  returned: 10,
  invalid: 11,
  valid: 12,
  check: 13,
} as const;

export type LogField = keyof typeof LOG_COLUMNS;

const FIXED_HEADERS: Record<LogField, string> = {
  stt: 'STT',
  round: 'Vòng',
  number: 'Số phiếu',
  time: 'Thời điểm',
  enteredBy: 'Người nhập',
  kind: 'Loại',
  spoiled: 'Phiếu hỏng',
  status: 'Trạng thái',
  related: 'Liên quan (STT)',
  note: 'Ghi chú',
  returned: 'Thu vào (đếm tay)',
  invalid: 'Không hợp lệ (đếm tay)',
  valid: 'Hợp lệ',
  check: 'Mã kiểm tra',
};

/** Headers of the earlier format still accepted when reading (the time column was "Thời gian"). */
export const OLD_FIXED_HEADERS: Partial<Record<LogField, string>> = { time: 'Thời gian' };

export const logFieldHeader = (field: LogField): string => FIXED_HEADERS[field];

/**
 * Row 1 title and seal, row 2 danh hiệu above the candidates' columns (and how to use the sheet), row 3
 * headers, data from row 4. In the earlier format row 2 held machine keys ("stt", "LDTT:GV01"…).
 */
export const LOG_TITLE_ROW = 0;
export const LOG_GROUP_ROW = 1;
export const LOG_HEADER_ROW = 2;
export const LOG_FIRST_DATA_ROW = 3;

/**
 * The seal, on row 1: number of rows written and the last row's check value, rewritten with every append so
 * deleting the last rows is found too (a deleted middle row already breaks the chain).
 */
export const LOG_SEAL = { row: LOG_TITLE_ROW, countCol: 8, checkCol: 9, labelCol: 7 } as const;
export const LOG_SEAL_RANGE = rangeAddress(LOG_SEAL.row, LOG_SEAL.countCol, LOG_SEAL.row, LOG_SEAL.checkCol);

/** Machine keys of the earlier format's row 2, kept only to read old logs. */
export const OLD_FORMAT_KEYS = { disagreeSuffix: '#K', overPrefix: 'over:' } as const;

/** The number format of "Thời điểm". */
export const LOG_TIME_FORMAT = 'dd/mm/yyyy hh:mm';

/** Row 3 header of a candidate's column: "Nguyễn Văn An (GV01)"; row 2 above it names the title. */
export const candidateHeader = (c: Candidate): string => `${c.name} (${c.id})`;
export const markGroupHeader = (titleId: TitleId): string => TITLES[titleId].shortLabel;
export const disagreeGroupHeader = (titleId: TitleId): string =>
  `${TITLES[titleId].shortLabel} – Không đồng ý (đếm tay)`;
export const OVER_GROUP_HEADER = 'Quá số suất';

export interface BallotLogLayout {
  sheetName: string;
  /** Candidates in column order: grouped by title so each title's columns are contiguous. */
  candidates: Candidate[];
  titles: TitleId[];
  overColumn: Partial<Record<TitleId, number>>;
  candidateColumn: Record<CandidateKey, number>;
  disagreeCountColumn: Record<CandidateKey, number>;
  lastColumn: number;
  /** Data rows the formulas read: LOG_FIRST_DATA_ROW … LOG_FIRST_DATA_ROW + capacity − 1. */
  capacity: number;
}

export function ballotLogLayout(
  meeting: Meeting,
  options: { sheetName?: string; capacity?: number } = {},
): BallotLogLayout {
  const titles = TITLE_IDS.filter((t) => meeting.candidates.some((c) => c.titleId === t));
  const candidates = titles.flatMap((t) => meeting.candidates.filter((c) => c.titleId === t));
  let col = LOG_COLUMNS.check + 1;
  const overColumn: Partial<Record<TitleId, number>> = {};
  for (const t of titles) overColumn[t] = col++;
  const candidateColumn: Record<CandidateKey, number> = {};
  for (const c of candidates) candidateColumn[keyOf(c)] = col++;
  const disagreeCountColumn: Record<CandidateKey, number> = {};
  for (const c of candidates) disagreeCountColumn[keyOf(c)] = col++;
  return {
    sheetName: options.sheetName ?? BALLOT_LOG_SHEET,
    candidates,
    titles,
    overColumn,
    candidateColumn,
    disagreeCountColumn,
    lastColumn: col - 1,
    capacity: options.capacity ?? DEFAULT_LOG_CAPACITY,
  };
}

/** The sheet row (0-based) of the entry with this STT. */
export const logRowOf = (seq: number): number => LOG_FIRST_DATA_ROW + seq - 1;

function titleRange(layout: BallotLogLayout, titleId: TitleId, row: number): string {
  const cols = layout.candidates
    .filter((c) => c.titleId === titleId)
    .map((c) => layout.candidateColumn[keyOf(c)]);
  return rangeAddress(row, Math.min(...cols), row, Math.max(...cols));
}

function allCandidatesRange(layout: BallotLogLayout, row: number): string {
  const cols = Object.values(layout.candidateColumn);
  return rangeAddress(row, Math.min(...cols), row, Math.max(...cols));
}

/**
 * Hợp lệ: not spoiled by the tellers and, under the "whole ballot invalid" rule, neither over-marked for a
 * title nor without any mark. A formula, so changing the counting rule on "Quy chế" recounts every row.
 */
function validFormula(layout: BallotLogLayout, row: number): string {
  const spoiled = cellAddress(row, LOG_COLUMNS.spoiled);
  if (layout.candidates.length === 0) return `=IF(${spoiled}="${SPOILED_MARK}","${NO}","${YES}")`;
  const overs = layout.titles.map((t) => `${cellAddress(row, layout.overColumn[t]!)}="${YES}"`);
  const all = allCandidatesRange(layout, row);
  const unmarked = `COUNTIF(${all},"${MARK_TEXT.agree}")+COUNTIF(${all},"${MARK_TEXT.disagree}")=0`;
  const ruleInvalid = `${VOTE_NAMES.countingRule}="${COUNTING_RULE_LABELS.invalid}"`;
  return `=IF(OR(${spoiled}="${SPOILED_MARK}",AND(${ruleInvalid},OR(${[...overs, unmarked].join(',')}))),"${NO}","${YES}")`;
}

/** Quá số suất: more Đồng ý for the title than its seats (blank seats: no limit). */
function overFormula(layout: BallotLogLayout, titleId: TitleId, row: number): string {
  const seats = VOTE_NAMES.seats(titleId);
  const agreed = `COUNTIF(${titleRange(layout, titleId, row)},"${MARK_TEXT.agree}")`;
  return `=IF(AND(ISNUMBER(${seats}),${agreed}>${seats}),"${YES}","${NO}")`;
}

/** A date-time the pane wrote becomes a real date-time number; anything else stays text. */
function timeValue(enteredAt: string): string | number {
  return localDateTime(enteredAt)?.serial ?? enteredAt;
}

/** The cells of one log row (from column A), as appended for the entry, with its check value. */
export function logRowCells(layout: BallotLogLayout, entry: LogEntry, check: string): (Cell | undefined)[] {
  const row = logRowOf(entry.seq);
  const cells: (Cell | undefined)[] = new Array(layout.lastColumn + 1).fill(undefined);
  const set = (col: number, value: string | number | null | undefined) => {
    if (value !== null && value !== undefined && value !== '') cells[col] = valueCell(value);
  };
  const { event } = entry;
  set(LOG_COLUMNS.stt, entry.seq);
  set(LOG_COLUMNS.kind, LOG_KIND_LABELS[event.kind]);
  set(LOG_COLUMNS.status, LOG_STATUS_LABELS[entry.status]);
  set(LOG_COLUMNS.related, entry.target);
  set(LOG_COLUMNS.check, check);

  const paper =
    event.kind === 'record' || event.kind === 'correct'
      ? { ...event.ballot }
      : event.kind === 'written'
        ? {
            ...event.vote,
            invalid: event.vote.invalid ?? false,
            enteredBy: event.enteredBy,
            enteredAt: event.enteredAt,
          }
        : undefined;
  if (paper) {
    set(LOG_COLUMNS.round, paper.round);
    if ('number' in paper) set(LOG_COLUMNS.number, paper.number);
    set(LOG_COLUMNS.time, timeValue(paper.enteredAt));
    set(LOG_COLUMNS.enteredBy, paper.enteredBy);
    if (paper.invalid) set(LOG_COLUMNS.spoiled, SPOILED_MARK);
    if (event.kind === 'written') set(LOG_COLUMNS.note, event.vote.memberName);
    for (const [key, mark] of Object.entries(paper.marks)) {
      const col = layout.candidateColumn[key];
      if (col !== undefined) set(col, MARK_TEXT[mark]);
    }
    cells[LOG_COLUMNS.valid] = formulaCell(validFormula(layout, row));
    for (const t of layout.titles) cells[layout.overColumn[t]!] = formulaCell(overFormula(layout, t, row));
  } else if (event.kind === 'undo') {
    set(LOG_COLUMNS.round, event.round);
    set(LOG_COLUMNS.number, event.lastNumber);
    set(LOG_COLUMNS.time, timeValue(event.enteredAt));
    set(LOG_COLUMNS.enteredBy, event.enteredBy);
  } else if (event.kind === 'withdrawWritten') {
    set(LOG_COLUMNS.round, event.round);
    set(LOG_COLUMNS.time, timeValue(event.enteredAt));
    set(LOG_COLUMNS.enteredBy, event.enteredBy);
    set(LOG_COLUMNS.note, event.memberName);
  } else if (event.kind === 'count') {
    const { count } = event;
    set(LOG_COLUMNS.round, count.round);
    set(LOG_COLUMNS.time, timeValue(count.enteredAt));
    set(LOG_COLUMNS.enteredBy, count.enteredBy);
    cells[LOG_COLUMNS.returned] = valueCell(count.returned);
    cells[LOG_COLUMNS.invalid] = valueCell(count.invalid);
    for (const c of layout.candidates) {
      const totals = count.perCandidate[keyOf(c)];
      if (!totals) continue;
      cells[layout.candidateColumn[keyOf(c)]] = valueCell(totals.agree);
      cells[layout.disagreeCountColumn[keyOf(c)]] = valueCell(totals.disagree);
    }
  }
  return cells;
}

export interface LogAppend {
  /** 0-based sheet row of the new row. */
  row: number;
  /** A1 range of the new row, e.g. "A17:T17". */
  range: string;
  cells: (Cell | undefined)[];
  /** The status cell of the row acted on (undo, correction, replacement), written in the same sync. */
  statusUpdate?: { row: number; col: number; address: string; value: string };
  /** The seal (rows written, last check value) at LOG_SEAL_RANGE, written in the same sync. */
  sealUpdate: { row: number; col: number; address: string; values: [number, string] };
}

function sealValues(state: BallotState, checks: string[]): [number, string] {
  return [state.entries.length, checks[checks.length - 1] ?? LOG_CHAIN_START];
}

/**
 * What to write for the event just applied: `state` is the state after applyEvent accepted it. The adapter
 * writes `cells` into `range` and, when present, `statusUpdate`, in a single sync.
 */
export function logRowForEvent(layout: BallotLogLayout, state: BallotState): LogAppend {
  const entry = state.entries[state.entries.length - 1];
  if (!entry) throw new RangeError('Nhật ký phiếu chưa có mục nào để ghi.');
  const row = logRowOf(entry.seq);
  const checks = entryChecks(state.entries);
  const append: LogAppend = {
    row,
    range: rangeAddress(row, 0, row, layout.lastColumn),
    cells: logRowCells(layout, entry, checks[checks.length - 1]),
    sealUpdate: {
      row: LOG_SEAL.row,
      col: LOG_SEAL.countCol,
      address: LOG_SEAL_RANGE,
      values: sealValues(state, checks),
    },
  };
  if (entry.target !== undefined) {
    const target = state.entries[entry.target - 1];
    const targetRow = logRowOf(entry.target);
    append.statusUpdate = {
      row: targetRow,
      col: LOG_COLUMNS.status,
      address: cellAddress(targetRow, LOG_COLUMNS.status),
      value: LOG_STATUS_LABELS[target.status],
    };
  }
  return append;
}

function headerRows(layout: BallotLogLayout): {
  groups: (Cell | undefined)[];
  headers: (Cell | undefined)[];
} {
  const groups: (Cell | undefined)[] = new Array(layout.lastColumn + 1).fill(undefined);
  const headers: (Cell | undefined)[] = new Array(layout.lastColumn + 1).fill(undefined);
  groups[0] = valueCell(
    'Mỗi phiếu là một dòng, ghi từ ngăn tác vụ; không sửa, xóa, chèn hay sắp xếp dòng bằng tay (dùng Hủy phiếu / Sửa phiếu): mỗi dòng có mã kiểm tra nên dòng bị đổi sẽ bị báo lỗi.',
  );
  for (const [field, col] of Object.entries(LOG_COLUMNS) as [LogField, number][]) {
    headers[col] = valueCell(FIXED_HEADERS[field]);
  }
  for (const t of layout.titles) {
    groups[layout.overColumn[t]!] = valueCell(OVER_GROUP_HEADER);
    headers[layout.overColumn[t]!] = valueCell(TITLES[t].shortLabel);
  }
  for (const c of layout.candidates) {
    const key = keyOf(c);
    groups[layout.candidateColumn[key]] = valueCell(markGroupHeader(c.titleId));
    headers[layout.candidateColumn[key]] = valueCell(candidateHeader(c));
    groups[layout.disagreeCountColumn[key]] = valueCell(disagreeGroupHeader(c.titleId));
    headers[layout.disagreeCountColumn[key]] = valueCell(candidateHeader(c));
  }
  return { groups, headers };
}

/** The log sheet with its headers and every entry of `state` (empty at the start of a meeting). */
export function buildBallotLogSheet(
  layout: BallotLogLayout,
  state: BallotState = { entries: [] },
): SheetSpec {
  const { groups, headers } = headerRows(layout);
  const checks = entryChecks(state.entries);
  const [count, last] = sealValues(state, checks);
  const title: (Cell | undefined)[] = new Array(LOG_SEAL.checkCol + 1).fill(undefined);
  title[0] = valueCell('NHẬT KÝ PHIẾU BẦU');
  title[LOG_SEAL.labelCol] = valueCell(
    `Số dòng đã ghi, mã kiểm tra dòng cuối (đọc ${layout.capacity} dòng):`,
  );
  title[LOG_SEAL.countCol] = valueCell(count);
  title[LOG_SEAL.checkCol] = valueCell(last);
  const cells: (Cell | undefined)[][] = [
    title,
    groups,
    headers,
    ...state.entries.map((e, i) => logRowCells(layout, e, checks[i])),
  ];
  const lastColumn = columnLetter(layout.lastColumn);
  const markCols = Object.values(layout.candidateColumn);
  const lastDataRow = LOG_FIRST_DATA_ROW + layout.capacity - 1;
  return {
    name: layout.sheetName,
    cells,
    columnWidths: new Array(layout.lastColumn + 1)
      .fill(60)
      .map((w, i) =>
        i === LOG_COLUMNS.time
          ? 100
          : i === LOG_COLUMNS.enteredBy || i === LOG_COLUMNS.note
            ? 110
            : i === LOG_COLUMNS.check
              ? 64
              : w,
      ),
    styles: [
      { range: 'A1', style: { bold: true, fontSize: 14 } },
      {
        range: cellAddress(LOG_SEAL.row, LOG_SEAL.labelCol),
        style: { horizontalAlignment: 'right', fontColor: '#808080', fontSize: 9 },
      },
      { range: LOG_SEAL_RANGE, style: { fontColor: '#808080', fontSize: 9 } },
      { range: 'A2', style: { italic: true, fontColor: '#595959' } },
      {
        range: rangeAddress(LOG_GROUP_ROW, LOG_COLUMNS.check + 1, LOG_GROUP_ROW, layout.lastColumn),
        style: { bold: true, fill: '#DDEBF7', horizontalAlignment: 'center' },
      },
      {
        range: rangeAddress(LOG_FIRST_DATA_ROW, LOG_COLUMNS.time, lastDataRow, LOG_COLUMNS.time),
        style: { numberFormat: LOG_TIME_FORMAT },
      },
      {
        range: rangeAddress(LOG_FIRST_DATA_ROW, LOG_COLUMNS.check, lastDataRow, LOG_COLUMNS.check),
        style: { fontColor: '#808080', fontSize: 9 },
      },
      {
        range: `A3:${lastColumn}3`,
        style: { bold: true, wrapText: true, fill: '#DDEBF7', borders: true, verticalAlignment: 'center' },
      },
      ...(markCols.length > 0
        ? [
            {
              range: rangeAddress(
                LOG_FIRST_DATA_ROW,
                Math.min(...markCols),
                lastDataRow,
                Math.max(...markCols),
              ),
              style: { horizontalAlignment: 'center' as const },
            },
          ]
        : []),
    ],
    freeze: { rows: LOG_FIRST_DATA_ROW, columns: LOG_COLUMNS.kind + 1 },
    conditionalFormats: [
      {
        range: rangeAddress(LOG_FIRST_DATA_ROW, LOG_COLUMNS.status, lastDataRow, LOG_COLUMNS.status),
        equals: LOG_STATUS_LABELS.undone,
        fill: '#F2F2F2',
        fontColor: '#808080',
      },
      {
        range: rangeAddress(LOG_FIRST_DATA_ROW, LOG_COLUMNS.status, lastDataRow, LOG_COLUMNS.status),
        equals: LOG_STATUS_LABELS.corrected,
        fill: '#FFF2CC',
        fontColor: '#7F6000',
      },
    ],
    tabColor: '#7F7F7F',
  };
}
