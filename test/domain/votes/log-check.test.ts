/** The chained check value of "Nhật ký phiếu": documented, recomputable, and each tampering found where it is. */
import {
  CHECK_ALPHABET,
  EMPTY_BALLOT_STATE,
  LOG_CHAIN_START,
  chainCheck,
  entryChecks,
  fnv1a32,
  logRowContent,
  verifyLogChain,
  type LoggedRow,
} from '../../../src/domain/votes';
import { AN, BINH, applyAll, ballot, ballotsFor, marks, meeting, record } from './fixtures';

const m = meeting({ candidates: [AN, BINH] });
const state = applyAll(EMPTY_BALLOT_STATE, ballotsFor(AN, { agree: 3, disagree: 2 }, [BINH]), m);
const checks = entryChecks(state.entries);
const rows = (): LoggedRow[] =>
  state.entries.map((e, i) => ({ seq: e.seq, check: checks[i], event: e.event, target: e.target }));

describe('the algorithm, as docs/ballot-log.md states it', () => {
  it('is FNV-1a 32 bit over UTF-8 (published test vectors)', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });
  it('writes the hexadecimal digits as consonants, so Excel never reads a number', () => {
    expect(CHECK_ALPHABET).toHaveLength(16);
    const check = chainCheck(LOG_CHAIN_START, logRowContent(1, state.entries[0].event));
    expect(check).toMatch(/^[BCDFGHJKLMNPQRST]{8}$/);
    const hex = fnv1a32(`${LOG_CHAIN_START}|${logRowContent(1, state.entries[0].event)}`)
      .toString(16)
      .padStart(8, '0');
    expect([...hex].map((d) => CHECK_ALPHABET[parseInt(d, 16)]).join('')).toBe(check);
  });
  it('reads the row content as a JSON array with sorted marks, blank marks left out', () => {
    const b = ballot(7, { 'LDTT:GV02': 'disagree', 'LDTT:GV01': 'agree', 'LDTT:GV09': 'blank' });
    const content = JSON.parse(logRowContent(3, record({ ...b, enteredAt: '2021-05-20 14:05' })));
    expect(content).toEqual([
      1,
      3,
      'record',
      1,
      7,
      '2021-05-20T14:05:00',
      'Thư ký',
      0,
      null,
      '',
      null,
      null,
      [
        ['LDTT:GV01', 'agree'],
        ['LDTT:GV02', 'disagree'],
      ],
      [],
    ]);
  });
  it('chains: the same row after another row has another check value', () => {
    expect(new Set(checks).size).toBe(checks.length);
  });
});

describe('verifying the chain', () => {
  it('an untouched log has no break', () => {
    expect(verifyLogChain(rows(), { count: 5, last: checks[4] })).toEqual([]);
  });
  it('a deleted middle row names the row after the gap, and only it', () => {
    const r = rows();
    r.splice(2, 1);
    expect(verifyLogChain(r, { count: 5, last: checks[4] })).toEqual([
      { index: 2, reason: 'gap', missing: [3, 3] },
    ]);
  });
  it('a deleted last row is found by the seal', () => {
    const r = rows().slice(0, 4);
    expect(verifyLogChain(r, { count: 5, last: checks[4] })).toEqual([
      { index: 4, reason: 'missing-tail', missing: [5, 5] },
    ]);
  });
  it('an edited row names itself only', () => {
    const r = rows();
    r[1] = { ...r[1], event: record(ballot(2, marks([AN, 'disagree'], [BINH, 'agree']))) };
    expect(verifyLogChain(r, { count: 5, last: checks[4] })).toEqual([{ index: 1, reason: 'edited' }]);
  });
  it('a copy inserted, two rows swapped, a row typed by hand, a blank row between', () => {
    const copy = rows();
    copy.splice(3, 0, copy[2]);
    expect(verifyLogChain(copy, { count: 5, last: checks[4] })).toEqual([{ index: 3, reason: 'duplicate' }]);
    const swapped = rows();
    [swapped[1], swapped[2]] = [swapped[2], swapped[1]];
    expect(verifyLogChain(swapped).map((b) => [b.index, b.reason])).toEqual([
      [1, 'gap'],
      [2, 'out-of-order'],
    ]);
    const typed = [...rows(), { seq: 6, check: '', event: record(ballot(6, marks([AN, 'agree']))) }];
    expect(verifyLogChain(typed, { count: 5, last: checks[4] })).toEqual([{ index: 5, reason: 'no-check' }]);
    const blank = rows();
    blank.splice(1, 0, { seq: null, check: '', event: null, blank: true });
    expect(verifyLogChain(blank).map((b) => b.reason)).toEqual(['blank-row']);
  });
  it('the earlier format (no check values) is checked on its STT only', () => {
    const r = rows().map((row) => ({ ...row, check: '' }));
    expect(verifyLogChain(r, null, { checkValues: false })).toEqual([]);
    r.splice(1, 1);
    expect(verifyLogChain(r, null, { checkValues: false })).toEqual([
      { index: 1, reason: 'gap', missing: [2, 2] },
    ]);
  });
});
