import {
  activeBallots,
  activeWrittenVotes,
  addCandidate,
  applyEvent,
  EMPTY_BALLOT_STATE,
  lastBallot,
  nextBallotNumber,
  replay,
  validateMeetingSetup,
  type BallotEvent,
  type BallotState,
  type Meeting,
} from '../../../src/domain/votes';
import { AN, BINH, applyAll, ballot, ballotsFor, key, marks, meeting, record } from './fixtures';

function refusal(state: BallotState, event: BallotEvent, m: Meeting) {
  const result = applyEvent(state, event, m);
  if (result.ok) throw new Error('expected a refusal');
  expect(result.issue.severity).toBe('error');
  expect(result.issue.message).toBe(result.issue.message.normalize('NFC'));
  return result.issue;
}

const agreeBoth = marks([AN, 'agree'], [BINH, 'agree']);

describe('impossible input is refused with a Vietnamese message', () => {
  it('more ballots than issued: the 4th ballot of 3 issued', () => {
    const m = meeting({ issued: 3 });
    const state = applyAll(EMPTY_BALLOT_STATE, ballotsFor(AN, { agree: 3 }), m);
    const issue = refusal(state, record(ballot(4, agreeBoth)), m);
    expect(issue.code).toBe('vote.ballot.more-than-issued');
    expect(issue.message).toContain('đủ 3 phiếu phát ra');
    expect(issue.message).toContain('phiếu số 4');
  });

  it('issued more than present: 42 ballots for 41 present', () => {
    const m = meeting({ present: 41, issued: 42 });
    const issue = refusal(EMPTY_BALLOT_STATE, record(ballot(1, agreeBoth)), m);
    expect(issue.code).toBe('vote.meeting.invalid');
    expect(issue.message).toContain('(42) lớn hơn số người có mặt (41)');
  });

  it('present more than members: 62 present of 61', () => {
    const m = meeting({ present: 62, issued: 10 });
    expect(validateMeetingSetup(m).map((i) => i.code)).toContain('vote.meeting.present-above-members');
    const issue = refusal(EMPTY_BALLOT_STATE, record(ballot(1, agreeBoth)), m);
    expect(issue.message).toContain('Số người có mặt (62) lớn hơn tổng số thành viên (61)');
  });

  it('a duplicate ballot number names who entered the first one', () => {
    const m = meeting();
    const state = applyAll(EMPTY_BALLOT_STATE, [record(ballot(7, agreeBoth, { enteredBy: 'Cô Hoa' }))], m);
    const issue = refusal(state, record(ballot(7, agreeBoth)), m);
    expect(issue.code).toBe('vote.ballot.duplicate-number');
    expect(issue.message).toContain('Phiếu số 7 của vòng 1 đã được Cô Hoa ghi');
    expect(issue.message).toContain('Sửa phiếu');
  });

  it('a candidate entered twice for one title', () => {
    const m = meeting();
    const result = addCandidate(m, { ...AN, name: 'Nguyễn Văn An' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issue.code).toBe('vote.candidate.duplicate');
      expect(result.issue.message).toContain('Nguyễn Văn An (mã GV01) đã có trong danh sách đề nghị LĐTT');
    }
    expect(validateMeetingSetup({ ...m, candidates: [AN, BINH, AN] }).map((i) => i.code)).toContain(
      'vote.candidate.duplicate',
    );
  });

  it('the same person may stand for two titles', () => {
    const result = addCandidate(meeting(), { ...AN, titleId: 'CSTDCS' });
    expect(result.ok).toBe(true);
  });

  it('correcting a ballot that does not exist', () => {
    const m = meeting();
    const issue = refusal(
      EMPTY_BALLOT_STATE,
      { kind: 'correct', number: 5, ballot: ballot(5, agreeBoth) },
      m,
    );
    expect(issue.code).toBe('vote.correct.missing');
    expect(issue.message).toContain('Không có phiếu số 5');
  });

  it('a correction must keep the ballot number', () => {
    const m = meeting();
    const state = applyAll(EMPTY_BALLOT_STATE, [record(ballot(5, agreeBoth))], m);
    expect(refusal(state, { kind: 'correct', number: 5, ballot: ballot(6, agreeBoth) }, m).code).toBe(
      'vote.correct.number-mismatch',
    );
  });

  it('undo only the last ballot, and only when there is one', () => {
    const m = meeting();
    const undo = (n: number): BallotEvent => ({
      kind: 'undo',
      round: 1,
      lastNumber: n,
      enteredBy: 'x',
      enteredAt: 't',
    });
    expect(refusal(EMPTY_BALLOT_STATE, undo(1), m).message).toBe('Vòng 1 chưa có phiếu nào để hủy.');
    const state = applyAll(EMPTY_BALLOT_STATE, ballotsFor(AN, { agree: 2 }), m);
    const issue = refusal(state, undo(1), m);
    expect(issue.message).toContain('phiếu cuối của vòng 1 là số 2, không phải số 1');
  });

  it('a mark for someone not on the ballot', () => {
    const m = meeting();
    const issue = refusal(EMPTY_BALLOT_STATE, record(ballot(1, { 'LDTT:GV99': 'agree' })), m);
    expect(issue.message).toContain('GV99 (LĐTT)');
  });

  it('a ballot number that is not a positive whole number', () => {
    expect(refusal(EMPTY_BALLOT_STATE, record(ballot(0, agreeBoth)), meeting()).code).toBe(
      'vote.ballot.number-invalid',
    );
  });

  it('a round that was never set up', () => {
    expect(refusal(EMPTY_BALLOT_STATE, record(ballot(1, agreeBoth, { round: 2 })), meeting()).code).toBe(
      'vote.round.unknown',
    );
  });
});

