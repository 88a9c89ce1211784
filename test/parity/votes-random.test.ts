/**
 * Random meetings, random rules, random ballots, undos, corrections, written votes and manual counts:
 * "Kiểm phiếu" evaluated by HyperFormula always equals the domain's replay of "Nhật ký phiếu".
 */
import fc from 'fast-check';
import {
  activeBallots,
  BUILT_IN_PROFILES,
  candidateKey,
  customProfile,
  tallyMeeting,
  type BallotEvent,
  type Candidate,
  type CountingRule,
  type Mark,
  type Meeting,
  type VoteBase,
} from '../../src/domain/votes';
import type { TitleId } from '../../src/domain/titles';
import { compareLogWithCounts } from '../../src/layout/votes';
import { MeetingRig } from '../layout/votes/rig';

const TITLES_USED: TitleId[] = ['LDTT', 'CSTDCS', 'CSTD_TINH', 'TTLDTT'];
const mark = fc.constantFrom<Mark>('agree', 'agree', 'disagree', 'blank');
const marks4 = fc.array(mark, { minLength: 4, maxLength: 4 });

const setupArb = fc.record({
  candidateCount: fc.integer({ min: 1, max: 4 }),
  issued: fc.integer({ min: 1, max: 9 }),
  extraPresent: fc.integer({ min: 0, max: 2 }),
  absent: fc.integer({ min: 0, max: 4 }),
  rule: fc.constantFrom<CountingRule>('invalid', 'rowBlank'),
  seats: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }),
  profileIndex: fc.integer({ min: 0, max: BUILT_IN_PROFILES.length - 1 }),
  bases: fc.array(fc.constantFrom<VoteBase>('present', 'allMembers', 'validBallots'), {
    minLength: 4,
    maxLength: 4,
  }),
  percents: fc.array(
    fc.integer({ min: 0, max: 10000 }).map((h) => h / 100),
    { minLength: 4, maxLength: 4 },
  ),
  written: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  noQuorum: fc.boolean(),
  secondRound: fc.boolean(),
  closed: fc.boolean(),
});

type Command =
  | { op: 'record'; round: number; marks: Mark[]; invalid: boolean }
  | { op: 'undo'; round: number }
  | { op: 'correct'; round: number; pick: number; marks: Mark[]; invalid: boolean }
  | { op: 'written'; round: number; name: number; marks: Mark[]; invalid: boolean }
  | { op: 'withdraw'; round: number; name: number }
  | { op: 'count'; round: number; returned: number; invalid: number; agree: number[]; disagree: number[] };

const round = fc.constantFrom(1, 1, 2);
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({ op: fc.constant('record' as const), round, marks: marks4, invalid: fc.boolean() }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('undo' as const), round }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('correct' as const),
      round,
      pick: fc.nat(),
      marks: marks4,
      invalid: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('written' as const),
      round,
      name: fc.integer({ min: 0, max: 2 }),
      marks: marks4,
      invalid: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('withdraw' as const),
      round,
      name: fc.integer({ min: 0, max: 2 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('count' as const),
      round,
      returned: fc.integer({ min: 0, max: 9 }),
      invalid: fc.integer({ min: 0, max: 3 }),
      agree: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 4, maxLength: 4 }),
      disagree: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 4, maxLength: 4 }),
    }),
  },
);

