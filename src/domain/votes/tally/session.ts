/**
 * The live count as a teller keys it in: the profile and meeting, the log replayed into a state, and the
 * ballot being keyed in. Every change goes through the domain's applyEvent first; what it accepts is shown
 * at once. Pure, so the pane and the CLI share it: the functions are generic over the session type, so a
 * caller that keeps more (the pane keeps the log sheet's layout) gets its own fields back untouched.
 */
import type { CaseVotes } from '../../case';
import type { DomainIssue } from '../../issues';
import {
  DEFAULT_BALLOT_KEYS,
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
  type BallotKeyMap,
  type BallotState,
  type Mark,
  type Meeting,
  type MeetingTally,
  type RuleProfile,
} from '..';

export interface TallySession {
  profile: RuleProfile;
  meeting: Meeting;
  state: BallotState;
  /** The round ballots are entered for: the last one. */
  round: number;
  draft: BallotDraft;
  /** Issues met replaying the log when the session started (shown, never hidden). */
  replayIssues: DomainIssue[];
}

/**
 * What one action did: `logged` is true when the state gained an entry (a row to append to the log);
 * a refusal keeps the session as it was and says why.
 */
export type SessionStep<S extends TallySession = TallySession> =
  { ok: true; session: S; logged: boolean } | { ok: false; session: S; issue: DomainIssue };

const currentRound = (meeting: Meeting): number => meeting.rounds[meeting.rounds.length - 1]?.round ?? 1;

function freshDraft(meeting: Meeting, state: BallotState, round: number): BallotDraft {
  return newDraft(round, nextBallotNumber(state, round), roundCandidates(meeting, round).map(keyOf));
}

export function startTally(votes: Pick<CaseVotes, 'profile' | 'meeting' | 'events'>): TallySession {
  const { state, issues } = replay(votes.events, votes.meeting);
  const round = currentRound(votes.meeting);
  return {
    profile: votes.profile,
    meeting: votes.meeting,
    state,
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

/** Applies one event; `logged` says the log gained the entry to append. */
export function applyToSession<S extends TallySession>(session: S, event: BallotEvent): SessionStep<S> {
  const result = applyEvent(session.state, event, session.meeting);
  if (!result.ok) return { ok: false, session, issue: result.issue };
  const keepDraft = event.kind === 'written' || event.kind === 'withdrawWritten';
  const next: S = {
    ...session,
    state: result.state,
    // A half-marked ballot survives a written vote; otherwise the next ballot's number follows the log.
    draft: keepDraft ? session.draft : freshDraft(session.meeting, result.state, session.round),
  };
  return { ok: true, session: next, logged: true };
}

/**
 * Enter on a ballot with no mark at all is never recorded: it is what a second Enter after "A" (which
 * already recorded its ballot) looks like, and recording it would use up an issued ballot. A ballot meant
 * to be blank is keyed with 0 on each row; an invalid one with X.
 */
function emptyRecord(draft: BallotDraft, key: string, keys: BallotKeyMap): DomainIssue | null {
  if (!keys.record.includes(key) || Object.keys(draft.marks).length > 0) return null;
  return {
    code: 'vote.ballot.empty-enter',
    severity: 'error',
    message:
      `Phiếu số ${draft.number} chưa đánh dấu dòng nào nên Enter không ghi phiếu này (phiếu trước đã được ghi). ` +
      'Để ghi phiếu không hợp lệ hãy bấm X; để ghi phiếu để trống hãy bấm 0 ở từng dòng.',
  };
}

/** One keystroke of the ballot being keyed in; a key that finishes the ballot records it. */
export function pressKey<S extends TallySession>(
  session: S,
  key: string,
  enteredBy: string,
  enteredAt: string,
  keys: BallotKeyMap = DEFAULT_BALLOT_KEYS,
): SessionStep<S> {
  const empty = emptyRecord(session.draft, key, keys);
  if (empty) return { ok: false, session, issue: empty };
  const draft = reduceKey(session.draft, key, keys);
  if (!draft.submission) return { ok: true, session: { ...session, draft }, logged: false };
  const ballot = ballotFromSubmission(draft.submission, session.round, enteredBy, enteredAt);
  // A refused ballot stays on screen as it was before the key, so nothing typed is lost.
  return applyToSession(session, { kind: 'record', ballot });
}

/** The undo of the last ballot of the current round, or a refusal when there is none. */
export function undoLast<S extends TallySession>(
  session: S,
  enteredBy: string,
  enteredAt: string,
): SessionStep<S> {
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

/** A mark set by pointer on one row: the row gets the focus, nothing is recorded until "Ghi phiếu". */
export function markRow<S extends TallySession>(session: S, row: number, mark: Mark): S {
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