describe('manual counts', () => {
  const count = (over: object = {}): BallotEvent => ({
    kind: 'count',
    count: {
      round: 1,
      returned: 41,
      invalid: 1,
      perCandidate: {
        [key(AN)]: { agree: 29, disagree: 10, blank: 1 },
        [key(BINH)]: { agree: 28, disagree: 12 },
      },
      enteredBy: 'Thư ký',
      enteredAt: '2021-05-20T15:00:00',
      ...over,
    },
  });

  it('accepts a count that adds up', () => {
    expect(applyEvent(EMPTY_BALLOT_STATE, count(), meeting()).ok).toBe(true);
  });

  it('agree + disagree + blank beyond the valid ballots is refused, naming the candidate and the sum', () => {
    const issue = refusal(
      EMPTY_BALLOT_STATE,
      count({ perCandidate: { [key(AN)]: { agree: 30, disagree: 10, blank: 1 } } }),
      meeting(),
    );
    expect(issue.code).toBe('vote.count.above-valid');
    expect(issue.message).toContain('Nguyễn Văn An (LĐTT) có đồng ý 30 + không đồng ý 10 + để trống 1 = 41');
    expect(issue.message).toContain('vượt quá 40 phiếu hợp lệ');
  });

  it('more returned than issued', () => {
    const issue = refusal(EMPTY_BALLOT_STATE, count({ returned: 42 }), meeting());
    expect(issue.message).toContain('thu vào 42 phiếu, nhiều hơn 41 phiếu phát ra');
  });

  it('more invalid than returned', () => {
    expect(
      refusal(EMPTY_BALLOT_STATE, count({ returned: 3, invalid: 4, perCandidate: {} }), meeting()).code,
    ).toBe('vote.count.invalid-above-returned');
  });

  it('a round entered ballot by ballot cannot also be counted by hand', () => {
    const m = meeting();
    const state = applyAll(EMPTY_BALLOT_STATE, [record(ballot(1, agreeBoth))], m);
    expect(refusal(state, count(), m).code).toBe('vote.count.round-has-ballots');
  });

  it('and a round counted by hand takes no ballots', () => {
    const m = meeting();
    const state = applyAll(EMPTY_BALLOT_STATE, [count()], m);
    expect(refusal(state, record(ballot(1, agreeBoth)), m).code).toBe('vote.ballot.round-counted');
  });

  it('a second count of the round replaces the first, which stays in the log', () => {
    const m = meeting();
    const state = applyAll(EMPTY_BALLOT_STATE, [count(), count({ invalid: 0 })], m);
    expect(state.entries.map((e) => e.status)).toEqual(['corrected', 'active']);
    expect(state.entries[1].target).toBe(1);
  });
});

describe('undo and correct', () => {
  const m = meeting();

  it('undo withdraws the last ballot; its number is free again; the log keeps both rows', () => {
    let state = applyAll(EMPTY_BALLOT_STATE, ballotsFor(AN, { agree: 3 }), m);
    state = applyAll(state, [{ kind: 'undo', round: 1, lastNumber: 3, enteredBy: 'x', enteredAt: 't' }], m);
    expect(activeBallots(state, 1).map((b) => b.number)).toEqual([1, 2]);
    expect(nextBallotNumber(state, 1)).toBe(3);
    expect(state.entries.map((e) => e.status)).toEqual(['active', 'active', 'undone', 'action']);
    expect(state.entries[3].target).toBe(3);
    state = applyAll(state, [record(ballot(3, marks([AN, 'disagree'])))], m);
    expect(activeBallots(state, 1)).toHaveLength(3);
  });

  it('correct replaces the ballot in place; the last ballot stays the last recorded, not the last corrected', () => {
    let state = applyAll(EMPTY_BALLOT_STATE, ballotsFor(AN, { agree: 3 }), m);
    state = applyAll(state, [{ kind: 'correct', number: 1, ballot: ballot(1, marks([AN, 'disagree'])) }], m);
    expect(activeBallots(state, 1).map((b) => [b.number, b.marks[key(AN)]])).toEqual([
      [1, 'disagree'],
      [2, 'agree'],
      [3, 'agree'],
    ]);
    expect(lastBallot(state, 1)?.number).toBe(3);
    expect(state.entries[0].status).toBe('corrected');
  });

  it('a corrected ballot can be corrected again, and undone when it is the last', () => {
    let state = applyAll(EMPTY_BALLOT_STATE, ballotsFor(AN, { agree: 1 }), m);
    state = applyAll(
      state,
      [
        { kind: 'correct', number: 1, ballot: ballot(1, marks([AN, 'disagree'])) },
        { kind: 'correct', number: 1, ballot: ballot(1, marks([AN, 'blank'], [BINH, 'agree'])) },
        { kind: 'undo', round: 1, lastNumber: 1, enteredBy: 'x', enteredAt: 't' },
      ],
      m,
    );
    expect(activeBallots(state, 1)).toEqual([]);
    expect(state.entries.map((e) => e.status)).toEqual(['corrected', 'corrected', 'undone', 'action']);
  });
});

