/**
 * The ballot log's state and the checks every kind of entry shares: which ballots, counts and written
 * votes stand now, how a new entry is added (retiring the one it replaces), and the refusal format.
 */
import type { DomainIssue } from '../issues';
import { TITLES } from '../titles';
import {
  findRound,
  hasErrors,
  keyOf,
  parseCandidateKey,
  roundCandidates,
  validateMeetingSetup,
} from './meeting';
import type {
  Ballot,
  BallotState,
  CandidateKey,
  LogEntry,
  ManualCount,
  Mark,
  Meeting,
  WrittenVote,
  BallotEvent,
} from './types';

export type ApplyResult = { ok: true; state: BallotState } | { ok: false; issue: DomainIssue };

const MARKS: Mark[] = ['agree', 'disagree', 'blank'];

export function refuse(code: string, message: string): ApplyResult {
  return { ok: false, issue: { code, severity: 'error', message } };
}

/** The ballot an entry holds, if it is a record or a correction. */
export function entryBallot(entry: LogEntry): Ballot | undefined {
  if (entry.event.kind === 'record' || entry.event.kind === 'correct') return entry.event.ballot;
  return undefined;
}

/** Ballots that count now in a round (not undone, not replaced), in the order they were first entered. */
export function activeBallots(state: BallotState, round: number): Ballot[] {
  return activeBallotEntries(state, round).map((entry) => entryBallot(entry) as Ballot);
}

export function activeBallotEntries(state: BallotState, round: number): LogEntry[] {
  return state.entries
    .filter((entry) => entry.status === 'active' && entryBallot(entry)?.round === round)
    .sort((a, b) => originOf(state, a) - originOf(state, b));
}

/** The seq of the record a (possibly corrected) ballot started as: "the last ballot" is the last recorded. */
function originOf(state: BallotState, entry: LogEntry): number {
  let current = entry;
  while (current.event.kind === 'correct' && current.target !== undefined) {
    const previous = state.entries[current.target - 1];
    if (!previous) break;
    current = previous;
  }
  return current.seq;
}

/** The manual count that stands for a round, if the round was counted by hand. */
export function activeCount(state: BallotState, round: number): ManualCount | undefined {
  for (const entry of state.entries) {
    if (entry.status === 'active' && entry.event.kind === 'count' && entry.event.count.round === round) {
      return entry.event.count;
    }
  }
  return undefined;
}

/** The number the pane shows for the next ballot: one more than the highest counted number. */
export function nextBallotNumber(state: BallotState, round: number): number {
  return activeBallots(state, round).reduce((max, b) => Math.max(max, b.number), 0) + 1;
}

export function lastBallot(state: BallotState, round: number): Ballot | undefined {
  const entries = activeBallotEntries(state, round);
  const last = entries[entries.length - 1];
  return last ? entryBallot(last) : undefined;
}

export function withEntry(
  state: BallotState,
  entry: Omit<LogEntry, 'seq'>,
  retire?: LogEntry['status'],
): BallotState {
  const seq = state.entries.length + 1;
  const entries = state.entries.map((e) => (retire && e.seq === entry.target ? { ...e, status: retire } : e));
  return { entries: [...entries, { ...entry, seq }] };
}

export function checkMarks(
  ballot: { round: number; marks: Record<CandidateKey, Mark> },
  meeting: Meeting,
  what: string,
): ApplyResult | null {
  const onBallot = new Set(roundCandidates(meeting, ballot.round).map(keyOf));
  for (const [key, mark] of Object.entries(ballot.marks)) {
    if (!onBallot.has(key)) {
      const parsed = parseCandidateKey(key);
      const who = parsed ? `${parsed.id} (${TITLES[parsed.titleId].shortLabel})` : `"${key}"`;
      return refuse(
        'vote.ballot.unknown-candidate',
        `${what} đánh dấu ứng viên ${who}, không có trên phiếu vòng ${ballot.round}; hãy kiểm tra lại danh sách ứng viên.`,
      );
    }
    if (!MARKS.includes(mark)) {
      return refuse(
        'vote.ballot.unknown-mark',
        `${what} có dấu "${String(mark)}" không hợp lệ cho ứng viên ${key}; chỉ dùng Đồng ý, Không đồng ý hoặc để trống.`,
      );
    }
  }
  return null;
}

export function checkSetup(meeting: Meeting, round: number): ApplyResult | null {
  const setupIssues = validateMeetingSetup(meeting).filter((i) => i.severity === 'error');
  if (hasErrors(setupIssues)) {
    return refuse(
      'vote.meeting.invalid',
      `Chưa thể nhập phiếu vì thiết lập cuộc họp chưa hợp lệ: ${setupIssues[0].message}`,
    );
  }
  if (!findRound(meeting, round)) {
    return refuse(
      'vote.round.unknown',
      `Vòng ${round} chưa được thiết lập; hãy tạo vòng bỏ phiếu (số phiếu phát ra, ứng viên) trước khi nhập phiếu.`,
    );
  }
  return null;
}

export const sameName = (a: string, b: string): boolean =>
  a.normalize('NFC').trim() === b.normalize('NFC').trim();

export function activeWrittenEntries(state: BallotState, round: number): LogEntry[] {
  return state.entries.filter(
    (e) => e.status === 'active' && e.event.kind === 'written' && e.event.vote.round === round,
  );
}

/** Absent members' written votes that count now in a round, in the order entered. */
export function activeWrittenVotes(state: BallotState, round: number): WrittenVote[] {
  return activeWrittenEntries(state, round).map(
    (e) => (e.event as Extract<BallotEvent, { kind: 'written' }>).vote,
  );
}
