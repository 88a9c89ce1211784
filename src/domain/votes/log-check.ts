/**
 * The ballot log checks itself. Every row of "Nhật ký phiếu" carries its STT (1, 2, 3… with no gap) and a
 * check value chained to the row before it, so a row deleted, cleared, inserted, moved or edited by hand is
 * found and named; the sheet also keeps a seal (the number of rows and the last check value) so that
 * deleting the LAST rows is found too. This is a guard against slips and silent edits, not a signature:
 * anyone can recompute the values, on purpose (docs/ballot-log.md explains how, step by step).
 *
 * Algorithm (version 1):
 *   1. The row's content as the JSON text (JSON.stringify) of the array
 *      [1, STT, kind, round, number, time, enteredBy, spoiled, related, note, returned, invalid, marks, counts]
 *      where kind is the event kind ("record", "undo", "correct", "count", "written", "withdrawWritten"),
 *      number / related / returned / invalid are whole numbers or null, spoiled is 1 or 0, time is
 *      "yyyy-mm-ddThh:mm:ss" when it is a date-time (else the text as typed), every text is NFC and trimmed,
 *      marks is [[candidate key, "agree" | "disagree"], …] and counts is [[candidate key, agree, disagree], …],
 *      both sorted by candidate key (code-point order); blank marks are left out.
 *   2. The check value is FNV-1a (32 bit) of the UTF-8 bytes of: previous row's check value, "|", that JSON
 *      text; written as its 8 hexadecimal digits, each replaced by a letter of BCDFGHJKLMNPQRST (0 → B,
 *      1 → C … f → T) so Excel never takes it for a number. The first row's "previous" is "BBBBBBBB".
 * The status column ("Hiệu lực", "Đã hủy"…) is not part of the content: an undo or a correction changes the
 * status of an earlier row, and the status is recomputed from the events anyway.
 */
import { localDateTime } from './log-time';
import type { BallotEvent, LogEntry } from './types';

export const LOG_CHECK_VERSION = 1;
export const LOG_CHAIN_START = 'BBBBBBBB';

const text = (value: string | undefined): string => (value ?? '').normalize('NFC').trim();

/** Each code point as UTF-8 bytes, so the hash is the same in any language that reads the docs. */
function utf8(value: string): number[] {
  const bytes: number[] = [];
  for (const char of value) {
    const cp = char.codePointAt(0)!;
    if (cp < 0x80) bytes.push(cp);
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else
      bytes.push(
        0xf0 | (cp >> 18),
        0x80 | ((cp >> 12) & 0x3f),
        0x80 | ((cp >> 6) & 0x3f),
        0x80 | (cp & 0x3f),
      );
  }
  return bytes;
}

