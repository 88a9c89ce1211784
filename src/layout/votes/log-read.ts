/**
 * Reading "Nhật ký phiếu" back into events, so closing and reopening the pane mid-meeting continues where
 * it was and the counts can be recomputed from the log alone. Columns are found by the machine keys of row
 * 2. Anything unreadable is reported with its cell; the status column is checked against the replay.
 */
import { cellAddress } from '../a1';
import type { CellValue } from '../grid';
import type { DomainIssue } from '../../domain/issues';
import { isBlankCell } from '../../domain/text';
import {
  replay,
  type Ballot,
  type BallotEvent,
  type BallotState,
  type CandidateCount,
  type CandidateKey,
  type Mark,
  type Meeting,
} from '../../domain/votes';
import { LOG_KIND_LABELS, LOG_STATUS_LABELS, MARK_TEXT, SPOILED_MARK, fromLabel } from './labels';
import {
  BALLOT_LOG_SHEET,
  DISAGREE_KEY_SUFFIX,
  LOG_COLUMNS,
  LOG_FIRST_DATA_ROW,
  LOG_KEY_ROW,
  type LogField,
} from './log-sheet';

export interface BallotLogRead {
  events: BallotEvent[];
  /** The replayed state: what the tally should count. */
  state: BallotState;
  /** 0-based sheet row of each event, in order. */
  rows: number[];
  issues: DomainIssue[];
}

function text(v: CellValue | undefined): string {
  return isBlankCell(v) ? '' : String(v).normalize('NFC').trim();
}

/** Excel may turn a typed time into a date serial; give it back as an ISO date-time. */
function timeText(v: CellValue | undefined): string {
  if (typeof v === 'number') {
    return new Date(Date.UTC(1899, 11, 30) + Math.round(v * 86400) * 1000).toISOString().slice(0, 19);
  }
  return text(v);
}

export function readBallotLog(
  values: CellValue[][],
  meeting: Meeting,
  sheetName: string = BALLOT_LOG_SHEET,
): BallotLogRead {
  const issues: DomainIssue[] = [];
  const keyRow = values[LOG_KEY_ROW] ?? [];
  const column = new Map<string, number>();
  keyRow.forEach((v, col) => {
    if (!isBlankCell(v)) column.set(text(v), col);
  });
  const fixed = (field: LogField): number => column.get(field) ?? LOG_COLUMNS[field];
  const candidateKeys = [...column.keys()].filter(
    (k) => k.includes(':') && !k.startsWith('over:') && !k.endsWith(DISAGREE_KEY_SUFFIX),
  );

  const problem = (row: number, col: number, message: string): void => {
    issues.push({
      code: 'vote.log.unreadable',
      severity: 'error',
      message,
      location: { sheet: sheetName, address: cellAddress(row, col) },
    });
  };

  const events: BallotEvent[] = [];
  const rows: number[] = [];
  const statuses: string[] = [];
  for (let row = LOG_FIRST_DATA_ROW; row < values.length; row++) {
    const line = values[row] ?? [];
    const at = (field: LogField) => line[fixed(field)];
    if (isBlankCell(at('kind')) && isBlankCell(at('stt'))) continue;
    const where = `Dòng ${row + 1} của ${sheetName}`;
    const kind = fromLabel(LOG_KIND_LABELS, at('kind'));
    if (!kind) {
      problem(
        row,
        fixed('kind'),
        `${where} có loại "${text(at('kind'))}" không hợp lệ; loại phải là một trong: ${Object.values(LOG_KIND_LABELS).join(', ')}.`,
      );
      continue;
    }
    const whole = (field: LogField, label: string): number | undefined => {
      const v = at(field);
      const n = typeof v === 'number' ? v : Number(text(v));
      if (isBlankCell(v) || !Number.isInteger(n)) {
        problem(row, fixed(field), `${where}: ${label} phải là số nguyên (đang là "${text(v)}").`);
        return undefined;
      }
      return n;
    };
    const round = whole('round', 'vòng');
    if (round === undefined) continue;
    const enteredBy = text(at('enteredBy'));
    const enteredAt = timeText(at('time'));

    const readMarks = (): Record<CandidateKey, Mark> => {
      const marks: Record<CandidateKey, Mark> = {};
      for (const key of candidateKeys) {
        const col = column.get(key)!;
        const t = text(line[col]).toUpperCase();
        if (t === '') continue;
        if (t === MARK_TEXT.agree) marks[key] = 'agree';
        else if (t === MARK_TEXT.disagree) marks[key] = 'disagree';
        else
          problem(
            row,
            col,
            `${where}: ô ghi "${text(line[col])}", chỉ được ghi Đ (đồng ý), K (không đồng ý) hoặc để trống.`,
          );
      }
      return marks;
    };
    const spoiled = text(at('spoiled')).toUpperCase() === SPOILED_MARK;

    let event: BallotEvent | undefined;
    if (kind === 'record' || kind === 'correct') {
      const number = whole('number', 'số phiếu');
      if (number === undefined) continue;
      const ballot: Ballot = { round, number, marks: readMarks(), invalid: spoiled, enteredBy, enteredAt };
      event = kind === 'record' ? { kind, ballot } : { kind, number, ballot };
    } else if (kind === 'undo') {
      const lastNumber = whole('number', 'số phiếu bị hủy');
      if (lastNumber === undefined) continue;
      event = { kind, round, lastNumber, enteredBy, enteredAt };
    } else if (kind === 'written') {
      const vote = {
        round,
        memberName: text(at('note')),
        marks: readMarks(),
        ...(spoiled ? { invalid: true } : {}),
      };
      event = { kind, vote, enteredBy, enteredAt };
    } else if (kind === 'withdrawWritten') {
      event = { kind, round, memberName: text(at('note')), enteredBy, enteredAt };
    } else {
      const returned = whole('returned', 'số phiếu thu vào');
      const invalid = whole('invalid', 'số phiếu không hợp lệ');
      if (returned === undefined || invalid === undefined) continue;
      const perCandidate: Record<CandidateKey, CandidateCount> = {};
      for (const key of candidateKeys) {
        const agreeCol = column.get(key)!;
        const disagreeCol = column.get(`${key}${DISAGREE_KEY_SUFFIX}`);
        const a = line[agreeCol];
        const d = disagreeCol === undefined ? null : line[disagreeCol];
        if (isBlankCell(a) && isBlankCell(d)) continue;
        perCandidate[key] = { agree: Number(a ?? 0) || 0, disagree: Number(d ?? 0) || 0 };
      }
      event = { kind: 'count', count: { round, returned, invalid, perCandidate, enteredBy, enteredAt } };
    }
    events.push(event);
    rows.push(row);
    statuses.push(text(at('status')));
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
          severity: 'warning',
          message: `Dòng ${rows[i] + 1} của ${sheetName} ghi trạng thái "${statuses[i]}" nhưng theo nhật ký phải là "${expected || '(để trống)'}"; hãy sửa ô này để sheet Kiểm phiếu đếm đúng.`,
          location: { sheet: sheetName, address: cellAddress(rows[i], fixed('status')) },
        });
      }
    });
  }
  return { events, state: replayed.state, rows, issues };
}
