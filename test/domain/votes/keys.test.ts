import fc from 'fast-check';
import {
  BALLOT_KEY_HELP,
  DEFAULT_BALLOT_KEYS,
  ballotFromSubmission,
  newDraft,
  reduceKey,
  type BallotDraft,
} from '../../../src/domain/votes';

const rows = ['LDTT:GV01', 'LDTT:GV02', 'CSTDCS:GV03'];
const press = (draft: BallotDraft, ...keys: string[]): BallotDraft =>
  keys.reduce((d, k) => reduceKey(d, k), draft);

describe('keystrokes per ballot', () => {
  it('"A" records a ballot that approves everyone in one keystroke', () => {
    const d = press(newDraft(1, 12, rows), 'A');
    expect(d.submission).toEqual({
      number: 12,
      marks: { 'LDTT:GV01': 'agree', 'LDTT:GV02': 'agree', 'CSTDCS:GV03': 'agree' },
      invalid: false,
    });
    expect(d.number).toBe(13);
    expect(d.marks).toEqual({});
  });

  it('"X" records an invalid ballot in one keystroke', () => {
    expect(press(newDraft(1, 5, rows), 'x').submission).toEqual({ number: 5, marks: {}, invalid: true });
  });

  it('one key per candidate: 1, 2, 0 marks the three rows and records on the last one', () => {
    const after2 = press(newDraft(1, 1, rows), '1', '2');
    expect(after2.submission).toBeNull();
    expect(after2.focus).toBe(2);
    const done = reduceKey(after2, '0');
    expect(done.submission?.marks).toEqual({
      'LDTT:GV01': 'agree',
      'LDTT:GV02': 'disagree',
      'CSTDCS:GV03': 'blank',
    });
  });

  it('D / K / space do the same as 1 / 2 / 0', () => {
    expect(press(newDraft(1, 1, rows), 'D', 'K', ' ').submission?.marks).toEqual({
      'LDTT:GV01': 'agree',
      'LDTT:GV02': 'disagree',
      'CSTDCS:GV03': 'blank',
    });
  });

  it('Enter records early: rows not marked count as blank (left out of the marks)', () => {
    expect(press(newDraft(1, 1, rows), '2', 'Enter').submission?.marks).toEqual({ 'LDTT:GV01': 'disagree' });
  });

  it('without auto-record, the last row waits for Enter', () => {
    const keys = { ...DEFAULT_BALLOT_KEYS, autoRecordOnLastRow: false };
    let d = newDraft(1, 1, rows);
    for (const k of ['1', '1', '1']) d = reduceKey(d, k, keys);
    expect(d.submission).toBeNull();
    expect(reduceKey(d, 'Enter', keys).submission?.marks).toEqual({
      'LDTT:GV01': 'agree',
      'LDTT:GV02': 'agree',
      'CSTDCS:GV03': 'agree',
    });
  });
});

describe('moving and fixing', () => {
  it('arrows move without leaving the ballot', () => {
    const d = newDraft(1, 1, rows);
    expect(press(d, 'ArrowUp').focus).toBe(0);
    expect(press(d, 'ArrowDown', 'ArrowDown', 'ArrowDown').focus).toBe(2);
    expect(press(d, 'ArrowDown', '2', 'ArrowUp', 'ArrowUp', '1').marks).toEqual({
      'LDTT:GV01': 'agree',
      'LDTT:GV02': 'disagree',
    });
  });
  it('Backspace takes back the mark just made', () => {
    const d = press(newDraft(1, 1, rows), '1', '2', 'Backspace');
    expect(d.marks).toEqual({ 'LDTT:GV01': 'agree' });
    expect(d.focus).toBe(1);
  });
  it('Escape starts the ballot over', () => {
    const d = press(newDraft(1, 1, rows), '1', '2', 'Escape');
    expect(d).toMatchObject({ marks: {}, focus: 0, number: 1 });
  });
  it('an unknown key changes nothing', () => {
    const d = press(newDraft(1, 1, rows), '1');
    expect(reduceKey(d, 'q')).toEqual(d);
  });
  it('the next key clears the submission of the previous ballot', () => {
    const d = press(newDraft(1, 1, rows), 'A', 'ArrowDown');
    expect(d.submission).toBeNull();
    expect(d.number).toBe(2);
  });
  it('a ballot with no candidates still takes A and X', () => {
    expect(press(newDraft(1, 1, []), '1').submission).toBeNull();
    expect(press(newDraft(1, 1, []), 'A').submission).toEqual({ number: 1, marks: {}, invalid: false });
  });
});

describe('the recorded ballot', () => {
  it('carries round, number, who and when', () => {
    const { submission } = press(newDraft(2, 7, rows), 'A');
    expect(ballotFromSubmission(submission!, 2, 'Cô Hoa', '2021-05-20T14:00:00')).toEqual({
      round: 2,
      number: 7,
      marks: { 'LDTT:GV01': 'agree', 'LDTT:GV02': 'agree', 'CSTDCS:GV03': 'agree' },
      invalid: false,
      enteredBy: 'Cô Hoa',
      enteredAt: '2021-05-20T14:00:00',
    });
  });
});

describe('property: never more than one key per candidate', () => {
  it('any n mark keys on n rows record exactly one ballot, on the n-th key', () => {
    const markKey = fc.constantFrom('1', '2', '0', 'd', 'k', ' ');
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((n) => fc.array(markKey, { minLength: n, maxLength: n })),
        (keys) => {
          const candidateKeys = keys.map((_, i) => `LDTT:P${i}`);
          let d = newDraft(1, 1, candidateKeys);
          const submittedAt: number[] = [];
          keys.forEach((k, i) => {
            d = reduceKey(d, k);
            if (d.submission) submittedAt.push(i);
          });
          expect(submittedAt).toEqual([keys.length - 1]);
          expect(Object.keys(d.submission!.marks)).toHaveLength(keys.length);
        },
      ),
    );
  });
});

describe('help', () => {
  it('is Vietnamese (NFC) and names every default key', () => {
    const text = BALLOT_KEY_HELP.join('\n');
    expect(text).toBe(text.normalize('NFC'));
    for (const word of ['Đồng ý', 'Không đồng ý', 'để trống', 'A:', 'X:', 'Enter', 'Backspace', 'Esc']) {
      expect(text).toContain(word);
    }
  });
});
