import {
  addNextRound,
  customProfile,
  EMPTY_BALLOT_STATE,
  ND_152_2025_PROFILE,
  ND_98_2023_PROFILE,
  profileChangeNotice,
  SEED_003_PROFILE,
  tallyMeeting,
  type BallotEvent,
  type BallotState,
  type Candidate,
  type Meeting,
  type RuleProfile,
} from '../../../src/domain/votes';
import { AN, BINH, CHI, DUNG, applyAll, ballot, ballotsFor, key, marks, meeting, record } from './fixtures';

function tallyOf(profile: RuleProfile, m: Meeting, events: BallotEvent[], round = 1) {
  const state = applyAll(EMPTY_BALLOT_STATE, events, m);
  const t = tallyMeeting(profile, m, state);
  const r = t.rounds.find((x) => x.round === round)!;
  return { tally: t, round: r, of: (c: Candidate) => r.candidates.find((x) => x.key === key(c))!, state };
}

describe('quorum (seed 003: 2/3 of all members)', () => {
  it('61 staff, 40 present: no quorum, nobody passes even with every vote, and the screen says why', () => {
    const m = meeting({ present: 40, candidates: [AN] });
    const { tally, of } = tallyOf(SEED_003_PROFILE, m, ballotsFor(AN, { agree: 40 }));
    expect(tally.quorum.met).toBe(false);
    expect(tally.quorum.minimum).toBe(41);
    expect(of(AN).agree).toBe(40);
    expect(of(AN).status).toBe('failed');
    expect(of(AN).reason).toBe(
      'Không xét: Không đủ túc số: có mặt 40/61 người, cần ít nhất 41 người (2/3 tổng số thành viên); cuộc họp không được xét danh hiệu.',
    );
  });
  it('61 staff, 41 present: quorum', () => {
    const { tally } = tallyOf(SEED_003_PROFILE, meeting({ present: 41 }), []);
    expect(tally.quorum.met).toBe(true);
    expect(tally.quorum.sentence).toContain('có mặt 41/61 người');
  });
});

describe('LĐTT ≥ 70% of those present (seed 003), 40 present of 55', () => {
  const m = meeting({ totalMembers: 55, present: 40, candidates: [AN] });
  it('28 of 40 is exactly 70%: passes', () => {
    const { of } = tallyOf(SEED_003_PROFILE, m, ballotsFor(AN, { agree: 28, disagree: 12 }));
    expect(of(AN)).toMatchObject({
      agree: 28,
      disagree: 12,
      blank: 0,
      base: 40,
      percentText: '70,00%',
      status: 'passed',
    });
    expect(of(AN).reason).toBe('Đạt: 28/40 phiếu đồng ý (70,00%), từ 70% số người dự họp trở lên.');
  });
  it('27 of 40 is one short: fails, 67,50%', () => {
    const { of } = tallyOf(SEED_003_PROFILE, m, ballotsFor(AN, { agree: 27, disagree: 13 }));
    expect(of(AN)).toMatchObject({ agree: 27, percentText: '67,50%', status: 'failed', needed: null });
    expect(of(AN).reason).toBe('Không đạt: 27/40 phiếu đồng ý (67,50%), chưa đạt 70% số người dự họp.');
  });
  it('blank rows count toward the base, not toward agree', () => {
    const both = { ...m, candidates: [AN, BINH] };
    const { of } = tallyOf(
      SEED_003_PROFILE,
      both,
      ballotsFor(AN, { agree: 27, disagree: 5, blank: 8 }, [BINH]),
    );
    expect(of(AN)).toMatchObject({ agree: 27, disagree: 5, blank: 8, base: 40 });
  });
});

