import { activeBallots } from '../../../../src/domain/votes';
import { receiptOf } from '../../../../src/domain/votes/tally/receipt';
import { pressKey, startTally, undoLast } from '../../../../src/domain/votes/tally/session';
import { HANG, HANG_KEY, YEN, meeting61, type, votes61 } from './fixtures';

describe('ballot entry that cannot be fooled', () => {
  test('A then Enter records one ballot: the Enter on the next, unmarked ballot is refused and says why', () => {
    const afterA = type(startTally(votes61()), ['a']);
    const enter = pressKey(afterA, 'Enter', 'Thư ký', 't');
    expect(enter.ok).toBe(false);
    if (enter.ok) return;
    expect(enter.issue.code).toBe('vote.ballot.empty-enter');
    expect(enter.issue.message).toContain('Phiếu số 2 chưa đánh dấu dòng nào');
    expect(enter.issue.message).toContain('bấm X');
    expect(activeBallots(enter.session.state, 1)).toHaveLength(1);
    expect(enter.session.draft.number).toBe(2);
  });

  test('41 issued, 40 × A, a stray Enter, then the 41st real ballot is still accepted', () => {
    const forty = type(startTally(votes61()), Array<string>(40).fill('a'));
    const stray = pressKey(forty, 'Enter', 'Thư ký', 't');
    expect(stray.ok).toBe(false);
    const last = pressKey(stray.session, 'a', 'Thư ký', 't');
    expect(last.ok).toBe(true);
    expect(activeBallots(last.session.state, 1)).toHaveLength(41);
  });

  test('Enter after marking one row records the ballot, the other row counting blank', () => {
    const marked = type(startTally(votes61()), ['1']);
    const enter = pressKey(marked, 'Enter', 'Thư ký', 't');
    expect(enter.ok && enter.logged).toBe(true);
    expect(activeBallots(enter.session.state, 1)[0].marks).toEqual({ [HANG_KEY]: 'agree' });
  });

  test('a ballot blank on purpose (0 on every row) is still recorded, and said to be invalid under the rule', () => {
    const blank = type(startTally(votes61()), ['0', '0']);
    expect(activeBallots(blank.state, 1)).toHaveLength(1);
    expect(receiptOf(blank)).toMatchObject({ number: 1, valid: false });
    expect(receiptOf(blank)?.text).toBe('Đã ghi phiếu số 1: không hợp lệ (không đánh dấu ứng viên nào).');
  });
});

describe('every recorded ballot is confirmed with its number and what it was', () => {
  test('an all-approve ballot: hợp lệ, with its counts', () => {
    const session = type(startTally(votes61()), ['a']);
    expect(receiptOf(session)).toEqual({
      number: 1,
      round: 1,
      valid: true,
      text: 'Đã ghi phiếu số 1: hợp lệ (đồng ý 2, không đồng ý 0, để trống 0).',
    });
  });

  test('X: không hợp lệ, said as such', () => {
    const session = type(startTally(votes61()), ['a', 'x']);
    expect(receiptOf(session)?.text).toBe('Đã ghi phiếu số 2: không hợp lệ (đánh dấu không hợp lệ).');
  });

  test('a ballot agreeing with more candidates than the title’s seats is invalid under the rule, and says why', () => {
    const votes = votes61({ meeting: meeting61({ candidates: [HANG, YEN], seats: { CSTDCS: 1 } }) });
    const session = type(startTally(votes), ['a']);
    expect(receiptOf(session)?.valid).toBe(false);
    expect(receiptOf(session)?.text).toBe('Đã ghi phiếu số 1: không hợp lệ (đồng ý quá số suất CSTĐCS).');
  });

  test('an undo is confirmed with the number it withdrew', () => {
    const session = type(startTally(votes61()), ['a', 'a']);
    const undo = undoLast(session, 'Thư ký', 't');
    expect(receiptOf(undo.session)?.text).toBe('Đã hủy phiếu số 2; phiếu tiếp theo lại là số 2.');
  });

  test('nothing entered yet: no receipt', () => {
    expect(receiptOf(startTally(votes61()))).toBeNull();
  });
});
