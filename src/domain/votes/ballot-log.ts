/**
 * The ballot log: every ballot, undo, correction, manual count and written vote in the order the tellers
 * entered them. applyEvent refuses what cannot happen in a real count and says why in Vietnamese; replay
 * rebuilds the state from the events alone, so the counts can always be recomputed from the log.
 */
import type { DomainIssue } from '../issues';
import { findRound } from './meeting';
import {
  activeBallotEntries,
  activeBallots,
  activeCount,
  checkMarks,
  checkSetup,
  entryBallot,
  refuse,
  withEntry,
  type ApplyResult,
} from './log-state';
import { applyCount } from './manual-count';
import { applyWithdrawWritten, applyWritten } from './written-votes';
import type { Ballot, BallotEvent, BallotState, Meeting } from './types';

function applyRecord(state: BallotState, ballot: Ballot, meeting: Meeting): ApplyResult {
  const setupProblem = checkSetup(meeting, ballot.round);
  if (setupProblem) return setupProblem;
  const round = findRound(meeting, ballot.round)!;
  if (!Number.isInteger(ballot.number) || ballot.number <= 0) {
    return refuse(
      'vote.ballot.number-invalid',
      `Số phiếu phải là số nguyên dương (đang là ${ballot.number}); hãy nhập lại số phiếu.`,
    );
  }
  if (round.closed) {
    return refuse(
      'vote.ballot.round-closed',
      `Vòng ${ballot.round} đã kết thúc kiểm phiếu; không thể ghi thêm phiếu số ${ballot.number}. Nếu còn phiếu chưa nhập, hãy mở lại vòng ${ballot.round} trên sheet Quy chế.`,
    );
  }
  if (activeCount(state, ballot.round)) {
    return refuse(
      'vote.ballot.round-counted',
      `Vòng ${ballot.round} đã được nhập theo kết quả đếm tay; không thể ghi thêm phiếu số ${ballot.number}. Hãy sửa kết quả đếm tay nếu cần.`,
    );
  }
  const active = activeBallots(state, ballot.round);
  const same = active.find((b) => b.number === ballot.number);
  if (same) {
    return refuse(
      'vote.ballot.duplicate-number',
      `Phiếu số ${ballot.number} của vòng ${ballot.round} đã được ${same.enteredBy} ghi lúc ${same.enteredAt}; nếu cần thay đổi, hãy dùng "Sửa phiếu" thay vì ghi lại.`,
    );
  }
  if (active.length >= round.issued) {
    return refuse(
      'vote.ballot.more-than-issued',
      `Vòng ${ballot.round} đã ghi đủ ${round.issued} phiếu phát ra; không thể ghi thêm phiếu số ${ballot.number}. Hãy kiểm tra lại số phiếu phát ra trên sheet Quy chế.`,
    );
  }
  const markProblem = checkMarks(ballot, meeting, `Phiếu số ${ballot.number}`);
  if (markProblem) return markProblem;
  return { ok: true, state: withEntry(state, { event: { kind: 'record', ballot }, status: 'active' }) };
}

function applyUndo(state: BallotState, event: Extract<BallotEvent, { kind: 'undo' }>): ApplyResult {
  const entries = activeBallotEntries(state, event.round);
  const last = entries[entries.length - 1];
  if (!last) {
    return refuse('vote.undo.nothing', `Vòng ${event.round} chưa có phiếu nào để hủy.`);
  }
  const ballot = entryBallot(last)!;
  if (ballot.number !== event.lastNumber) {
    return refuse(
      'vote.undo.not-last',
      `Chỉ hủy được phiếu ghi sau cùng: phiếu cuối của vòng ${event.round} là số ${ballot.number}, không phải số ${event.lastNumber}. Muốn thay đổi phiếu số ${event.lastNumber}, hãy dùng "Sửa phiếu".`,
    );
  }
  return {
    ok: true,
    state: withEntry(state, { event, status: 'action', target: last.seq }, 'undone'),
  };
}

function applyCorrect(
  state: BallotState,
  event: Extract<BallotEvent, { kind: 'correct' }>,
  meeting: Meeting,
): ApplyResult {
  const { ballot } = event;
  const setupProblem = checkSetup(meeting, ballot.round);
  if (setupProblem) return setupProblem;
  if (ballot.number !== event.number) {
    return refuse(
      'vote.correct.number-mismatch',
      `Phiếu sửa mang số ${ballot.number} nhưng yêu cầu sửa phiếu số ${event.number}; hãy giữ nguyên số phiếu khi sửa.`,
    );
  }
  const target = activeBallotEntries(state, ballot.round).find(
    (e) => entryBallot(e)!.number === event.number,
  );
  if (!target) {
    return refuse(
      'vote.correct.missing',
      `Không có phiếu số ${event.number} đang được tính ở vòng ${ballot.round} để sửa; hãy kiểm tra lại số phiếu trong Nhật ký phiếu.`,
    );
  }
  const markProblem = checkMarks(ballot, meeting, `Phiếu sửa số ${ballot.number}`);
  if (markProblem) return markProblem;
  return {
    ok: true,
    state: withEntry(state, { event, status: 'active', target: target.seq }, 'corrected'),
  };
}

/** One more event, or a refusal naming what is impossible. The state passed in is never changed. */
export function applyEvent(state: BallotState, event: BallotEvent, meeting: Meeting): ApplyResult {
  switch (event.kind) {
    case 'record':
      return applyRecord(state, event.ballot, meeting);
    case 'undo':
      return applyUndo(state, event);
    case 'correct':
      return applyCorrect(state, event, meeting);
    case 'count':
      return applyCount(state, event.count, meeting);
    case 'written':
      return applyWritten(state, event, meeting);
    case 'withdrawWritten':
      return applyWithdrawWritten(state, event);
  }
}

/** Rebuilds the state from the events alone; refused events are skipped and reported. */
export function replay(
  events: BallotEvent[],
  meeting: Meeting,
): { state: BallotState; issues: DomainIssue[] } {
  let state: BallotState = { entries: [] };
  const issues: DomainIssue[] = [];
  for (const event of events) {
    const result = applyEvent(state, event, meeting);
    if (result.ok) state = result.state;
    else issues.push(result.issue);
  }
  return { state, issues };
}
