/**
 * Reading "Nhật ký phiếu" back into events, so closing and reopening the pane mid-meeting continues where
 * it was and the counts can be recomputed from the log alone. Candidates' columns are found by their
 * Vietnamese headers (danh hiệu on row 2, "Họ và tên (mã)" on row 3), fixed columns by their header.
 * Anything unreadable is reported with its cell; numbers must be numbers (a hand count typed "3O",
 * "30 phiếu", "30,0" or "1e1" is refused, never read as 0 or 10). Every row is checked against its STT and
 * its chained check value (domain/votes/log-check.ts): each deleted, inserted, moved or edited row is
 * reported as `vote.log.broken` with its cell and the counts it affects.
 */
import { cellAddress } from '../a1';
import type { CellValue } from '../grid';
import type { DomainIssue } from '../../domain/issues';
import { isBlankCell } from '../../domain/text';
import { TITLES } from '../../domain/titles';
import {
  describeCandidate,
  keyOf,
  replay,
  roundCandidates,
  serialToLocalDateTime,
  verifyLogChain,
  type Ballot,
  type BallotEvent,
  type BallotState,
  type CandidateCount,
  type CandidateKey,
  type ChainBreak,
  type LoggedRow,
  type LogSeal,
  type Mark,
  type Meeting,
} from '../../domain/votes';
import { LOG_KIND_LABELS, LOG_STATUS_LABELS, MARK_TEXT, SPOILED_MARK, fromLabel } from './labels';
import {
  BALLOT_LOG_SHEET,
  LOG_COLUMNS,
  LOG_FIRST_DATA_ROW,
  LOG_GROUP_ROW,
  LOG_HEADER_ROW,
  LOG_SEAL,
  OLD_FIXED_HEADERS,
  OLD_FORMAT_KEYS,
  ballotLogLayout,
  candidateHeader,
  disagreeGroupHeader,
  logFieldHeader,
  markGroupHeader,
  type LogField,
} from './log-sheet';

/** A row the check found out of place, with the counts it affects. */
export interface BrokenLogRow {
  /** 0-based sheet row (for rows missing at the end: the row where the next one would be). */
  row: number;
  address: string;
  reason: ChainBreak['reason'];
  /** STT as read on that row, if any. */
  seq: number | null;
  /** The round and candidates whose counts the row changes; round null: unknown, every count may differ. */
  round: number | null;
  candidateKeys: CandidateKey[];
}

export interface BallotLogRead {
  events: BallotEvent[];
  /** The replayed state: what the tally should count. */
  state: BallotState;
  /** 0-based sheet row of each event, in order. */
  rows: number[];
  issues: DomainIssue[];
  /** Rows that are not the ones the pane wrote (also in `issues` as vote.log.broken). */
  broken: BrokenLogRow[];
  /** 'old': the earlier format (machine keys on row 2, no check values): only the STT could be checked. */
  format: 'current' | 'old';
}

function text(v: CellValue | undefined): string {
  return isBlankCell(v) ? '' : String(v).normalize('NFC').trim();
}

const sameText = (a: CellValue | undefined, b: string): boolean => text(a).toLowerCase() === b.toLowerCase();

/** A date-time number back to the pane's "yyyy-mm-ddThh:mm:ss"; text (old logs, hand-typed) as it is. */
function timeText(v: CellValue | undefined): string {
  if (typeof v === 'number') return serialToLocalDateTime(v) ?? String(v);
  return text(v);
}

/** Where each field and each candidate's columns are on this sheet. */
interface Columns {
  fixed: (field: LogField) => number;
  marks: [CandidateKey, number][];
  disagree: Map<CandidateKey, number>;
}

function isOldFormat(values: CellValue[][]): boolean {
  return (values[LOG_GROUP_ROW] ?? []).some((v) => v === 'stt');
}

function oldColumns(values: CellValue[][]): Columns {
  const column = new Map<string, number>();
  (values[LOG_GROUP_ROW] ?? []).forEach((v, col) => {
    if (!isBlankCell(v)) column.set(text(v), col);
  });
  const { disagreeSuffix, overPrefix } = OLD_FORMAT_KEYS;
  const keys = [...column.keys()].filter(
    (k) => k.includes(':') && !k.startsWith(overPrefix) && !k.endsWith(disagreeSuffix),
  );
  return {
    fixed: (field) => column.get(field) ?? LOG_COLUMNS[field],
    marks: keys.map((k) => [k, column.get(k)!]),
    disagree: new Map(
      keys.flatMap((k) => {
        const col = column.get(`${k}${disagreeSuffix}`);
        return col === undefined ? [] : [[k, col] as [CandidateKey, number]];
      }),
    ),
  };
}