describe('written votes of absent members', () => {
  const m = meeting({
    totalMembers: 11,
    present: 9,
    presentNames: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'],
  });
  const written = (name: string, mk = agreeBoth): BallotEvent => ({
    kind: 'written',
    vote: { round: 1, memberName: name, marks: mk },
    enteredBy: 'Thư ký',
    enteredAt: 't',
  });

  it('two absent members of 11 with 9 present may vote in writing; a third cannot', () => {
    const state = applyAll(EMPTY_BALLOT_STATE, [written('Võ Văn Kiên'), written('Đỗ Thị Lan')], m);
    expect(activeWrittenVotes(state, 1)).toHaveLength(2);
    const issue = refusal(state, written('Người Thứ Ba'), m);
    expect(issue.message).toContain(
      '9 người có mặt cộng 3 phiếu bằng văn bản vượt quá tổng số 11 thành viên',
    );
  });

  it('a member on the present list cannot also vote in writing', () => {
    expect(refusal(EMPTY_BALLOT_STATE, written('C'), m).code).toBe('vote.written.member-present');
  });

  it('a second written vote of the same member replaces the first (NFD name matches NFC)', () => {
    const state = applyAll(
      EMPTY_BALLOT_STATE,
      [written('Đỗ Thị Lan'), written('Đỗ Thị Lan'.normalize('NFD'), marks([AN, 'disagree']))],
      m,
    );
    expect(activeWrittenVotes(state, 1).map((v) => v.marks[key(AN)])).toEqual(['disagree']);
  });

  it('a written vote entered by mistake can be withdrawn, and only one that exists', () => {
    const withdraw = (name: string): BallotEvent => ({
      kind: 'withdrawWritten',
      round: 1,
      memberName: name,
      enteredBy: 'x',
      enteredAt: 't',
    });
    const state = applyAll(EMPTY_BALLOT_STATE, [written('Đỗ Thị Lan'), withdraw('Đỗ Thị Lan')], m);
    expect(activeWrittenVotes(state, 1)).toEqual([]);
    expect(refusal(state, withdraw('Đỗ Thị Lan'), m).message).toContain(
      'Không có phiếu bằng văn bản của Đỗ Thị Lan',
    );
  });

  it('needs the member’s name', () => {
    expect(refusal(EMPTY_BALLOT_STATE, written('  '), m).code).toBe('vote.written.no-name');
  });
});

describe('replay', () => {
  it('rebuilds the same state from the events, and reports the ones it refuses', () => {
    const m = meeting({ issued: 3 });
    const events: BallotEvent[] = [
      ...ballotsFor(AN, { agree: 2 }),
      { kind: 'undo', round: 1, lastNumber: 2, enteredBy: 'x', enteredAt: 't' },
      record(ballot(2, agreeBoth)),
      { kind: 'correct', number: 1, ballot: ballot(1, marks([AN, 'disagree'])) },
    ];
    const incremental = applyAll(EMPTY_BALLOT_STATE, events, m);
    const replayed = replay(events, m);
    expect(replayed.issues).toEqual([]);
    expect(replayed.state).toEqual(incremental);
    const withBad = replay([...events, record(ballot(2, agreeBoth))], m);
    expect(withBad.state).toEqual(incremental);
    expect(withBad.issues.map((i) => i.code)).toEqual(['vote.ballot.duplicate-number']);
  });
});

describe('a closed round', () => {
  it('takes no new ballot, but a correction still goes in', () => {
    const open = meeting();
    const state = applyAll(EMPTY_BALLOT_STATE, [record(ballot(1, agreeBoth))], open);
    const closed = { ...open, rounds: [{ round: 1, issued: 41, closed: true }] };
    expect(refusal(state, record(ballot(2, agreeBoth)), closed).code).toBe('vote.ballot.round-closed');
    expect(applyEvent(state, { kind: 'correct', number: 1, ballot: ballot(1, {}) }, closed).ok).toBe(true);
  });
});
