/**
 * The live count outlives the Bình xét panel: switching tabs unmounts the panel, but a ballot half keyed in
 * and the ballots written since the last read must still be there when it comes back. This small store
 * keeps the session (domain/votes/tally) with the log sheet it writes to, and the queue of log rows waiting for Excel, one sync each, in order.
 * It is started from what the pane read (useCase().read), so closing and reopening the pane continues from
 * the "Nhật ký phiếu" sheet.
 */
import type { CaseVotes } from '../../domain/case';
import type { DomainIssue } from '../../domain/issues';
import { startTally, type SessionStep, type TallySession } from '../../domain/votes/tally/session';
import type { MeetingDraft } from '../../domain/votes/tally/setup-draft';
import {
  BALLOT_LOG_SHEET,
  ballotLogLayout,
  logCapacityFor,
  logRowForEvent,
  type BallotLogLayout,
  type LogAppend,
} from '../../layout/votes';

/** The domain's tally session plus where its rows go: the log sheet and its layout. */
export interface PaneSession extends TallySession {
  logSheet: string;
  layout: BallotLogLayout;
}

export type PaneStep = SessionStep<PaneSession>;

export function startSession(votes: CaseVotes, logSheet: string): PaneSession {
  const session = startTally(votes);
  const capacity = logCapacityFor(session.state.entries.length);
  return { ...session, logSheet, layout: ballotLogLayout(votes.meeting, { sheetName: logSheet, capacity }) };
}

/** Rows the "Kiểm phiếu" formulas still read after the next entry, when few are left. */
export function capacityLeft(session: PaneSession): number {
  return session.layout.capacity - session.state.entries.length;
}

export interface VotesSessionSnapshot {
  /** Identity of the read the session started from (the pane's readAt); undefined before any. */
  basis?: number;
  session?: PaneSession;
  /** The setup form's unsaved values, kept across tab switches. */
  setupDraft?: MeetingDraft;
  /** Log rows accepted on screen and not yet written to the workbook. */
  pending: number;
  /** The last refusal of the domain, shown under the ballot until the next accepted entry. */
  refusal?: DomainIssue;
  /** "Người nhập" written on every log row; remembered on this computer. */
  enteredBy: string;
  /** The last check of the log against "Kiểm phiếu", and the read it was made after. */
  check?: { basis?: number; issues: DomainIssue[]; at: Date; missing: boolean };
}

const ENTERED_BY_KEY = 'thidua.meeting.enteredBy';
const DEFAULT_ENTERED_BY = 'Thư ký';

function rememberedEnteredBy(): string {
  try {
    return globalThis.localStorage?.getItem(ENTERED_BY_KEY) || DEFAULT_ENTERED_BY;
  } catch {
    // Storage may be refused (private mode, Office's sandbox): the default name does.
    return DEFAULT_ENTERED_BY;
  }
}

export type WriteRow = (logSheet: string, append: LogAppend) => Promise<void>;

type Listener = () => void;

/** A ballot half keyed in survives a re-read that changed nothing about it (same round, number, rows). */
function keepDraft(before: PaneSession | undefined, after: PaneSession): PaneSession {
  const a = before?.draft;
  const b = after.draft;
  const same =
    a !== undefined &&
    a.round === b.round &&
    a.number === b.number &&
    a.candidateKeys.join('|') === b.candidateKeys.join('|');
  return same ? { ...after, draft: { ...a, submission: null } } : after;
}

export class VotesSessionStore {
  private snapshot: VotesSessionSnapshot = { pending: 0, enteredBy: rememberedEnteredBy() };
  private readonly listeners = new Set<Listener>();
  private queue: Promise<void> = Promise.resolve();
  /** Bumped when a write fails: rows queued behind it are dropped, never written out of order. */
  private generation = 0;
  private readWhileWriting = false;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): VotesSessionSnapshot => this.snapshot;

  private set(patch: Partial<VotesSessionSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of [...this.listeners]) listener();
  }

  /**
   * Starts over from a read, unless this read is the one the session already came from. A read made while
   * rows were still on their way may miss them: then nothing changes now and, once they are written, the
   * answer is 'reread' (the caller reads the workbook again).
   */
  sync(
    basis: number | undefined,
    votes: CaseVotes | undefined,
    logSheet: string | undefined,
  ): 'kept' | 'started' | 'wait' | 'reread' {
    if (basis === this.snapshot.basis) return 'kept';
    if (this.snapshot.pending > 0) {
      this.readWhileWriting = true;
      return 'wait';
    }
    if (this.readWhileWriting) {
      this.readWhileWriting = false;
      return 'reread';
    }
    this.set({
      basis,
      session: votes
        ? keepDraft(this.snapshot.session, startSession(votes, logSheet ?? BALLOT_LOG_SHEET))
        : undefined,
      setupDraft: undefined,
      refusal: undefined,
    });
    return 'started';
  }

  setSetupDraft(draft: MeetingDraft | undefined): void {
    this.set({ setupDraft: draft });
  }

  setEnteredBy(name: string): void {
    this.set({ enteredBy: name });
    try {
      globalThis.localStorage?.setItem(ENTERED_BY_KEY, name);
    } catch {
      // Not remembered: the name still applies until the pane closes.
    }
  }

  setCheck(check: VotesSessionSnapshot['check']): void {
    this.set({ check });
  }

  clearRefusal(): void {
    if (this.snapshot.refusal) this.set({ refusal: undefined });
  }

  /**
   * Shows the step at once and queues its row for Excel. `onFailure` runs when a write fails: the rows after
   * it are dropped and the caller reads the workbook again, so the screen never shows what the sheet lacks.
   */
  commit(step: PaneStep, write: WriteRow, onFailure: (error: unknown) => void): boolean {
    if (!step.ok) {
      this.set({ session: step.session, refusal: step.issue });
      return false;
    }
    this.set({ session: step.session, refusal: undefined });
    if (!step.logged) return true;
    const append = logRowForEvent(step.session.layout, step.session.state);
    const generation = this.generation;
    const logSheet = step.session.logSheet;
    this.set({ pending: this.snapshot.pending + 1 });
    this.queue = this.queue.then(async () => {
      if (generation !== this.generation) return;
      try {
        await write(logSheet, append);
        this.set({ pending: this.snapshot.pending - 1 });
      } catch (error) {
        // The caller reads the workbook again; the new read restarts the session from the sheet.
        this.generation += 1;
        this.set({ pending: 0 });
        onFailure(error);
      }
    });
    return true;
  }

  /** Resolves once every queued row has been written (or dropped after a failure). */
  drained(): Promise<void> {
    return this.queue;
  }
}

export const votesSessionStore = new VotesSessionStore();