function currentColumns(
  values: CellValue[][],
  meeting: Meeting,
  missing: (col: number, message: string) => void,
): Columns {
  const groups = values[LOG_GROUP_ROW] ?? [];
  const headers = values[LOG_HEADER_ROW] ?? [];
  const width = Math.max(groups.length, headers.length);
  const find = (group: string, header: string, id: string): number | undefined => {
    let byId: number | undefined;
    for (let col = 0; col < width; col++) {
      if (!sameText(groups[col], group)) continue;
      if (sameText(headers[col], header)) return col;
      // A name corrected on the header still finds its column by the mã in brackets.
      if (byId === undefined && text(headers[col]).endsWith(`(${id})`)) byId = col;
    }
    return byId;
  };
  const fixedAt = new Map<LogField, number>();
  for (const field of Object.keys(LOG_COLUMNS) as LogField[]) {
    const names = [logFieldHeader(field), OLD_FIXED_HEADERS[field]].filter((n): n is string => !!n);
    const col = headers.findIndex((h) => names.some((n) => sameText(h, n)));
    if (col >= 0) fixedAt.set(field, col);
  }
  const layout = ballotLogLayout(meeting);
  const marks: [CandidateKey, number][] = [];
  const disagree = new Map<CandidateKey, number>();
  for (const c of layout.candidates) {
    const key = keyOf(c);
    const markCol = find(markGroupHeader(c.titleId), candidateHeader(c), c.id);
    if (markCol === undefined) {
      missing(
        layout.candidateColumn[key],
        `Không thấy cột phiếu của ${describeCandidate(c)} (tiêu đề "${candidateHeader(c)}" dưới "${markGroupHeader(c.titleId)}"); các phiếu của ứng viên này không đọc được. Hãy trả lại tiêu đề cột, hoặc lưu lại thiết lập cuộc họp để dựng lại sheet.`,
      );
    } else marks.push([key, markCol]);
    const disagreeCol = find(disagreeGroupHeader(c.titleId), candidateHeader(c), c.id);
    if (disagreeCol !== undefined) disagree.set(key, disagreeCol);
  }
  return { fixed: (field) => fixedAt.get(field) ?? LOG_COLUMNS[field], marks, disagree };
}

/** How a number cell reads: only a number typed as a number counts. */
type WholeRead = { ok: true; value: number } | { ok: false; why: string };

function wholeNumber(v: CellValue | undefined, min: number): WholeRead {
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= min) return { ok: true, value: v };
    return { ok: false, why: `ghi ${String(v).replace('.', ',')}, không phải số nguyên từ ${min} trở lên` };
  }
  if (isBlankCell(v)) return { ok: false, why: 'để trống' };
  return {
    ok: false,
    why: `ghi "${text(v)}" là chữ, không phải số; hãy gõ lại bằng số nguyên (ví dụ 30), không kèm chữ, dấu phẩy hay dấu cách`,
  };
}

function candidateList(meeting: Meeting, keys: CandidateKey[]): string {
  const byKey = new Map(meeting.candidates.map((c) => [keyOf(c), c]));
  const names = keys.map((k) => {
    const c = byKey.get(k);
    return c ? describeCandidate(c) : k;
  });
  const shown = names.slice(0, 4).join(', ');
  return names.length > 4 ? `${shown} và ${names.length - 4} ứng viên khác` : shown;
}

/** The round and candidates whose counts an event changes. */
function affected(
  event: BallotEvent | null,
  meeting: Meeting,
): { round: number | null; keys: CandidateKey[] } {
  if (!event) return { round: null, keys: [] };
  const everyone = (round: number) => ({ round, keys: roundCandidates(meeting, round).map(keyOf) });
  switch (event.kind) {
    case 'record':
    case 'correct':
    case 'written': {
      const paper = event.kind === 'written' ? event.vote : event.ballot;
      const marked = Object.keys(paper.marks);
      // A ballot with no mark or marked invalid still changes the round's returned and valid ballots.
      return marked.length > 0 && !paper.invalid
        ? { round: paper.round, keys: marked }
        : everyone(paper.round);
    }
    case 'count':
      return { round: event.count.round, keys: Object.keys(event.count.perCandidate) };
    case 'undo':
    case 'withdrawWritten':
      return everyone(event.round);
  }
}