describe('random meetings: the sheet always equals the replay of its log', () => {
  it('compareLogWithCounts finds nothing', () => {
    fc.assert(
      fc.property(setupArb, fc.array(commandArb, { maxLength: 25 }), (s, commands) => {
        const candidates: Candidate[] = Array.from({ length: s.candidateCount }, (_, i) => ({
          titleId: TITLES_USED[i % TITLES_USED.length],
          id: `P${i}`,
          name: `Người ${i}`,
        }));
        const present = s.issued + s.extraPresent;
        const profile = customProfile(BUILT_IN_PROFILES[s.profileIndex]);
        TITLES_USED.forEach((t, i) => {
          profile.perTitle[t].base = s.bases[i];
          profile.perTitle[t].threshold.percent = s.percents[i];
          profile.perTitle[t].absentWrittenVotes = s.written[i];
        });
        const total = s.noQuorum ? present * 2 + 1 : present + s.absent;
        const keys = candidates.map((c) => candidateKey(c.titleId, c.id));
        const m: Meeting = {
          body: 'council',
          totalMembers: total,
          present,
          form: 'secret',
          candidates,
          seats: s.seats ? { LDTT: s.seats } : undefined,
          countingRule: s.rule,
          rounds: [
            { round: 1, issued: s.issued, closed: s.closed },
            ...(s.secondRound ? [{ round: 2, issued: s.issued, candidateKeys: keys.slice(0, 1) }] : []),
          ],
        };
        const rig = new MeetingRig(profile, m, 40);
        const marksOf = (r: number, ms: Mark[]) => {
          const onBallot = r === 1 ? keys : keys.slice(0, 1);
          return Object.fromEntries(onBallot.map((k, i) => [k, ms[i]]).filter(([, v]) => v !== 'blank'));
        };
        for (const c of commands) {
          const r = s.secondRound ? c.round : 1;
          const standing = activeBallots(rig.state, r);
          const base = { enteredBy: 'Thư ký', enteredAt: 't' };
          let event: BallotEvent;
          if (c.op === 'record') {
            const number = standing.reduce((x, b) => Math.max(x, b.number), 0) + 1;
            event = {
              kind: 'record',
              ballot: { round: r, number, marks: marksOf(r, c.marks), invalid: c.invalid, ...base },
            };
          } else if (c.op === 'undo') {
            event = {
              kind: 'undo',
              round: r,
              lastNumber: standing[standing.length - 1]?.number ?? 1,
              ...base,
            };
          } else if (c.op === 'correct') {
            const number = standing.length ? standing[c.pick % standing.length].number : 1;
            event = {
              kind: 'correct',
              number,
              ballot: { round: r, number, marks: marksOf(r, c.marks), invalid: c.invalid, ...base },
            };
          } else if (c.op === 'written') {
            event = {
              kind: 'written',
              vote: {
                round: r,
                memberName: `Vắng ${c.name}`,
                marks: marksOf(r, c.marks),
                ...(c.invalid ? { invalid: true } : {}),
              },
              ...base,
            };
          } else if (c.op === 'withdraw') {
            event = { kind: 'withdrawWritten', round: r, memberName: `Vắng ${c.name}`, ...base };
          } else {
            const onBallot = r === 1 ? keys : keys.slice(0, 1);
            event = {
              kind: 'count',
              count: {
                round: r,
                returned: c.returned,
                invalid: c.invalid,
                perCandidate: Object.fromEntries(
                  onBallot.map((k, i) => [k, { agree: c.agree[i], disagree: c.disagree[i] }]),
                ),
                ...base,
              },
            };
          }
          rig.apply(event); // refusals are part of the game: only accepted events reach the log
        }
        const issues = compareLogWithCounts(
          rig.book.values(rig.log.sheetName),
          rig.book.values(rig.count.map.sheetName),
          rig.count.map,
          profile,
          m,
          { logCapacity: 40 },
        );
        expect(issues).toEqual([]);
        const tally = tallyMeeting(profile, m, rig.state);
        for (const row of rig.count.map.candidates) {
          const c = tally.rounds
            .find((x) => x.round === row.round)!
            .candidates.find((x) => x.key === row.key)!;
          const needed = rig.countValue(row.cells.needed);
          expect(needed === '' || needed === null ? null : needed).toBe(
            c.status === 'failed' ? null : c.needed,
          );
          const percent = rig.countValue(row.cells.percent);
          if (c.base > 0) expect(percent).toBeCloseTo(c.agree / c.base, 9);
          else expect(percent === '' || percent === null).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });
});