describe('while ballots are still out', () => {
  const m = meeting({ present: 41, candidates: [AN] });
  it('20 agree in, 21 out: open, cần thêm 9 phiếu (29 of 41)', () => {
    const { of, round } = tallyOf(SEED_003_PROFILE, m, ballotsFor(AN, { agree: 20 }));
    expect(round.remaining).toBe(21);
    expect(of(AN)).toMatchObject({ status: 'open', needed: 9 });
    expect(of(AN).reason).toContain('cần thêm 9 phiếu đồng ý trong 21 phiếu chưa kiểm');
  });
  it('29 agree with 12 still out: passed at once, since agree only grows', () => {
    const { of } = tallyOf(SEED_003_PROFILE, m, ballotsFor(AN, { agree: 29 }));
    expect(of(AN)).toMatchObject({ status: 'passed', needed: 0 });
  });
  it('13 disagree already: failed even though 28 ballots are out', () => {
    const { of } = tallyOf(SEED_003_PROFILE, m, ballotsFor(AN, { agree: 0, disagree: 13 }));
    expect(of(AN).status).toBe('failed');
    expect(of(AN).reason).toContain('kể cả 28 phiếu chưa kiểm đều đồng ý cũng không đủ');
  });
  it('closing the round settles the open ones: ballots never returned stop counting', () => {
    const { state } = tallyOf(SEED_003_PROFILE, m, ballotsFor(AN, { agree: 20 }));
    const closed = { ...m, rounds: [{ round: 1, issued: 41, closed: true }] };
    const round = tallyMeeting(SEED_003_PROFILE, closed, state).rounds[0];
    expect(round.remaining).toBe(0);
    expect(round.candidates[0].status).toBe('failed');
  });
});

describe('invalid ballots', () => {
  it('count as returned, not as agree, and not in a valid-ballot base', () => {
    const profile = customProfile(SEED_003_PROFILE);
    profile.perTitle.LDTT.base = 'validBallots';
    const m = meeting({ present: 41, candidates: [AN] });
    const events = [
      ...ballotsFor(AN, { agree: 39 }),
      record(ballot(40, marks([AN, 'agree']), { invalid: true })),
    ];
    const { round, of } = tallyOf(profile, m, events);
    expect(round).toMatchObject({ returned: 40, valid: 39, invalid: 1 });
    expect(of(AN)).toMatchObject({ agree: 39, base: 39 });
  });
});

describe('valid-ballot base: passed only when no remaining ballot can undo it', () => {
  const profile = customProfile(SEED_003_PROFILE);
  profile.perTitle.LDTT.base = 'validBallots';
  const m = meeting({ present: 41, candidates: [AN] });
  it('7 of 7 with 34 out is leading but still open', () => {
    const { of } = tallyOf(profile, m, ballotsFor(AN, { agree: 7 }));
    expect(of(AN)).toMatchObject({ reached: true, status: 'open', needed: 0 });
    expect(of(AN).reason).toContain('đang đạt nếu không còn phiếu nào');
  });
  it('29 of 29 with 12 out: 29 of 41 still ≥ 70%, passed', () => {
    const { of } = tallyOf(profile, m, ballotsFor(AN, { agree: 29 }));
    expect(of(AN).status).toBe('passed');
  });
});

describe('CSTĐ tỉnh: ≥ 90% of all council members, absent members in writing', () => {
  const m = meeting({
    totalMembers: 11,
    present: 9,
    candidates: [DUNG],
    presentNames: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'],
  });
  const written = (name: string, mark: 'agree' | 'disagree'): BallotEvent => ({
    kind: 'written',
    vote: { round: 1, memberName: name, marks: marks([DUNG, mark]) },
    enteredBy: 'Thư ký',
    enteredAt: 't',
  });
  it('9 present agree + 1 written agree = 10 of 11 (90,91%): passes', () => {
    const { of, round } = tallyOf(SEED_003_PROFILE, m, [
      written('Võ Văn Kiên', 'agree'),
      ...ballotsFor(DUNG, { agree: 9 }),
    ]);
    expect(of(DUNG)).toMatchObject({
      agree: 10,
      writtenAgree: 1,
      base: 11,
      percentText: '90,91%',
      status: 'passed',
    });
    expect(round.writtenMembers).toEqual(['Võ Văn Kiên']);
  });
  it('every present member agreeing is not enough without written votes: 9 of 11 (81,82%) fails', () => {
    const { of } = tallyOf(SEED_003_PROFILE, m, ballotsFor(DUNG, { agree: 9 }));
    expect(of(DUNG)).toMatchObject({ agree: 9, base: 11, percentText: '81,82%', status: 'failed' });
  });
  it('a written disagree leaves 9 of 11: fails', () => {
    const { of } = tallyOf(SEED_003_PROFILE, m, [
      written('Võ Văn Kiên', 'disagree'),
      ...ballotsFor(DUNG, { agree: 9 }),
    ]);
    expect(of(DUNG)).toMatchObject({ agree: 9, disagree: 1, status: 'failed' });
  });
  it('a rule that does not count written votes leaves them out and says so', () => {
    const profile = customProfile(SEED_003_PROFILE);
    profile.perTitle.CSTD_TINH.absentWrittenVotes = false;
    const { of, tally } = tallyOf(profile, m, [
      written('Võ Văn Kiên', 'agree'),
      ...ballotsFor(DUNG, { agree: 9 }),
    ]);
    expect(of(DUNG)).toMatchObject({ agree: 9, writtenAgree: 0, status: 'failed' });
    expect(tally.issues.map((i) => i.code)).toContain('vote.rule.written-not-counted');
  });
  it('a show of hands is flagged: CSTĐ tỉnh needs a secret ballot', () => {
    const { tally } = tallyOf(SEED_003_PROFILE, { ...m, form: 'showOfHands' }, []);
    const issue = tally.issues.find((i) => i.code === 'vote.rule.secret-required')!;
    expect(issue.message).toContain('CSTĐ tỉnh phải bỏ phiếu kín');
  });
});

