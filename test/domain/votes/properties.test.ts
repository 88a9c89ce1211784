/**
 * Properties of the ballot log and the tally (fast-check): the log always replays to the counts, in any
 * order of records and undos; more agree votes never turn a pass into a fail; the counts always add up.
 */
import fc from 'fast-check';
import {
  applyEvent,
  BUILT_IN_PROFILES,
  customProfile,
  EMPTY_BALLOT_STATE,
  activeBallots,
  replay,
  tallyMeeting,
  type Ballot,
  type BallotEvent,
  type BallotState,
  type Candidate,
  type CountingRule,
  type Mark,
  type Meeting,
  type RuleProfile,
  type VoteBase,
  type VoteStatus,
} from '../../../src/domain/votes';
import { candidateKey } from '../../../src/domain/votes';
import type { TitleId } from '../../../src/domain/titles';

const TITLES_USED: TitleId[] = ['LDTT', 'CSTDCS', 'CSTD_TINH', 'TTLDTT'];
const markArb = fc.constantFrom<Mark>('agree', 'agree', 'disagree', 'blank');

interface World {
  meeting: Meeting;
  profile: RuleProfile;
}

const worldArb: fc.Arbitrary<World> = fc
  .record({
    candidateCount: fc.integer({ min: 1, max: 4 }),
    issued: fc.integer({ min: 1, max: 14 }),
    extraPresent: fc.integer({ min: 0, max: 2 }),
    absent: fc.integer({ min: 0, max: 6 }),
    rule: fc.constantFrom<CountingRule>('invalid', 'rowBlank'),
    seats: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }),
    profileIndex: fc.integer({ min: 0, max: BUILT_IN_PROFILES.length - 1 }),
    bases: fc.array(fc.constantFrom<VoteBase>('present', 'allMembers', 'validBallots'), {
      minLength: 4,
      maxLength: 4,
    }),
    percents: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 4 }),
    closed: fc.boolean(),
  })
  .map((w) => {
    const candidates: Candidate[] = Array.from({ length: w.candidateCount }, (_, i) => ({
      titleId: TITLES_USED[i % TITLES_USED.length],
      id: `P${i}`,
      name: `Người ${i}`,
    }));
    const present = w.issued + w.extraPresent;
    const profile = customProfile(BUILT_IN_PROFILES[w.profileIndex]);
    TITLES_USED.forEach((t, i) => {
      profile.perTitle[t].base = w.bases[i];
      profile.perTitle[t].threshold.percent = w.percents[i];
    });
    const meeting: Meeting = {
      body: 'council',
      totalMembers: present + w.absent,
      present,
      form: 'secret',
      candidates,
      seats: w.seats ? { LDTT: w.seats } : undefined,
      countingRule: w.rule,
      rounds: [{ round: 1, issued: w.issued, closed: w.closed }],
    };
    return { meeting, profile };
  });

type Command =
  | { op: 'record'; marks: Mark[]; invalid: boolean }
  | { op: 'undo'; wrongNumber: boolean }
  | { op: 'correct'; pick: number; marks: Mark[]; invalid: boolean }
  | { op: 'written'; name: number; marks: Mark[] };

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant('record' as const),
      marks: fc.array(markArb, { minLength: 4, maxLength: 4 }),
      invalid: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('undo' as const), wrongNumber: fc.boolean() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('correct' as const),
      pick: fc.nat(),
      marks: fc.array(markArb, { minLength: 4, maxLength: 4 }),
      invalid: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('written' as const),
      name: fc.integer({ min: 0, max: 3 }),
      marks: fc.array(markArb, { minLength: 4, maxLength: 4 }),
    }),
  },
);

function marksFor(meeting: Meeting, marks: Mark[]): Record<string, Mark> {
  const out: Record<string, Mark> = {};
  meeting.candidates.forEach((c, i) => {
    if (marks[i] !== 'blank') out[candidateKey(c.titleId, c.id)] = marks[i];
  });
  return out;
}

const ballotOf = (number: number, marks: Record<string, Mark>, invalid: boolean): Ballot => ({
  round: 1,
  number,
  marks,
  invalid,
  enteredBy: 'Thư ký',
  enteredAt: `t${number}`,
});

