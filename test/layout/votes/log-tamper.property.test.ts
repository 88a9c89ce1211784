/**
 * 1,000 random meetings, each log then edited by hand in one random way — a row deleted, a row inserted
 * (a copy, or one typed without a check value), two rows swapped, a mark changed, a hand count typed as
 * text. Every edit is reported with the right cell, and no edit changes a decision silently: either every
 * decision is what it was, or an error is reported. Pure (no formula engine), so it stays fast.
 */
import fc from 'fast-check';
import { isFormulaCell, type Cell, type CellValue } from '../../../src/layout/grid';
import {
  applyEvent,
  activeBallots,
  candidateKey,
  EMPTY_BALLOT_STATE,
  SEED_003_PROFILE,
  tallyMeeting,
  type BallotEvent,
  type BallotState,
  type Candidate,
  type CountingRule,
  type Mark,
  type Meeting,
} from '../../../src/domain/votes';
import type { TitleId } from '../../../src/domain/titles';
import { cellAddress } from '../../../src/layout/a1';
import {
  LOG_COLUMNS,
  LOG_FIRST_DATA_ROW,
  LOG_KIND_LABELS,
  ballotLogLayout,
  buildBallotLogSheet,
  readBallotLog,
} from '../../../src/layout/votes';

const TITLES_USED: TitleId[] = ['LDTT', 'LDTT', 'CSTDCS', 'CSTD_TINH'];
const mark = fc.constantFrom<Mark>('agree', 'agree', 'disagree', 'blank');
const marks4 = fc.array(mark, { minLength: 4, maxLength: 4 });

type Command =
  | { op: 'record'; marks: Mark[]; invalid: boolean }
  | { op: 'undo' }
  | { op: 'written'; name: number; marks: Mark[] }
  | { op: 'count'; returned: number; agree: number[]; disagree: number[] };

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({ op: fc.constant('record' as const), marks: marks4, invalid: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('undo' as const) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('written' as const),
      name: fc.integer({ min: 0, max: 1 }),
      marks: marks4,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('count' as const),
      returned: fc.integer({ min: 0, max: 9 }),
      agree: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 4, maxLength: 4 }),
      disagree: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 4, maxLength: 4 }),
    }),
  },
);

const meetingArb = fc.record({
  candidateCount: fc.integer({ min: 1, max: 4 }),
  present: fc.integer({ min: 3, max: 12 }),
  absent: fc.integer({ min: 0, max: 3 }),
  rule: fc.constantFrom<CountingRule>('invalid', 'rowBlank'),
  seats: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }),
  /** The first commands go to round 1 (ballots, or one hand count), the rest to round 2. */
  split: fc.integer({ min: 0, max: 12 }),
});

type Edit =
  | { op: 'delete'; at: number }
  | { op: 'insert'; at: number; from: number; typed: boolean }
  | { op: 'swap'; at: number; pick: number }
  | { op: 'mark'; at: number; pick: number }
  | { op: 'countText'; at: number; pick: number; text: string };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), from: fc.nat(), typed: fc.boolean() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), pick: fc.nat() }),
  fc.record({ op: fc.constant('mark' as const), at: fc.nat(), pick: fc.nat() }),
  fc.record({
    op: fc.constant('countText' as const),
    at: fc.nat(),
    pick: fc.nat(),
    text: fc.constantFrom('3O', '30 phiếu', '30,0', '1e1', '', ' 7', 'mười'),
  }),
);

const asValues = (cells: (Cell | undefined)[][]): CellValue[][] =>
  cells.map((row) =>
    Array.from(row, (c) => (c === undefined ? null : isFormulaCell(c) ? c.formula : c.value)),
  );

function buildMeeting(s: MeetingSetup): Meeting {
  const candidates: Candidate[] = Array.from({ length: s.candidateCount }, (_, i) => ({
    titleId: TITLES_USED[i],
    id: `P${i}`,
    name: `Người ${i}`,
  }));
  return {
    body: 'council',
    totalMembers: s.present + s.absent,
    present: s.present,
    form: 'secret',
    candidates,
    seats: s.seats ? { LDTT: s.seats } : undefined,
    countingRule: s.rule,
    rounds: [
      { round: 1, issued: s.present },
      { round: 2, issued: s.present },
    ],
  };
}
type MeetingSetup = {
  candidateCount: number;
  present: number;
  absent: number;
  rule: CountingRule;
  seats?: number;
  split: number;
};

function buildState(m: Meeting, split: number, commands: Command[]): BallotState {
  const keys = m.candidates.map((c) => candidateKey(c.titleId, c.id));
  const marksOf = (ms: Mark[]) =>
    Object.fromEntries(keys.map((k, i) => [k, ms[i]]).filter(([, v]) => v !== 'blank'));
  let state = EMPTY_BALLOT_STATE;
  commands.forEach((c, index) => {
    const round = index < split ? 1 : 2;
    const standing = activeBallots(state, round);
    const minute = String(index % 60).padStart(2, '0');
    const base = {
      enteredBy: index % 3 === 0 ? 'Thư ký' : 'Cô Hoa',
      enteredAt: `2021-05-25T15:${minute}:00`,
    };
    let event: BallotEvent;
    if (c.op === 'record') {
      const number = standing.reduce((x, b) => Math.max(x, b.number), 0) + 1;
      event = {
        kind: 'record',
        ballot: { round, number, marks: marksOf(c.marks), invalid: c.invalid, ...base },
      };
    } else if (c.op === 'undo') {
      event = { kind: 'undo', round, lastNumber: standing[standing.length - 1]?.number ?? 1, ...base };
    } else if (c.op === 'written') {
      event = {
        kind: 'written',
        vote: { round, memberName: `Vắng ${c.name}`, marks: marksOf(c.marks) },
        ...base,
      };
    } else {
      event = {
        kind: 'count',
        count: {
          round,
          returned: c.returned,
          invalid: 0,
          perCandidate: Object.fromEntries(
            keys.map((k, i) => [k, { agree: c.agree[i], disagree: c.disagree[i] }]),
          ),
          ...base,
        },
      };
    }
    const result = applyEvent(state, event, m);
    if (result.ok) state = result.state;
  });
  return state;
}