/** FNV-1a, 32 bit: offset basis 2166136261, prime 16777619. */
export function fnv1a32(value: string): number {
  let hash = 0x811c9dc5;
  for (const byte of utf8(value)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

const sortedByKey = <T extends [string, ...unknown[]]>(rows: T[]): T[] =>
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

/** Step 1: the row's content as one text. `target` is the STT of the row acted on (Liên quan). */
export function logRowContent(seq: number, event: BallotEvent, target?: number): string {
  let round: number;
  let number: number | null = null;
  let time = '';
  let by = '';
  let spoiled = 0;
  let note = '';
  let returned: number | null = null;
  let invalid: number | null = null;
  let marks: [string, string][] = [];
  let counts: [string, number, number][] = [];
  const markList = (m: Record<string, string>): [string, string][] =>
    sortedByKey(Object.entries(m).filter(([, mark]) => mark !== 'blank'));
  switch (event.kind) {
    case 'record':
    case 'correct':
      ({ round, number } = event.ballot);
      time = event.ballot.enteredAt;
      by = event.ballot.enteredBy;
      spoiled = event.ballot.invalid ? 1 : 0;
      marks = markList(event.ballot.marks);
      break;
    case 'written':
      round = event.vote.round;
      time = event.enteredAt;
      by = event.enteredBy;
      spoiled = event.vote.invalid ? 1 : 0;
      note = event.vote.memberName;
      marks = markList(event.vote.marks);
      break;
    case 'undo':
      ({ round, enteredAt: time, enteredBy: by } = event);
      number = event.lastNumber;
      break;
    case 'withdrawWritten':
      ({ round, enteredAt: time, enteredBy: by } = event);
      note = event.memberName;
      break;
    case 'count':
      ({ round, enteredAt: time, enteredBy: by, returned, invalid } = event.count);
      counts = sortedByKey(
        Object.entries(event.count.perCandidate).map(([key, c]): [string, number, number] => [
          key,
          c.agree,
          c.disagree,
        ]),
      );
      break;
  }
  return JSON.stringify([
    LOG_CHECK_VERSION,
    seq,
    event.kind,
    round,
    number,
    canonicalTime(time),
    text(by),
    spoiled,
    target ?? null,
    text(note),
    returned,
    invalid,
    marks,
    counts,
  ]);
}

/** "2021-05-25T14:01" and "2021-05-25 14:01:00" are the same moment; other text stays as typed. */
export function canonicalTime(value: string): string {
  const parts = localDateTime(value);
  return parts ? parts.iso : text(value);
}

/**
 * The 16 letters that stand for the hexadecimal digits 0–f. Letters without vowels, so a check value is
 * never read by Excel as a number ("12E45678", "00001234"), a date or a word such as TRUE.
 */
export const CHECK_ALPHABET = 'BCDFGHJKLMNPQRST';

/** Step 2: the check value of a row, chained to the check value of the row before it. */
export function chainCheck(previous: string, content: string): string {
  const hex = fnv1a32(`${previous}|${content}`).toString(16).padStart(8, '0');
  return [...hex].map((digit) => CHECK_ALPHABET[parseInt(digit, 16)]).join('');
}

/**
 * Check values already computed, by event: an entry keeps its event object when its status changes, so
 * appending the 500th ballot does not rehash the 499 before it.
 */
const computed = new WeakMap<
  BallotEvent,
  { previous: string; seq: number; target?: number; check: string }
>();

/** The check value of every entry of the log, in order. */
export function entryChecks(entries: readonly LogEntry[]): string[] {
  const checks: string[] = [];
  let previous = LOG_CHAIN_START;
  for (const entry of entries) {
    const known = computed.get(entry.event);
    const check =
      known && known.previous === previous && known.seq === entry.seq && known.target === entry.target
        ? known.check
        : chainCheck(previous, logRowContent(entry.seq, entry.event, entry.target));
    computed.set(entry.event, { previous, seq: entry.seq, target: entry.target, check });
    checks.push(check);
    previous = check;
  }
  return checks;
}

/** One row as found on the sheet: what it says, and the check value written beside it. */
export interface LoggedRow {
  /** STT as read; null when the cell is empty or not a whole number. */
  seq: number | null;
  /** The check value cell, as text ('' when empty). */
  check: string;
  /** The row's event; null when the row could not be read (the reason is reported separately). */
  event: BallotEvent | null;
  target?: number;
  /** A blank row between filled rows. */
  blank?: boolean;
}

/** The number of rows and the last check value, written at the top of the sheet with every append. */
export interface LogSeal {
  count: number;
  last: string;
}

export type ChainBreak =
  | { index: number; reason: 'blank-row' | 'no-stt' | 'duplicate' | 'out-of-order' | 'no-check' | 'edited' }
  | { index: number; reason: 'gap'; missing: [number, number] }
  | { index: number; reason: 'missing-tail'; missing: [number, number] }
  | { index: number; reason: 'seal-mismatch' };

/**
 * Every place where the rows are not the ones the pane wrote, in order. A row is sound when its STT is
 * one more than the row above's and its check value is the chain of the previous STT's check value (as
 * written) with its own content: so one edited row names only itself, a deleted row names the row after
 * the gap, and an inserted copy names only the copy. `index` is the position in `rows` (for the missing
 * tail: rows.length).
 */
export function verifyLogChain(
  rows: readonly LoggedRow[],
  seal?: LogSeal | null,
  options: { checkValues?: boolean } = {},
): ChainBreak[] {
  // Logs of the earlier format have STT but no check values: only the STT can be verified.
  const checkValues = options.checkValues ?? true;
  const breaks: ChainBreak[] = [];
  // A row chains to the row with the STT before its own (as first found), so after two rows are swapped
  // the row that follows them, untouched, is not named too.
  const checkOf = new Map<number, string>([[0, LOG_CHAIN_START]]);
  for (const row of rows) if (row.seq !== null && !checkOf.has(row.seq)) checkOf.set(row.seq, row.check);
  let previousSeq = 0;
  let previousCheck = LOG_CHAIN_START;
  let lastFilled = -1;
  rows.forEach((row, index) => {
    if (row.blank) {
      breaks.push({ index, reason: 'blank-row' });
      return;
    }
    lastFilled = index;
    const seq = row.seq;
    if (seq === null) breaks.push({ index, reason: 'no-stt' });
    else if (seq === previousSeq) breaks.push({ index, reason: 'duplicate' });
    else if (seq < previousSeq) breaks.push({ index, reason: 'out-of-order' });
    else if (seq > previousSeq + 1)
      breaks.push({ index, reason: 'gap', missing: [previousSeq + 1, seq - 1] });
    else if (!checkValues) {
      // STT only.
    } else if (row.check === '') breaks.push({ index, reason: 'no-check' });
    else if (
      row.event &&
      chainCheck(checkOf.get(seq - 1) ?? previousCheck, logRowContent(seq, row.event, row.target)) !==
        row.check
    )
      breaks.push({ index, reason: 'edited' });
    if (seq !== null) previousSeq = Math.max(previousSeq, seq);
    previousCheck = row.check;
  });
  if (seal) {
    if (seal.count > previousSeq) {
      breaks.push({ index: rows.length, reason: 'missing-tail', missing: [previousSeq + 1, seal.count] });
    } else if (
      seal.count === previousSeq &&
      previousSeq > 0 &&
      seal.last !== previousCheck &&
      !breaks.some((b) => b.index === lastFilled)
    ) {
      breaks.push({ index: lastFilled, reason: 'seal-mismatch' });
    }
  }
  return breaks;
}