/** Runs commands through applyEvent, keeping only what it accepts. */
function run(world: World, commands: Command[]): { state: BallotState; accepted: BallotEvent[] } {
  const { meeting } = world;
  let state = EMPTY_BALLOT_STATE;
  const accepted: BallotEvent[] = [];
  const tryEvent = (event: BallotEvent) => {
    const result = applyEvent(state, event, meeting);
    if (result.ok) {
      state = result.state;
      accepted.push(event);
    }
  };
  for (const c of commands) {
    const active = activeBallots(state, 1);
    if (c.op === 'record') {
      const next = active.reduce((m, b) => Math.max(m, b.number), 0) + 1;
      tryEvent({ kind: 'record', ballot: ballotOf(next, marksFor(meeting, c.marks), c.invalid) });
    } else if (c.op === 'undo') {
      const last = active[active.length - 1];
      tryEvent({
        kind: 'undo',
        round: 1,
        lastNumber: (last?.number ?? 1) + (c.wrongNumber ? 1 : 0),
        enteredBy: 'x',
        enteredAt: 't',
      });
    } else if (c.op === 'correct') {
      const number = active.length > 0 ? active[c.pick % active.length].number : 1;
      tryEvent({ kind: 'correct', number, ballot: ballotOf(number, marksFor(meeting, c.marks), c.invalid) });
    } else {
      tryEvent({
        kind: 'written',
        vote: { round: 1, memberName: `Vắng ${c.name}`, marks: marksFor(meeting, c.marks) },
        enteredBy: 'x',
        enteredAt: 't',
      });
    }
  }
  return { state, accepted };
}

/** Counts done the plain way, straight from the ballots that stand. */
function naiveAgree(world: World, ballots: Ballot[], who: Candidate): number {
  const { meeting } = world;
  let agree = 0;
  for (const b of ballots) {
    const marked = meeting.candidates.some(
      (c) => (b.marks[candidateKey(c.titleId, c.id)] ?? 'blank') !== 'blank',
    );
    const ldttAgree = meeting.candidates.filter(
      (c) => c.titleId === 'LDTT' && b.marks[candidateKey(c.titleId, c.id)] === 'agree',
    ).length;
    const over = meeting.seats?.LDTT !== undefined && ldttAgree > meeting.seats.LDTT;
    const valid = !b.invalid && (meeting.countingRule === 'rowBlank' || (marked && !over));
    if (!valid) continue;
    if (over && who.titleId === 'LDTT') continue;
    if (b.marks[candidateKey(who.titleId, who.id)] === 'agree') agree += 1;
  }
  return agree;
}

const rank: Record<VoteStatus, number> = { failed: 0, open: 1, passed: 2 };
const commandsArb = fc.array(commandArb, { maxLength: 30 });

describe('the log replays to the counts', () => {
  it('replaying the accepted events rebuilds the same state and the same tally', () => {
    fc.assert(
      fc.property(worldArb, commandsArb, (world, commands) => {
        const { state, accepted } = run(world, commands);
        const replayed = replay(accepted, world.meeting);
        expect(replayed.issues).toEqual([]);
        expect(replayed.state).toEqual(state);
        expect(tallyMeeting(world.profile, world.meeting, replayed.state)).toEqual(
          tallyMeeting(world.profile, world.meeting, state),
        );
      }),
    );
  });

  it('ballot counts equal a plain count of the ballots that stand, whatever the order they came in', () => {
    fc.assert(
      fc.property(worldArb, commandsArb, fc.infiniteStream(fc.nat()), (world, commands, seeds) => {
        const { state } = run(
          { ...world },
          commands.filter((c) => c.op !== 'written'),
        );
        const standing = activeBallots(state, 1);
        const shuffled = [...standing];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = seeds.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
        }
        const fresh = replay(
          shuffled.map((b) => ({ kind: 'record', ballot: b })),
          world.meeting,
        );
        expect(fresh.issues).toEqual([]);
        const a = tallyMeeting(world.profile, world.meeting, state).rounds[0];
        const b = tallyMeeting(world.profile, world.meeting, fresh.state).rounds[0];
        expect(b).toEqual(a);
        for (const c of a.candidates) {
          expect(c.agree).toBe(naiveAgree(world, standing, c.candidate));
        }
      }),
    );
  });
});