function affectsText(meeting: Meeting, round: number | null, keys: CandidateKey[]): string {
  if (round === null) return 'không biết dòng đó ghi gì, nên mọi số phiếu của cuộc họp có thể đã khác';
  const titles = [
    ...new Set(
      keys.map((k) => meeting.candidates.find((c) => keyOf(c) === k)?.titleId).filter((t) => t !== undefined),
    ),
  ].map((t) => TITLES[t].shortLabel);
  const who = keys.length > 0 ? `: ${candidateList(meeting, keys)}` : '';
  const what = titles.length > 0 ? ` (${titles.join(', ')})` : '';
  return `ảnh hưởng số phiếu vòng ${round}${what}${who}`;
}

const BROKEN_WHAT: Record<ChainBreak['reason'], string> = {
  'blank-row':
    'là dòng trống nằm giữa các dòng nhật ký: một dòng đã bị xóa trắng hoặc một dòng trống được chèn',
  'no-stt': 'không có STT (hoặc STT không phải số nguyên): dòng được thêm hay sửa bằng tay',
  duplicate: 'trùng STT với dòng trên: dòng được chèn hoặc chép thêm bằng tay',
  'out-of-order': 'nằm sai thứ tự: các dòng đã bị sắp xếp lại hoặc di chuyển',
  gap: 'có STT không liền với dòng trên',
  'no-check': 'không có mã kiểm tra: dòng được nhập bằng tay, không do ngăn tác vụ ghi',
  edited: 'đã bị sửa bằng tay sau khi ghi (nội dung không còn khớp mã kiểm tra)',
  'missing-tail': '',
  'seal-mismatch': `có mã kiểm tra khác mã dòng cuối ghi ở ô ${cellAddress(LOG_SEAL.row, LOG_SEAL.checkCol)}: dòng cuối đã bị thay`,
};

const BROKEN_FIX =
  'Hãy hoàn tác (Ctrl+Z) hoặc lấy lại bản lưu trước; nếu phiếu giấy khác, dùng "Hủy phiếu" / "Sửa phiếu" trong ngăn tác vụ thay vì sửa sheet.';

function readSeal(values: CellValue[][]): LogSeal | null {
  const line = values[LOG_SEAL.row] ?? [];
  const count = line[LOG_SEAL.countCol];
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return null;
  return { count, last: text(line[LOG_SEAL.checkCol]) };
}

