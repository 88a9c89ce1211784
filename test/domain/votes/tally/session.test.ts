import fc from 'fast-check';
import { ND_91_2017_PROFILE, activeBallots, replay, tallyMeeting } from '../../../../src/domain/votes';
import { statusText } from '../../../../src/domain/votes/tally/display';
import {
  applyToSession,
  entryBlocked,
  markRow,
  pressKey,
  sessionEvents,
  sessionTally,
  startTally,
  undoLast,
} from '../../../../src/domain/votes/tally/session';
import { HANG_KEY, MEETING_KEYS, YEN_KEY, meeting61, type, votes61 } from './fixtures';

const statusOf = (session: ReturnType<typeof startTally>, key: string) =>
  sessionTally(session).rounds[0].candidates.find((c) => c.key === key)!;

describe('61 members, 41 present, two CSTĐCS candidates counted on the valid ballots', () => {
  test('41 ballots keyed in, one invalid: Hằng 28 of 40 is exactly 70% and passes, Yến 27 of 40 does not', () => {
    const session = type(startTally(votes61()), MEETING_KEYS);
    const round = sessionTally(session).rounds[0];
    expect(round).toMatchObject({ returned: 41, valid: 40, invalid: 1, remaining: 0 });
    expect(statusOf(session, HANG_KEY)).toMatchObject({
      agree: 28,
      base: 40,
      percentText: '70,00%',
      status: 'passed',
    });
    expect(statusOf(session, YEN_KEY)).toMatchObject({
      agree: 27,
      base: 40,
      percentText: '67,50%',
      status: 'failed',
    });
    expect(sessionTally(session).quorum.met).toBe(true);
  });

  test('an all-approve ballot takes one key, any other at most one key per candidate', () => {
    let session = startTally(votes61());
    session = type(session, ['a']);
    expect(activeBallots(session.state, 1)).toHaveLength(1);
    session = type(session, ['1', '2']);
    expect(activeBallots(session.state, 1)).toHaveLength(2);
    expect(activeBallots(session.state, 1)[1].marks).toEqual({ [HANG_KEY]: 'agree', [YEN_KEY]: 'disagree' });
  });

  test('while ballots are out: "cần thêm N phiếu" on a fixed base, "tạm đạt" on the valid ballots', () => {
    const words = {
      passed: 'Đạt',
      failed: 'Không đạt',
      needMore: (n: number) => `Cần thêm ${n} phiếu`,
      leading: 'Tạm đạt',
    };
    // ND 91 as built in: 70% of the 41 present, so 29 agree votes; 20 are in and 21 ballots are out.
    const present = type(startTally(votes61({ profile: ND_91_2017_PROFILE })), Array<string>(20).fill('a'));
    expect(statusOf(present, HANG_KEY)).toMatchObject({ status: 'open', needed: 9 });
    expect(statusText(statusOf(present, HANG_KEY), words)).toBe('Cần thêm 9 phiếu');
    // On the valid ballots 20 of 20 reach 70% now, but 21 ballots still out could take it away.
    const valid = type(startTally(votes61()), Array<string>(20).fill('a'));
    expect(statusOf(valid, HANG_KEY)).toMatchObject({ status: 'open', reached: true });
    expect(statusText(statusOf(valid, HANG_KEY), words)).toBe('Tạm đạt');
    // 0 of 20 valid, 21 out: even all 21 agreeing gives 21 of 41, so it is already lost.
    const lost = type(startTally(votes61()), Array.from({ length: 20 }, () => ['2', '2']).flat());
    expect(statusText(statusOf(lost, YEN_KEY), words)).toBe('Không đạt');
  });

  test('every accepted ballot is one new log entry', () => {
    const first = pressKey(startTally(votes61()), 'a', 'Thư ký', '2021-05-25T14:00:00');
    expect(first.ok && first.logged).toBe(true);
    const second = pressKey(first.session, 'x', 'Thư ký', '2021-05-25T14:00:05');
    expect(second.ok && second.logged).toBe(true);
    expect(second.session.state.entries).toHaveLength(2);
  });

  test('a key that only marks a row writes nothing; the ballot number shows the next number', () => {
    const session = startTally(votes61());
    const step = pressKey(session, '1', 'Thư ký', '2021-05-25T14:00:00');
    expect(step.ok && step.logged).toBe(false);
    expect(step.session.draft).toMatchObject({ number: 1, focus: 1, marks: { [HANG_KEY]: 'agree' } });
  });

  test('undo withdraws the last ballot, marks its row "Đã hủy", and the next ballot takes its number again', () => {
    let session = type(startTally(votes61()), ['a', 'a', 'x']);
    expect(session.draft.number).toBe(4);
    const undo = undoLast(session, 'Thư ký', '2021-05-25T14:01:00');
    expect(undo.ok).toBe(true);
    if (!undo.ok) return;
    expect(undo.logged).toBe(true);
    session = undo.session;
    expect(session.draft.number).toBe(3);
    session = type(session, ['a']);
    expect(activeBallots(session.state, 1).map((b) => b.number)).toEqual([1, 2, 3]);
    expect(sessionTally(session).rounds[0].invalid).toBe(0);
  });

  test('undo with nothing entered is refused in Vietnamese', () => {
    const step = undoLast(startTally(votes61()), 'Thư ký', '2021-05-25T14:01:00');
    expect(step.ok).toBe(false);
    if (!step.ok) expect(step.issue.message).toBe('Vòng 1 chưa có phiếu nào để hủy.');
  });

  test('a 42nd ballot for 41 issued is refused and the screen keeps the ballot as it was', () => {
    const full = type(startTally(votes61()), Array<string>(41).fill('a'));
    const before = pressKey(full, '1', 'Thư ký', 't').session;
    const step = pressKey(before, '1', 'Thư ký', 't');
    expect(step.ok).toBe(false);
    if (step.ok) return;
    expect(step.issue.message).toContain('đã ghi đủ 41 phiếu phát ra');
    expect(step.session.draft).toEqual(before.draft);
  });

  test('marking by pointer sets the row without recording; a second blank click clears it', () => {
    let session = startTally(votes61());
    session = markRow(session, 1, 'disagree');
    expect(session.draft).toMatchObject({ focus: 1, marks: { [YEN_KEY]: 'disagree' } });
    session = markRow(markRow(session, 0, 'blank'), 0, 'blank');
    expect(session.draft.marks[HANG_KEY]).toBeUndefined();
    expect(session.state.entries).toHaveLength(0);
  });

  test('a closed round or a hand-counted round takes no ballot and says why', () => {
    const closed = startTally(
      votes61({ meeting: meeting61({ rounds: [{ round: 1, issued: 41, closed: true }] }) }),
    );
    expect(entryBlocked(closed)).toBe('Vòng 1 đã kết thúc kiểm phiếu.');
    const counted = applyToSession(startTally(votes61()), {
      kind: 'count',
      count: {
        round: 1,
        returned: 41,
        invalid: 1,
        perCandidate: { [HANG_KEY]: { agree: 28, disagree: 12 }, [YEN_KEY]: { agree: 27, disagree: 13 } },
        enteredBy: 'Thư ký',
        enteredAt: 't',
      },
    });
    expect(counted.ok).toBe(true);
    expect(entryBlocked(counted.session)).toContain('kết quả đếm tay');
    expect(statusOf(counted.session, HANG_KEY).status).toBe('passed');
  });

  test('an absent member’s written vote counts in the numerator and the base, and keeps the ballot being keyed', () => {
    const session = type(startTally(votes61({ profile: ND_91_2017_PROFILE })), ['1']);
    const step = applyToSession(session, {
      kind: 'written',
      vote: { round: 1, memberName: 'Lê Văn Vắng', marks: { [HANG_KEY]: 'agree', [YEN_KEY]: 'disagree' } },
      enteredBy: 'Thư ký',
      enteredAt: 't',
    });
    expect(step.ok).toBe(true);
    if (!step.ok) return;
    expect(step.session.draft.marks).toEqual({ [HANG_KEY]: 'agree' });
    expect(step.logged).toBe(true);
    // 70% of those present or consulted: 41 present + 1 in writing.
    expect(statusOf(step.session, HANG_KEY)).toMatchObject({ agree: 1, writtenAgree: 1, base: 42 });
  });

  test('a session started from the log continues where it was: same tally, next number', () => {
    const session = type(startTally(votes61()), MEETING_KEYS.slice(0, 30));
    const reopened = startTally(votes61({ events: sessionEvents(session) }));
    expect(reopened.draft.number).toBe(session.draft.number);
    expect(sessionTally(reopened)).toEqual(sessionTally(session));
  });
});

describe('properties', () => {
  const keys = fc.constantFrom(
    '1',
    '2',
    '0',
    'a',
    'x',
    'Enter',
    'ArrowUp',
    'ArrowDown',
    'Backspace',
    'Escape',
    'q',
  );

  test('whatever is typed: the log replays to the same counts, and never more ballots than issued', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(keys, fc.constant('undo')), { maxLength: 150 }), (typed) => {
        const votes = votes61({ meeting: meeting61({ rounds: [{ round: 1, issued: 30 }] }) });
        let session = startTally(votes);
        for (const key of typed) {
          const step =
            key === 'undo' ? undoLast(session, 'Thư ký', 't') : pressKey(session, key, 'Thư ký', 't');
          session = step.session;
        }
        const replayed = replay(sessionEvents(session), session.meeting);
        expect(replayed.issues).toEqual([]);
        expect(tallyMeeting(session.profile, session.meeting, replayed.state)).toEqual(sessionTally(session));
        expect(activeBallots(session.state, 1).length).toBeLessThanOrEqual(30);
        const round = sessionTally(session).rounds[0];
        for (const c of round.candidates) expect(c.agree + c.disagree + c.blank).toBe(round.valid);
      }),
    );
  });
});