describe('thresholds are monotone', () => {
  it('turning one ballot’s mark for a candidate into Đồng ý never lowers that candidate’s result', () => {
    fc.assert(
      fc.property(worldArb, commandsArb, fc.nat(), fc.nat(), (world, commands, pickBallot, pickCandidate) => {
        const w: World = {
          ...world,
          meeting: { ...world.meeting, seats: undefined, countingRule: 'rowBlank' },
        };
        const { state } = run(w, commands);
        const standing = activeBallots(state, 1);
        if (standing.length === 0) return;
        const target = standing[pickBallot % standing.length];
        const who = w.meeting.candidates[pickCandidate % w.meeting.candidates.length];
        const k = candidateKey(who.titleId, who.id);
        const corrected = applyEvent(
          state,
          {
            kind: 'correct',
            number: target.number,
            ballot: { ...target, invalid: false, marks: { ...target.marks, [k]: 'agree' } },
          },
          w.meeting,
        );
        if (!corrected.ok) throw new Error(corrected.issue.message);
        const before = tallyMeeting(w.profile, w.meeting, state).rounds[0].candidates.find(
          (c) => c.key === k,
        )!;
        const after = tallyMeeting(w.profile, w.meeting, corrected.state).rounds[0].candidates.find(
          (c) => c.key === k,
        )!;
        expect(after.agree).toBeGreaterThanOrEqual(before.agree);
        expect(rank[after.status]).toBeGreaterThanOrEqual(rank[before.status]);
      }),
    );
  });

  it('one more ballot agreeing with everyone never lowers anyone’s result', () => {
    fc.assert(
      fc.property(worldArb, commandsArb, (world, commands) => {
        const { state } = run(world, commands);
        const standing = activeBallots(state, 1);
        const marks = Object.fromEntries(
          world.meeting.candidates.map((c) => [candidateKey(c.titleId, c.id), 'agree' as Mark]),
        );
        const w: World = { ...world, meeting: { ...world.meeting, seats: undefined } };
        const added = applyEvent(
          state,
          {
            kind: 'record',
            ballot: ballotOf(standing.reduce((m, b) => Math.max(m, b.number), 0) + 1, marks, false),
          },
          w.meeting,
        );
        if (!added.ok) return; // every issued ballot is in
        const before = tallyMeeting(w.profile, w.meeting, state).rounds[0].candidates;
        const after = tallyMeeting(w.profile, w.meeting, added.state).rounds[0].candidates;
        before.forEach((b, i) => expect(rank[after[i].status]).toBeGreaterThanOrEqual(rank[b.status]));
      }),
    );
  });
});

describe('counts always add up', () => {
  it('agree + disagree + blank = valid counted; valid + invalid = returned ≤ issued ≤ present ≤ members', () => {
    fc.assert(
      fc.property(worldArb, commandsArb, (world, commands) => {
        const { state } = run(world, commands);
        const { meeting, profile } = world;
        const tally = tallyMeeting(profile, meeting, state);
        for (const r of tally.rounds) {
          expect(r.valid + r.invalid).toBe(r.returned);
          expect(r.returned + r.remaining).toBeLessThanOrEqual(r.issued);
          expect(r.issued).toBeLessThanOrEqual(meeting.present);
          expect(meeting.present + r.written).toBeLessThanOrEqual(meeting.totalMembers);
          for (const c of r.candidates) {
            const validCounted = r.valid + (c.rule.absentWrittenVotes ? r.writtenValid : 0);
            expect(c.agree + c.disagree + c.blank).toBe(validCounted);
            expect(Math.min(c.agree, c.disagree, c.blank)).toBeGreaterThanOrEqual(0);
            expect(c.agree).toBeLessThanOrEqual(c.base);
            if (c.base > 0) {
              const shown = Number(c.percentText.replace('%', '').replace(',', '.'));
              expect(Math.abs(shown - (100 * c.agree) / c.base)).toBeLessThanOrEqual(0.005 + 1e-9);
            }
            if (!tally.quorum.met) expect(c.status).toBe('failed');
          }
        }
      }),
    );
  });
});

describe('a decided result is final', () => {
  function fillRemaining(world: World, state: BallotState, mark: Mark): BallotState {
    let current = state;
    for (;;) {
      const standing = activeBallots(current, 1);
      const marks = Object.fromEntries(
        world.meeting.candidates.map((c) => [candidateKey(c.titleId, c.id), mark]),
      );
      const next = standing.reduce((m, b) => Math.max(m, b.number), 0) + 1;
      const result = applyEvent(
        current,
        { kind: 'record', ballot: ballotOf(next, marks, false) },
        world.meeting,
      );
      if (!result.ok) return current;
      current = result.state;
    }
  }

  it('passed stays passed if every ballot still out disagrees; failed stays failed if every one agrees', () => {
    fc.assert(
      fc.property(worldArb, commandsArb, (world, commands) => {
        const w: World = {
          ...world,
          meeting: { ...world.meeting, seats: undefined, countingRule: 'rowBlank' },
        };
        const { state } = run(w, commands);
        const before = tallyMeeting(w.profile, w.meeting, state).rounds[0].candidates;
        const worst = tallyMeeting(w.profile, w.meeting, fillRemaining(w, state, 'disagree')).rounds[0]
          .candidates;
        const best = tallyMeeting(w.profile, w.meeting, fillRemaining(w, state, 'agree')).rounds[0]
          .candidates;
        before.forEach((b, i) => {
          if (b.status === 'passed') expect(worst[i].status).toBe('passed');
          if (b.status === 'failed') expect(best[i].status).toBe('failed');
          if (b.status === 'open') {
            expect(b.needed).not.toBeNull();
            expect(best[i].status).toBe('passed');
          }
        });
      }),
    );
  });
});
