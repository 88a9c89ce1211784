/**
 * A whole meeting, typed as the vice principal would type it: 61 staff, 41 present, 41 ballots of which one
 * is invalid, two LĐTT candidates on the boundary (29 of 41 passes, 28 of 41 is one short), and an undo.
 */
import {
  applyEvent,
  ballotFromSubmission,
  EMPTY_BALLOT_STATE,
  newDraft,
  nextBallotNumber,
  reduceKey,
  replay,
  SEED_003_PROFILE,
  tallyMeeting,
  tallySummaryForMinutes,
  type BallotEvent,
  type BallotState,
} from '../../../src/domain/votes';
import { AN, BINH, key, meeting } from './fixtures';

const m = meeting({ totalMembers: 61, present: 41, candidates: [AN, BINH] });
const rows = [key(AN), key(BINH)];

/** Keys for ballot n: 1–28 approve both ("A"), 29 agrees with An only, 30–40 disagree with both, 41 invalid. */
function keysFor(n: number): string[] {
  if (n <= 28) return ['A'];
  if (n === 29) return ['1', '2'];
  if (n <= 40) return ['2', '2'];
  return ['X'];
}

function typeMeeting(): { state: BallotState; events: BallotEvent[]; keystrokes: number[] } {
  let state = EMPTY_BALLOT_STATE;
  const events: BallotEvent[] = [];
  const keystrokes: number[] = [];
  const apply = (event: BallotEvent) => {
    const result = applyEvent(state, event, m);
    if (!result.ok) throw new Error(result.issue.message);
    state = result.state;
    events.push(event);
  };
  let draft = newDraft(1, nextBallotNumber(state, 1), rows);
  const typeBallot = (keys: string[]) => {
    for (const k of keys) {
      draft = reduceKey(draft, k);
      if (draft.submission) {
        apply({
          kind: 'record',
          ballot: ballotFromSubmission(
            draft.submission,
            1,
            'Cô Hoa',
            `2021-05-20T14:00:${draft.submission.number}`,
          ),
        });
      }
    }
    keystrokes.push(keys.length);
  };
  for (let n = 1; n <= 40; n++) typeBallot(keysFor(n));
  // Ballot 41 is keyed as "approve all" by mistake, undone, then keyed as the invalid ballot it is.
  typeBallot(['A']);
  apply({ kind: 'undo', round: 1, lastNumber: 41, enteredBy: 'Cô Hoa', enteredAt: '2021-05-20T14:05:00' });
  draft = newDraft(1, nextBallotNumber(state, 1), rows);
  typeBallot(keysFor(41));
  return { state, events, keystrokes };
}

describe('a meeting of 41 present out of 61', () => {
  const { state, events, keystrokes } = typeMeeting();
  const tally = tallyMeeting(SEED_003_PROFILE, m, state);
  const [round] = tally.rounds;
  const of = (k: string) => round.candidates.find((c) => c.key === k)!;

  it('has a quorum: 41 × 3 = 123 ≥ 122', () => {
    expect(tally.quorum.met).toBe(true);
  });

  it('counts 41 ballots returned, 40 valid, 1 invalid; the undone one is gone', () => {
    expect(round).toMatchObject({ issued: 41, returned: 41, valid: 40, invalid: 1, remaining: 0 });
    expect(state.entries).toHaveLength(43);
    expect(state.entries.filter((e) => e.status === 'undone')).toHaveLength(1);
  });

  it('An: 29 of 41 present (70,73%) passes; 29 × 100 = 2900 ≥ 70 × 41 = 2870', () => {
    expect(of(key(AN))).toMatchObject({
      agree: 29,
      disagree: 11,
      blank: 0,
      base: 41,
      percentText: '70,73%',
      status: 'passed',
    });
  });

  it('Bình: 28 of 41 (68,29%) is one short; 2800 < 2870', () => {
    expect(of(key(BINH))).toMatchObject({
      agree: 28,
      disagree: 12,
      base: 41,
      percentText: '68,29%',
      status: 'failed',
    });
  });

  it('took one key for each approve-all or invalid ballot and at most one per candidate otherwise', () => {
    expect(Math.max(...keystrokes)).toBeLessThanOrEqual(rows.length);
    expect(keystrokes.filter((k) => k === 1)).toHaveLength(28 + 1 + 1);
  });

  it('replays from the log to the same counts', () => {
    const again = replay(events, m);
    expect(again.issues).toEqual([]);
    expect(tallyMeeting(SEED_003_PROFILE, m, again.state)).toEqual(tally);
  });

  it('gives the minutes their figures', () => {
    const summary = tallySummaryForMinutes(SEED_003_PROFILE, m, state);
    expect(summary.rounds[0].sentence).toBe(
      'Vòng 1: phát ra 41 phiếu, thu vào 41 phiếu, hợp lệ 40 phiếu, không hợp lệ 1 phiếu.',
    );
    expect(
      summary.rounds[0].candidates.map((c) => `${c.name}: ${c.agree} phiếu (${c.percentText}) ${c.decision}`),
    ).toEqual(['Nguyễn Văn An: 29 phiếu (70,73%) Đạt', 'Trần Thị Bình: 28 phiếu (68,29%) Không đạt']);
  });
});