describe('written votes under a present base count as "consulted"', () => {
  it('LĐTT, 41 present + 2 written: base 43', () => {
    const m = meeting({ present: 41, candidates: [AN] });
    const w = (name: string): BallotEvent => ({
      kind: 'written',
      vote: { round: 1, memberName: name, marks: marks([AN, 'agree']) },
      enteredBy: 'x',
      enteredAt: 't',
    });
    const { of } = tallyOf(SEED_003_PROFILE, m, [
      w('Vắng Một'),
      w('Vắng Hai'),
      ...ballotsFor(AN, { agree: 29 }),
    ]);
    expect(of(AN)).toMatchObject({ agree: 31, base: 43, writtenAgree: 2 });
  });
});

describe('CSTĐCS under NĐ 98/2023: ≥ 80% of all council members', () => {
  const m = meeting({ totalMembers: 11, present: 10, candidates: [CHI] });
  it('9 of 11 (81,82%) passes', () => {
    const { of } = tallyOf(ND_98_2023_PROFILE, m, ballotsFor(CHI, { agree: 9, disagree: 1 }));
    expect(of(CHI)).toMatchObject({ base: 11, percentText: '81,82%', status: 'passed' });
  });
  it('8 of 11 (72,73%) fails, where seed 003 (70% of the 10 present) would pass it', () => {
    const events = ballotsFor(CHI, { agree: 8, disagree: 2 });
    expect(tallyOf(ND_98_2023_PROFILE, m, events).of(CHI)).toMatchObject({
      percentText: '72,73%',
      status: 'failed',
    });
    expect(tallyOf(SEED_003_PROFILE, m, events).of(CHI)).toMatchObject({
      base: 10,
      percentText: '80,00%',
      status: 'passed',
    });
  });
});

describe('counting rule for over-marked and unmarked ballots', () => {
  const seats = { LDTT: 1 };
  const overMarked = record(ballot(1, marks([AN, 'agree'], [BINH, 'agree'])));
  const unmarked = record(ballot(2, {}));
  it('"invalid": both ballots are invalid', () => {
    const m = meeting({ seats, countingRule: 'invalid' });
    const { round, of } = tallyOf(SEED_003_PROFILE, m, [overMarked, unmarked]);
    expect(round).toMatchObject({ returned: 2, valid: 0, invalid: 2 });
    expect(of(AN).agree).toBe(0);
  });
  it('"rowBlank": both ballots are valid, the over-marked title’s rows blank', () => {
    const m = meeting({ seats, countingRule: 'rowBlank' });
    const { round, of } = tallyOf(SEED_003_PROFILE, m, [overMarked, unmarked]);
    expect(round).toMatchObject({ returned: 2, valid: 2, invalid: 0 });
    expect(of(AN)).toMatchObject({ agree: 0, blank: 2 });
  });
  it('agreeing with one of one seat is fine', () => {
    const m = meeting({ seats, countingRule: 'invalid' });
    const { of } = tallyOf(SEED_003_PROFILE, m, [
      record(ballot(1, marks([AN, 'agree'], [BINH, 'disagree']))),
    ]);
    expect(of(AN).agree).toBe(1);
  });
});

