/** Small builders for meetings and ballots, so each test reads like the meeting it describes. */
import {
  applyEvent,
  candidateKey,
  type Ballot,
  type BallotEvent,
  type BallotState,
  type Candidate,
  type Mark,
  type Meeting,
} from '../../../src/domain/votes';

export const AN: Candidate = { titleId: 'LDTT', id: 'GV01', name: 'Nguyễn Văn An' };
export const BINH: Candidate = { titleId: 'LDTT', id: 'GV02', name: 'Trần Thị Bình' };
export const CHI: Candidate = { titleId: 'CSTDCS', id: 'GV03', name: 'Lê Thị Chi' };
export const DUNG: Candidate = { titleId: 'CSTD_TINH', id: 'GV04', name: 'Phạm Văn Dũng' };

export const key = (c: Candidate): string => candidateKey(c.titleId, c.id);

export function meeting(overrides: Partial<Meeting> & { issued?: number } = {}): Meeting {
  const { issued, ...rest } = overrides;
  const present = rest.present ?? 41;
  return {
    body: 'council',
    totalMembers: 61,
    present,
    form: 'secret',
    candidates: [AN, BINH],
    countingRule: 'invalid',
    rounds: [{ round: 1, issued: issued ?? present }],
    ...rest,
  };
}

let clock = 0;
export function ballot(number: number, marks: Record<string, Mark>, extra: Partial<Ballot> = {}): Ballot {
  clock += 1;
  return {
    round: 1,
    number,
    marks,
    invalid: false,
    enteredBy: 'Thư ký',
    enteredAt: `2021-05-20T14:${String(Math.floor(clock / 60) % 60).padStart(2, '0')}:${String(clock % 60).padStart(2, '0')}`,
    ...extra,
  };
}

/** Marks for every candidate given, e.g. marks([AN, 'agree'], [BINH, 'disagree']). */
export function marks(...pairs: [Candidate, Mark][]): Record<string, Mark> {
  return Object.fromEntries(pairs.map(([c, m]) => [key(c), m]));
}

export const record = (b: Ballot): BallotEvent => ({ kind: 'record', ballot: b });

/** Applies events that must all be accepted; fails the test with the refusal otherwise. */
export function applyAll(state: BallotState, events: BallotEvent[], m: Meeting): BallotState {
  let current = state;
  for (const event of events) {
    const result = applyEvent(current, event, m);
    if (!result.ok) throw new Error(`Refused: ${result.issue.message}`);
    current = result.state;
  }
  return current;
}

/**
 * Ballots numbered from `from`, the first `agree` agreeing with `who`, the next `disagree` disagreeing,
 * the rest blank for `who`; every other candidate is marked agree so no ballot is unmarked.
 */
export function ballotsFor(
  who: Candidate,
  counts: { agree: number; disagree?: number; blank?: number },
  others: Candidate[] = [],
  from = 1,
  round = 1,
): BallotEvent[] {
  const events: BallotEvent[] = [];
  const total = counts.agree + (counts.disagree ?? 0) + (counts.blank ?? 0);
  for (let i = 0; i < total; i++) {
    const mark: Mark =
      i < counts.agree ? 'agree' : i < counts.agree + (counts.disagree ?? 0) ? 'disagree' : 'blank';
    const m: Record<string, Mark> = { [key(who)]: mark };
    for (const o of others) m[key(o)] = 'agree';
    events.push(record(ballot(from + i, m, { round })));
  }
  return events;
}
