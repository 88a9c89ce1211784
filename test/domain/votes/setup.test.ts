/** The meeting's setup checked on its own, before and without any ballot (issue: "80 present of 61"). */
import {
  SEED_003_PROFILE,
  evaluateVotes,
  quorumStatus,
  validateMeetingSetup,
  type Meeting,
} from '../../../src/domain/votes';
import { evaluateCase } from '../../../src/domain/case';
import { sampleFullCase } from '../../../src/domain/sample/full-case';
import { AN, BINH, ballotsFor, meeting } from './fixtures';

const codes = (m: Meeting) => validateMeetingSetup(m).map((i) => i.code);

describe('meeting setup validated on its own', () => {
  it('80 present of 61 members: refused before any ballot, and no quorum is claimed', () => {
    const m = meeting({ present: 80, totalMembers: 61, issued: 41 });
    expect(codes(m)).toEqual(['vote.meeting.present-above-members']);
    const { issues, tally, state } = evaluateVotes(SEED_003_PROFILE, m, []);
    expect(state.entries).toEqual([]);
    expect(issues[0]).toMatchObject({ code: 'vote.meeting.present-above-members', severity: 'error' });
    expect(issues[0].message).toBe(
      'Số người có mặt (80) lớn hơn tổng số thành viên (61); hãy kiểm tra lại một trong hai số.',
    );
    expect(tally.quorum.met).toBe(false);
    expect(tally.quorum.sentence).not.toContain('Đủ túc số');
    expect(tally.quorum.sentence).toContain('Chưa xét được túc số');
  });

  it('more ballots issued than people present: refused before any ballot', () => {
    expect(codes(meeting({ present: 41, issued: 45 }))).toEqual(['vote.round.issued-above-present']);
  });

  it('the same person twice for one title: refused before any ballot', () => {
    expect(codes(meeting({ candidates: [AN, BINH, AN] }))).toEqual(['vote.candidate.duplicate']);
  });

  it('no members, seats of 0, a round without candidates, a nameless candidate', () => {
    expect(codes(meeting({ totalMembers: 0, present: 0 }))).toContain('vote.meeting.members-invalid');
    expect(codes(meeting({ seats: { LDTT: 0 } }))).toEqual(['vote.meeting.seats-invalid']);
    expect(codes(meeting({ rounds: [{ round: 1, issued: 41, candidateKeys: [] }] }))).toEqual([
      'vote.round.no-candidates',
    ]);
    expect(codes(meeting({ candidates: [{ ...AN, name: ' ' }] }))).toEqual(['vote.candidate.no-name']);
  });

  it('the same name twice on the present list is a warning, not a refusal', () => {
    const issues = validateMeetingSetup(meeting({ present: 2, presentNames: ['An', 'An'], issued: 2 }));
    expect(issues.map((i) => [i.code, i.severity])).toEqual([['vote.meeting.present-name-twice', 'warning']]);
  });

  it('a sound setup has nothing to say, and its quorum is shown', () => {
    const m = meeting({ present: 41, totalMembers: 61 });
    expect(validateMeetingSetup(m)).toEqual([]);
    expect(quorumStatus(SEED_003_PROFILE, m).sentence).toMatch(/^Đủ túc số: có mặt 41\/61/);
  });

  it('entries waiting on a broken setup are said once, not once per ballot', () => {
    const m = meeting({ present: 80, totalMembers: 61, issued: 41 });
    const { issues } = evaluateVotes(SEED_003_PROFILE, m, ballotsFor(AN, { agree: 5 }, [BINH]));
    expect(issues.filter((i) => i.code === 'vote.meeting.invalid')).toHaveLength(1);
    expect(issues.find((i) => i.code === 'vote.meeting.invalid')?.message).toContain('5 mục');
  });

  it('the case evaluation (CLI and pane) reports the setup with an empty log', () => {
    const m = meeting({ present: 80, totalMembers: 61, issued: 41 });
    const sample = sampleFullCase();
    const schoolCase = { ...sample, votes: { profile: SEED_003_PROFILE, meeting: m, events: [] } };
    const results = evaluateCase(schoolCase as never);
    expect(results.issues.map((i) => i.code)).toContain('vote.meeting.present-above-members');
    expect(results.votes?.quorum.met).toBe(false);
  });
});