describe('changing the profile or the base after ballots are in', () => {
  it('recounts every ballot under the new rule and loses none', () => {
    const m = meeting({ present: 41, candidates: [AN] });
    const events = [
      ...ballotsFor(AN, { agree: 28, disagree: 12 }),
      record(ballot(41, {}, { invalid: true })),
    ];
    const before = tallyOf(SEED_003_PROFILE, m, events);
    const edited = customProfile(SEED_003_PROFILE);
    edited.perTitle.LDTT.base = 'validBallots';
    const after = tallyMeeting(edited, m, before.state);
    expect(before.round.returned).toBe(41);
    expect(after.rounds[0].returned).toBe(41);
    expect(before.of(AN)).toMatchObject({ base: 41, status: 'failed' });
    expect(after.rounds[0].candidates[0]).toMatchObject({ agree: 28, base: 40, status: 'passed' });
    const [notice] = profileChangeNotice(SEED_003_PROFILE, edited, m, before.state);
    expect(notice.severity).toBe('warning');
    expect(notice.message).toContain(
      'LĐTT: 70% số người dự họp, tính phiếu bằng văn bản → 70% số phiếu hợp lệ',
    );
    expect(notice.message).toContain('Toàn bộ 41 mục trong nhật ký phiếu được giữ nguyên');
  });
  it('says nothing when nothing that matters changed', () => {
    expect(
      profileChangeNotice(SEED_003_PROFILE, customProfile(SEED_003_PROFILE), meeting(), EMPTY_BALLOT_STATE),
    ).toEqual([]);
  });
});

describe('rounds', () => {
  const m = meeting({ present: 41 });
  const round1: BallotEvent[] = [];
  for (let n = 1; n <= 41; n++) {
    round1.push(record(ballot(n, marks([AN, 'agree'], [BINH, n <= 28 ? 'agree' : 'disagree']))));
  }

  it('a second round for the one who fell short keeps the first round on record', () => {
    const first = tallyOf(SEED_003_PROFILE, m, round1);
    expect(first.of(AN).status).toBe('passed');
    expect(first.of(BINH)).toMatchObject({ agree: 28, status: 'failed' });
    const next = addNextRound(m, first.tally, 41);
    if (!next.ok) throw new Error(next.issue.message);
    expect(next.meeting.rounds).toEqual([
      { round: 1, issued: 41 },
      { round: 2, issued: 41, candidateKeys: [key(BINH)] },
    ]);
    const round2 = ballotsFor(BINH, { agree: 30, disagree: 11 }, [], 1, 2);
    const state = applyAll(first.state, round2, next.meeting);
    const both = tallyMeeting(SEED_003_PROFILE, next.meeting, state);
    expect(both.rounds[0].candidates.map((c) => [c.candidate.name, c.status, c.agree])).toEqual([
      ['Nguyễn Văn An', 'passed', 41],
      ['Trần Thị Bình', 'failed', 28],
    ]);
    expect(both.rounds[1].candidates.map((c) => [c.candidate.name, c.status, c.agree])).toEqual([
      ['Trần Thị Bình', 'passed', 30],
    ]);
  });

  it('round 2 ballots cannot mark a candidate who is not on it', () => {
    const first = tallyOf(SEED_003_PROFILE, m, round1);
    const next = addNextRound(m, first.tally, 41);
    if (!next.ok) throw new Error(next.issue.message);
    expect(() =>
      applyAll(first.state, [record(ballot(1, marks([AN, 'agree']), { round: 2 }))], next.meeting),
    ).toThrow(/Nguyễn|GV01/);
  });

  it('no second round while a result of the first is still open', () => {
    const { tally } = tallyOf(SEED_003_PROFILE, m, round1.slice(0, 10));
    const next = addNextRound(m, tally, 41);
    expect(next.ok).toBe(false);
    if (!next.ok) expect(next.issue.message).toContain('Vòng 1 còn 2 ứng viên chưa có kết quả');
  });

  it('no second round when everyone passed', () => {
    const all = ballotsFor(AN, { agree: 41 }, [BINH]);
    const { tally } = tallyOf(SEED_003_PROFILE, m, all);
    const next = addNextRound(m, tally, 41);
    expect(next.ok).toBe(false);
  });
});

describe('notes beside the numbers', () => {
  it('an unverified profile is flagged', () => {
    const { tally } = tallyOf(ND_152_2025_PROFILE, meeting(), []);
    expect(tally.issues.map((i) => i.code)).toContain('vote.profile.unverified');
  });
  it('a state with no ballot yet is open for everyone', () => {
    const t = tallyMeeting(SEED_003_PROFILE, meeting(), EMPTY_BALLOT_STATE as BallotState);
    expect(t.rounds[0].candidates.map((c) => c.status)).toEqual(['open', 'open']);
  });
});