export function readBallotLog(
  values: CellValue[][],
  meeting: Meeting,
  sheetName: string = BALLOT_LOG_SHEET,
): BallotLogRead {
  const issues: DomainIssue[] = [];
  const at = (row: number, col: number) => ({ sheet: sheetName, address: cellAddress(row, col) });
  const problem = (row: number, col: number, message: string): void => {
    issues.push({ code: 'vote.log.unreadable', severity: 'error', message, location: at(row, col) });
  };
  const format = isOldFormat(values) ? 'old' : 'current';
  const columns =
    format === 'old'
      ? oldColumns(values)
      : currentColumns(values, meeting, (col, message) =>
          issues.push({
            code: 'vote.log.column-missing',
            severity: 'error',
            message,
            location: at(LOG_HEADER_ROW, col),
          }),
        );
  const { fixed } = columns;

  const events: BallotEvent[] = [];
  const rows: number[] = [];
  const statuses: string[] = [];
  const logged: LoggedRow[] = [];
  const loggedRows: number[] = [];
  let pendingBlank: number[] = [];
  for (let row = LOG_FIRST_DATA_ROW; row < values.length; row++) {
    const line = values[row] ?? [];
    const cell = (field: LogField) => line[fixed(field)];
    const filled = (['stt', 'kind', 'round', 'check'] as LogField[]).some((f) => !isBlankCell(cell(f)));
    if (!filled && columns.marks.every(([, col]) => isBlankCell(line[col]))) {
      pendingBlank.push(row);
      continue;
    }
    for (const blankRow of pendingBlank) {
      logged.push({ seq: null, check: '', event: null, blank: true });
      loggedRows.push(blankRow);
    }
    pendingBlank = [];
    const stt = wholeNumber(cell('stt'), 1);
    const related = cell('related');
    const entry: LoggedRow = {
      seq: stt.ok ? stt.value : null,
      check: text(cell('check')),
      event: null,
      ...(typeof related === 'number' ? { target: related } : {}),
    };
    logged.push(entry);
    loggedRows.push(row);

    const where = `Dòng ${row + 1} của ${sheetName}`;
    const kind = fromLabel(LOG_KIND_LABELS, cell('kind'));
    if (!kind) {
      problem(
        row,
        fixed('kind'),
        `${where} có loại "${text(cell('kind'))}" không hợp lệ; loại phải là một trong: ${Object.values(LOG_KIND_LABELS).join(', ')}.`,
      );
      continue;
    }
    let readable = true;
    const whole = (field: LogField, label: string, min = 0): number => {
      const read = wholeNumber(cell(field), min);
      if (read.ok) return read.value;
      readable = false;
      problem(row, fixed(field), `${where}: ô ${label} ${read.why}.`);
      return 0;
    };
    const round = whole('round', 'vòng', 1);
    const enteredBy = text(cell('enteredBy'));
    const enteredAt = timeText(cell('time'));

    const readMarks = (): Record<CandidateKey, Mark> => {
      const marks: Record<CandidateKey, Mark> = {};
      for (const [key, col] of columns.marks) {
        const t = text(line[col]).toUpperCase();
        if (t === '') continue;
        if (t === MARK_TEXT.agree) marks[key] = 'agree';
        else if (t === MARK_TEXT.disagree) marks[key] = 'disagree';
        else {
          readable = false;
          problem(
            row,
            col,
            `${where}: ô ghi "${text(line[col])}", chỉ được ghi Đ (đồng ý), K (không đồng ý) hoặc để trống.`,
          );
        }
      }
      return marks;
    };
    const spoiled = text(cell('spoiled')).toUpperCase() === SPOILED_MARK;

    let event: BallotEvent;
    if (kind === 'record' || kind === 'correct') {
      const number = whole('number', 'số phiếu', 1);
      const ballot: Ballot = { round, number, marks: readMarks(), invalid: spoiled, enteredBy, enteredAt };
      event = kind === 'record' ? { kind, ballot } : { kind, number, ballot };
    } else if (kind === 'undo') {
      const lastNumber = whole('number', 'số phiếu bị hủy', 1);
      event = { kind, round, lastNumber, enteredBy, enteredAt };
    } else if (kind === 'written') {
      const vote = {
        round,
        memberName: text(cell('note')),
        marks: readMarks(),
        ...(spoiled ? { invalid: true } : {}),
      };
      event = { kind, vote, enteredBy, enteredAt };
    } else if (kind === 'withdrawWritten') {
      event = { kind, round, memberName: text(cell('note')), enteredBy, enteredAt };
    } else {
      const returned = whole('returned', 'số phiếu thu vào');
      const invalid = whole('invalid', 'số phiếu không hợp lệ');
      const perCandidate: Record<CandidateKey, CandidateCount> = {};
      for (const [key, agreeCol] of columns.marks) {
        const disagreeCol = columns.disagree.get(key);
        const a = line[agreeCol];
        const d = disagreeCol === undefined ? null : line[disagreeCol];
        if (isBlankCell(a) && isBlankCell(d)) continue;
        const count = (v: CellValue | undefined, col: number | undefined, label: string): number => {
          const read = wholeNumber(v, 0);
          if (read.ok) return read.value;
          readable = false;
          const name = candidateList(meeting, [key]);
          problem(row, col ?? agreeCol, `${where}: ô số phiếu ${label} của ${name} ${read.why}.`);
          return 0;
        };
        perCandidate[key] = {
          agree: count(a, agreeCol, 'đồng ý'),
          disagree: count(d, disagreeCol, 'không đồng ý'),
        };
      }
      event = { kind: 'count', count: { round, returned, invalid, perCandidate, enteredBy, enteredAt } };
    }
    // An unreadable number is never replaced by 0 in the count: the row is left out and its cell reported.
    if (!readable) continue;
    entry.event = event;
    events.push(event);
    rows.push(row);
    statuses.push(text(cell('status')));
  }

  const seal = format === 'current' ? readSeal(values) : null;
  if (
    format === 'current' &&
    seal === null &&
    (logged.length > 0 || !isBlankCell(values[0]?.[LOG_SEAL.countCol]))
  ) {
    issues.push({
      code: 'vote.log.broken',
      severity: 'error',
      message: `Ô ${cellAddress(LOG_SEAL.row, LOG_SEAL.countCol)} của ${sheetName} (số dòng đã ghi) bị xóa hoặc sửa, nên không kiểm được các dòng cuối có bị xóa không. ${BROKEN_FIX}`,
      location: at(LOG_SEAL.row, LOG_SEAL.countCol),
    });
  }
  const broken: BrokenLogRow[] = [];
  const lastRow = loggedRows.length > 0 ? loggedRows[loggedRows.length - 1] : LOG_FIRST_DATA_ROW - 1;
  for (const b of verifyLogChain(logged, seal, { checkValues: format === 'current' })) {
    const row = b.index < loggedRows.length ? loggedRows[b.index] : lastRow + 1;
    const entry = logged[b.index];
    const { round, keys } = affected(entry?.event ?? null, meeting);
    const seq = entry?.seq ?? null;
    broken.push({
      row,
      address: cellAddress(row, fixed('stt')),
      reason: b.reason,
      seq,
      round,
      candidateKeys: keys,
    });
    const affects = affectsText(meeting, round, keys);
    const line = `Dòng ${row + 1} của ${sheetName}${seq !== null ? ` (STT ${seq})` : ''}`;
    let message: string;
    if (b.reason === 'missing-tail') {
      const [from, to] = b.missing;
      const which = from === to ? `dòng STT ${from}` : `các dòng STT ${from}–${to}`;
      message = `${sheetName} đã ghi ${seal?.count} dòng nhưng ${which} ở cuối không còn (đã bị xóa hoặc xóa trắng); ${affectsText(meeting, null, [])}. ${BROKEN_FIX}`;
    } else if (b.reason === 'gap') {
      const [from, to] = b.missing;
      const which = from === to ? `dòng STT ${from}` : `các dòng STT ${from}–${to}`;
      message = `${line}: thiếu ${which} ngay trước dòng này (đã bị xóa hoặc xóa trắng); ${affectsText(meeting, null, [])}. ${BROKEN_FIX}`;
    } else {
      message = `${line} ${BROKEN_WHAT[b.reason]}; ${affects}. ${BROKEN_FIX}`;
    }
    issues.push({ code: 'vote.log.broken', severity: 'error', message, location: at(row, fixed('stt')) });
  }
  // Even empty: the pane appends in the current layout, which the old headers would read one column off.
  if (format === 'old') {
    issues.push({
      code: 'vote.log.old-format',
      severity: 'warning',
      message: `${sheetName} theo mẫu cũ (chưa có mã kiểm tra từng dòng): chỉ kiểm được STT liên tục, không phát hiện được ô bị sửa. Hãy bấm "Lưu thiết lập" ở mục Bình xét để chuyển nhật ký sang mẫu mới (mọi phiếu đã ghi được giữ nguyên).`,
      location: at(LOG_GROUP_ROW, 0),
    });
  }

  const replayed = replay(events, meeting);
  for (const issue of replayed.issues)
    issues.push({
      ...issue,
      code: 'vote.log.refused',
      message: `Nhật ký phiếu có mục không hợp lệ: ${issue.message}`,
    });
  if (replayed.issues.length === 0) {
    replayed.state.entries.forEach((entry, i) => {
      const expected = LOG_STATUS_LABELS[entry.status];
      if (statuses[i] !== expected) {
        issues.push({
          code: 'vote.log.status-mismatch',
          // The count sheet counts by this cell: a wrong status changes its figures.
          severity: 'error',
          message: `Dòng ${rows[i] + 1} của ${sheetName} ghi trạng thái "${statuses[i]}" nhưng theo nhật ký phải là "${expected || '(để trống)'}"; hãy sửa ô này để sheet Kiểm phiếu đếm đúng.`,
          location: at(rows[i], fixed('status')),
        });
      }
    });
  }
  return { events, state: replayed.state, rows, issues, broken, format };
}