const decisions = (m: Meeting, state: BallotState): string[] =>
  tallyMeeting(SEED_003_PROFILE, m, state).rounds.flatMap((r) =>
    r.candidates.map((c) => `${r.round}:${c.key}:${c.status}`),
  );

describe('random edits of "Nhật ký phiếu" in 1,000 random meetings', () => {
  it('each is reported with the right cell; none changes a decision silently', () => {
    fc.assert(
      fc.property(
        meetingArb,
        fc.array(commandArb, { minLength: 2, maxLength: 10 }),
        editArb,
        (s, commands, edit) => {
          const m = buildMeeting(s);
          const state = buildState(m, s.split, commands);
          const layout = ballotLogLayout(m);
          const values = asValues(buildBallotLogSheet(layout, state).cells);
          expect(readBallotLog(values, m).issues).toEqual([]);
          const n = state.entries.length;
          if (n === 0) return;
          const data = values.slice(LOG_FIRST_DATA_ROW);
          const row = (i: number) => LOG_FIRST_DATA_ROW + i;
          const kindOf = (r: CellValue[]) => r[LOG_COLUMNS.kind];
          const markCols = Object.values(layout.candidateColumn);
          const countCells = (r: CellValue[]) =>
            [LOG_COLUMNS.returned, ...markCols, ...Object.values(layout.disagreeCountColumn)].filter(
              (c) => typeof r[c] === 'number',
            );

          // Where the edit must be reported: a row (any vote.log.broken there, or on an identical row) or a cell.
          let expectedRows: number[] = [];
          let expectedCell: string | null = null;
          const ballotRows = data
            .map((r, i) => [r, i] as const)
            .filter(([r]) =>
              [LOG_KIND_LABELS.record, LOG_KIND_LABELS.correct, LOG_KIND_LABELS.written].includes(
                kindOf(r) as never,
              ),
            );
          const countRows = data
            .map((r, i) => [r, i] as const)
            .filter(([r]) => countCells(r).length > 0 && kindOf(r) === LOG_KIND_LABELS.count);
          let op = edit.op;
          if (op === 'countText' && countRows.length === 0) op = 'mark';
          if (op === 'mark' && ballotRows.length === 0) op = 'delete';
          if (op === 'swap' && n < 2) op = 'delete';

          if (op === 'delete') {
            const at = edit.at % n;
            data.splice(at, 1);
            expectedRows = [row(at)];
          } else if (op === 'insert') {
            const e = edit as Extract<Edit, { op: 'insert' }>;
            const at = e.at % (n + 1);
            const copy = [...data[e.from % n]];
            if (e.typed) {
              // Typed by hand: the next STT, no check value.
              copy[LOG_COLUMNS.stt] = at + 1;
              copy[LOG_COLUMNS.check] = null;
            }
            data.splice(at, 0, copy);
            expectedRows = [row(at)];
            // A copy placed just above its original looks sound itself; the original is then the duplicate.
            data.forEach((r, i) => {
              if (i !== at && JSON.stringify(r) === JSON.stringify(copy)) expectedRows.push(row(i));
            });
          } else if (op === 'swap') {
            const e = edit as Extract<Edit, { op: 'swap' }>;
            let [a, b] = [e.at % n, e.pick % n];
            if (a === b) b = (a + 1) % n;
            [a, b] = [Math.min(a, b), Math.max(a, b)];
            [data[a], data[b]] = [data[b], data[a]];
            expectedRows = [row(a)];
          } else if (op === 'mark') {
            const e = edit as Extract<Edit, { op: 'mark' }>;
            const [r, i] = ballotRows[e.at % ballotRows.length];
            const col = markCols[e.pick % markCols.length];
            const now = r[col];
            data[i] = [...r];
            data[i][col] = now === 'Đ' ? 'K' : now === 'K' ? null : 'Đ';
            expectedRows = [row(i)];
          } else {
            const e = edit as Extract<Edit, { op: 'countText' }>;
            const [r, i] = countRows[e.at % countRows.length];
            const cols = countCells(r);
            const col = cols[e.pick % cols.length];
            data[i] = [...r];
            data[i][col] = e.text;
            expectedCell = cellAddress(row(i), col);
          }

          const tampered = [...values.slice(0, LOG_FIRST_DATA_ROW), ...data];
          const read = readBallotLog(tampered, m);
          const errors = read.issues.filter((i) => i.severity === 'error');
          if (expectedCell !== null) {
            expect(errors).toContainEqual(
              expect.objectContaining({
                code: 'vote.log.unreadable',
                location: { sheet: 'Nhật ký phiếu', address: expectedCell },
              }),
            );
          } else {
            const reported = errors
              .filter((i) => i.code === 'vote.log.broken')
              .map((i) => i.location?.address);
            expect(
              expectedRows.map((r) => cellAddress(r, LOG_COLUMNS.stt)).some((a) => reported.includes(a)),
            ).toBe(true);
          }
          // Nothing silent: the decisions are the same, or an error says why they may not be.
          const same = JSON.stringify(decisions(m, read.state)) === JSON.stringify(decisions(m, state));
          expect(same || errors.length > 0).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
