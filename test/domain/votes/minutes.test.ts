import {
  EMPTY_BALLOT_STATE,
  SEED_003_PROFILE,
  minutesFromTally,
  tallyMeeting,
  tallySummaryForMinutes,
  type BallotEvent,
} from '../../../src/domain/votes';
import { AN, BINH, applyAll, ballot, marks, meeting, record } from './fixtures';

describe('figures for the biên bản kiểm phiếu', () => {
  const m = meeting({
    present: 41,
    presentNames: undefined,
    tellers: [
      { name: 'Nguyễn Thị Hoa', role: 'Trưởng ban' },
      { name: 'Lê Văn Tâm', role: 'Thành viên' },
    ],
  });
  const events: BallotEvent[] = [
    {
      kind: 'written',
      vote: { round: 1, memberName: 'Đỗ Thị Lan', marks: marks([AN, 'agree']) },
      enteredBy: 'x',
      enteredAt: 't',
    },
  ];
  for (let n = 1; n <= 40; n++) {
    events.push(
      record(ballot(n, marks([AN, n <= 29 ? 'agree' : 'disagree'], [BINH, n <= 28 ? 'agree' : 'disagree']))),
    );
  }
  events.push(record(ballot(41, {}, { invalid: true })));
  const summary = tallySummaryForMinutes(SEED_003_PROFILE, m, applyAll(EMPTY_BALLOT_STATE, events, m));

  it('states the form of vote, the body and the quorum', () => {
    expect(summary.form).toBe('Bỏ phiếu kín');
    expect(summary.body).toBe('Hội đồng Thi đua – Khen thưởng');
    expect(summary.quorumSentence).toContain('Đủ túc số: có mặt 41/61 người');
    expect(summary.tellers.map((t) => t.name)).toEqual(['Nguyễn Thị Hoa', 'Lê Văn Tâm']);
  });

  it('counts issued / returned / valid / invalid and names the written votes', () => {
    const [r] = summary.rounds;
    expect(r).toMatchObject({ issued: 41, returned: 41, valid: 40, invalid: 1, written: 1 });
    expect(r.sentence).toBe(
      'Vòng 1: phát ra 41 phiếu, thu vào 41 phiếu, hợp lệ 40 phiếu, không hợp lệ 1 phiếu, 1 phiếu bằng văn bản của thành viên vắng mặt (Đỗ Thị Lan).',
    );
  });

  it('gives each candidate’s agree count, % and decision', () => {
    const lines = summary.rounds[0].candidates.map((c) => [
      c.stt,
      c.name,
      c.titleLabel,
      c.agree,
      c.base,
      c.percentText,
      c.decision,
    ]);
    expect(lines).toEqual([
      [1, 'Nguyễn Văn An', 'LĐTT', 30, 42, '71,43%', 'Đạt'],
      [2, 'Trần Thị Bình', 'LĐTT', 28, 42, '66,67%', 'Không đạt'],
    ]);
    expect(summary.rounds[0].candidates[0].writtenAgree).toBe(1);
    expect(summary.incomplete).toBe(false);
  });
});

describe('one minutes model for both biên bản (workbook and export)', () => {
  const m = meeting({
    present: 41,
    presentNames: undefined,
    tellers: [
      { name: 'Nguyễn Thị Hoa', role: 'Trưởng ban' },
      { name: 'Phạm Văn Hùng', role: 'Phó trưởng ban' },
      { name: 'Lê Văn Tâm', role: 'Thành viên' },
    ],
  });
  const events: BallotEvent[] = [
    {
      kind: 'written',
      vote: { round: 1, memberName: 'Đỗ Thị Lan', marks: marks([AN, 'agree']) },
      enteredBy: 'x',
      enteredAt: 't',
    },
    record(ballot(1, marks([AN, 'agree'], [BINH, 'disagree']))),
  ];
  const state = applyAll(EMPTY_BALLOT_STATE, events, m);
  const tally = tallyMeeting(SEED_003_PROFILE, m, state);
  const summary = minutesFromTally(SEED_003_PROFILE, m, tally);

  it('from the log or from a tally already computed, the same model', () => {
    expect(tallySummaryForMinutes(SEED_003_PROFILE, m, state)).toEqual(summary);
  });

  it('only the Trưởng ban heads the ban kiểm phiếu, not the Phó trưởng ban', () => {
    expect(summary.tellers.map((t) => [t.name, t.isHead])).toEqual([
      ['Nguyễn Thị Hoa', true],
      ['Phạm Văn Hùng', false],
      ['Lê Văn Tâm', false],
    ]);
  });

  it('groups each round by title, saying what the % is taken of', () => {
    const [session] = summary.rounds[0].sessions;
    expect(session.titleId).toBe('LDTT');
    expect(session.candidates.map((c) => c.name)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    expect(session.base).toBe(summary.rounds[0].candidates[0].base);
    expect(session.baseLabel).toMatch(/^số (người dự họp|phiếu hợp lệ)/);
  });

  it('carries the notes of the meeting’s minutes: the quorum, then the written votes', () => {
    expect(summary.notes).toEqual([
      tally.quorum.sentence,
      'Vòng 1 có 1 phiếu bằng văn bản của thành viên vắng mặt (Đỗ Thị Lan).',
    ]);
  });
});
