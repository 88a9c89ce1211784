/**
 * The live count as the pane holds it: the profile and meeting read from "Quy chế", the log replayed into a
 * state, and the ballot being keyed in. Every change goes through the domain's applyEvent first; what it
 * accepts is shown at once and the row to append to "Nhật ký phiếu" comes with it (logRowForEvent), so the
 * screen never waits for Excel.
 */
import type { CaseVotes } from '../../../../domain/case';
import type { DomainIssue } from '../../../../domain/issues';
import {
  activeCount,
  applyEvent,
  ballotFromSubmission,
  findRound,
  keyOf,
  lastBallot,
  newDraft,
  nextBallotNumber,
  reduceKey,
  replay,
  roundCandidates,
  tallyMeeting,
  type BallotDraft,
  type BallotEvent,
  type BallotState,
  type Mark,
  type Meeting,
  type MeetingTally,
  type RuleProfile,
} from '../../../../domain/votes';
import {
  ballotLogLayout,
  logCapacityFor,
  logRowForEvent,
  type BallotLogLayout,
  type LogAppend,
} from '../../../../layout/votes';

export interface TallySession {
  profile: RuleProfile;
  meeting: Meeting;
  state: BallotState;
  logSheet: string;
  layout: BallotLogLayout;
  /** The round ballots are entered for: the last one. */
  round: number;
  draft: BallotDraft;
  /** Issues met replaying the log when the session started (shown, never hidden). */
  replayIssues: DomainIssue[];
}

export type SessionStep =
  | { ok: true; session: TallySession; append?: LogAppend }
  | { ok: false; session: TallySession; issue: DomainIssue };

const currentRound = (meeting: Meeting): number => meeting.rounds[meeting.rounds.length - 1]?.round ?? 1;

function freshDraft(meeting: Meeting, state: BallotState, round: number): BallotDraft {
  return newDraft(round, nextBallotNumber(state, round), roundCandidates(meeting, round).map(keyOf));
}

export function startSession(votes: CaseVotes, logSheet: string): TallySession {
  const { state, issues } = replay(votes.events, votes.meeting);
  const round = currentRound(votes.meeting);
  return {
    profile: votes.profile,
    meeting: votes.meeting,
    state,
    logSheet,
    layout: ballotLogLayout(votes.meeting, {
      sheetName: logSheet,
      capacity: logCapacityFor(state.entries.length),
    }),
    round,
    draft: freshDraft(votes.meeting, state, round),
    replayIssues: issues,
  };
}

export function sessionTally(session: TallySession): MeetingTally {
  return tallyMeeting(session.profile, session.meeting, session.state);
}

/** Why ballots cannot be keyed in for the current round, or null when they can. */
export function entryBlocked(session: TallySession): string | null {
  const setup = findRound(session.meeting, session.round);
  if (!setup) return 'Chưa thiết lập vòng bỏ phiếu; hãy lưu thiết lập cuộc họp trước.';
  if (setup.closed) return `Vòng ${session.round} đã kết thúc kiểm phiếu.`;
  if (activeCount(session.state, session.round)) {
    return `Vòng ${session.round} đã nhập theo kết quả đếm tay; không nhập từng phiếu nữa.`;
  }
  if (session.draft.candidateKeys.length === 0) return `Vòng ${session.round} chưa có ứng viên nào.`;
  return null;
}

/** Applies one event; the log row to append comes back with the new session. */
export function applyToSession(session: TallySession, event: BallotEvent): SessionStep {
  const result = applyEvent(session.state, event, session.meeting);
  if (!result.ok) return { ok: false, session, issue: result.issue };
  const keepDraft = event.kind === 'written' || event.kind === 'withdrawWritten';
  const next: TallySession = {
    ...session,
    state: result.state,
    // A half-marked ballot survives a written vote; otherwise the next ballot's number follows the log.
    draft: keepDraft ? session.draft : freshDraft(session.meeting, result.state, session.round),
  };
  return { ok: true, session: next, append: logRowForEvent(session.layout, result.state) };
}

/** One keystroke of the ballot being keyed in; a key that finishes the ballot records it. */
export function pressKey(
  session: TallySession,
  key: string,
  enteredBy: string,
  enteredAt: string,
): SessionStep {
  const draft = reduceKey(session.draft, key);
  if (!draft.submission) return { ok: true, session: { ...session, draft } };
  const ballot = ballotFromSubmission(draft.submission, session.round, enteredBy, enteredAt);
  const step = applyToSession(session, { kind: 'record', ballot });
  // A refused ballot stays on screen as it was before the key, so nothing typed is lost.
  return step;
}

/** The undo of the last ballot of the current round, or a refusal when there is none. */
export function undoLast(session: TallySession, enteredBy: string, enteredAt: string): SessionStep {
  const last = lastBallot(session.state, session.round);
  if (!last) {
    return {
      ok: false,
      session,
      issue: {
        code: 'vote.undo.nothing',
        severity: 'error',
        message: `Vòng ${session.round} chưa có phiếu nào để hủy.`,
      },
    };
  }
  return applyToSession(session, {
    kind: 'undo',
    round: session.round,
    lastNumber: last.number,
    enteredBy,
    enteredAt,
  });
}

/** Rows the "Kiểm phiếu" formulas still read after the next entry, when few are left. */
export function capacityLeft(session: TallySession): number {
  return session.layout.capacity - session.state.entries.length;
}

/** A mark set by pointer on one row: the row gets the focus, nothing is recorded until "Ghi phiếu". */
export function markRow(session: TallySession, row: number, mark: Mark): TallySession {
  const key = session.draft.candidateKeys[row];
  if (key === undefined) return session;
  const marks = { ...session.draft.marks };
  if (mark === 'blank' && marks[key] === 'blank') delete marks[key];
  else marks[key] = mark;
  return { ...session, draft: { ...session.draft, marks, focus: row, submission: null } };
}

/** The log as events, oldest first: what a rebuild of the vote sheets writes back. */
export function sessionEvents(session: TallySession): BallotEvent[] {
  return session.state.entries.map((entry) => entry.event);
}
