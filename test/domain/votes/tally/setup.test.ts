import { sampleSchoolCase } from '../../../../src/domain/sample';
import {
  ND_91_2017_PROFILE,
  ND_98_2023_PROFILE,
  ND_152_2025_PROFILE,
  SEED_003_PROFILE,
  candidateKey,
  voteProfileInfo,
} from '../../../../src/domain/votes';
import { checkSetup, readBlockers } from '../../../../src/domain/votes/tally/setup-check';
import {
  draftFromVotes,
  meetingFromDraft,
  parseNameLines,
  type MeetingDraft,
} from '../../../../src/domain/votes/tally/setup-draft';
import { sessionEvents, startTally } from '../../../../src/domain/votes/tally/session';
import { HANG, HANG_KEY, YEN, meeting61, type, votes61 } from './fixtures';

const { roster } = sampleSchoolCase();

function draft(overrides: Partial<MeetingDraft> = {}): MeetingDraft {
  return { ...draftFromVotes(votes61(), roster), ...overrides };
}

describe('the setup form turned into a meeting', () => {
  test('a new meeting starts for the whole staff (61) under the school’s rule for the year, never NĐ 91/2017', () => {
    const fresh = draftFromVotes(undefined, roster);
    expect(fresh).toMatchObject({ body: 'allStaff', totalMembers: '61', present: '', candidates: [] });
    // The sample year ends on 2021-05-28: NĐ 91/2017 was in force but binds provincial councils.
    expect(fresh.profile).toBe(SEED_003_PROFILE);
    expect(voteProfileInfo(fresh.profile).scope).toContain('của trường');
    const at = (yearStart: string, yearEnd: string) =>
      draftFromVotes(undefined, { ...roster, info: { ...roster.info, yearStart, yearEnd } }).profile;
    expect(at('2023-09-05', '2024-05-31')).toBe(ND_98_2023_PROFILE);
    expect(at('2025-09-05', '2026-05-31')).toBe(ND_152_2025_PROFILE);
  });

  test('61 members, 41 present, ballots issued left empty: 41 ballots, every candidate on round 1', () => {
    const { meeting, issues } = meetingFromDraft(draft({ issued: '' }));
    expect(issues).toEqual([]);
    expect(meeting).toMatchObject({ totalMembers: 61, present: 41, rounds: [{ round: 1, issued: 41 }] });
    expect(meeting?.rounds[0].candidateKeys).toBeUndefined();
  });

  test('numbers that are not whole are refused, naming the field and the value typed', () => {
    const { meeting, issues } = meetingFromDraft(draft({ present: '40,5', totalMembers: '' }));
    expect(meeting).toBeUndefined();
    expect(issues.map((i) => i.message)).toEqual([
      'Hãy nhập tổng số thành viên.',
      'Số người có mặt phải là số nguyên (đang là "40,5"); hãy nhập lại.',
    ]);
  });

  test('names present one per line (or separated by ";"), NFC, blank lines dropped', () => {
    expect(parseNameLines('Nguye\u0302\u0303n Văn An\n\n  Trần Thị Bình ; Lê Chi')).toEqual([
      'Nguyễn Văn An',
      'Trần Thị Bình',
      'Lê Chi',
    ]);
  });

  test('a second round keeps its own candidates, minus one no longer standing, and takes the new issued', () => {
    const previous = meeting61({
      rounds: [
        { round: 1, issued: 41, closed: true },
        { round: 2, issued: 41, candidateKeys: [candidateKey(YEN.titleId, YEN.id), HANG_KEY] },
      ],
    });
    const { meeting } = meetingFromDraft(draft({ candidates: [YEN], issued: '39' }), previous);
    expect(meeting?.rounds).toEqual([
      { round: 1, issued: 41, closed: true },
      { round: 2, issued: 39, candidateKeys: [candidateKey(YEN.titleId, YEN.id)] },
    ]);
  });

  test('a cụm’s meeting saved from the form keeps its schools and their delegates from "Quy chế"', () => {
    const units = [
      { name: 'Trường Tiểu học A', delegates: 3, present: 3 },
      { name: 'Trường Tiểu học B', delegates: 3, present: 2 },
    ];
    const previous = meeting61({ body: 'cluster', units });
    expect(meetingFromDraft(draft({ body: 'cluster' }), previous).meeting?.units).toEqual(units);
    // Switched back to the school's council, the cụm's schools are dropped.
    expect(meetingFromDraft(draft({ body: 'council' }), previous).meeting?.units).toBeUndefined();
  });
});

describe('what is said before saving', () => {
  test('41 present of 61 meets the 2/3 quorum; more present than members is refused', () => {
    expect(checkSetup(draft(), votes61()).errors).toEqual([]);
    const errors = checkSetup(draft({ present: '62' }), votes61()).errors.map((e) => e.message);
    expect(errors).toContain(
      'Số người có mặt (62) lớn hơn tổng số thành viên (61); hãy kiểm tra lại một trong hai số.',
    );
  });

  test('more ballots issued than people present is refused', () => {
    const errors = checkSetup(draft({ issued: '42' }), votes61()).errors.map((e) => e.message);
    expect(errors.join(' ')).toContain('Số phiếu phát ra ở vòng 1 (42) lớn hơn số người có mặt (41)');
  });

  test('removing a candidate with marks on entered ballots is refused: no ballot is ever lost', () => {
    const session = type(startTally(votes61()), ['a', 'a']);
    const before = votes61({ events: sessionEvents(session) });
    const check = checkSetup(draft({ candidates: [YEN] }), before);
    expect(check.errors).toHaveLength(1);
    expect(check.errors[0].message).toMatch(
      /^Thiết lập mới làm mục đã ghi trong Nhật ký phiếu không còn hợp lệ/,
    );
    expect(check.errors[0].message).toContain('Phiếu số 1 đánh dấu ứng viên BH2-038 (CSTĐCS)');
    expect(check.errors[0].message).toMatch(/\(và 1 mục khác trong nhật ký cũng vậy\)$/);
  });

  test('changing the base after ballots are in is allowed and says every entry is kept and recounted', () => {
    const session = type(startTally(votes61()), ['a', 'x', '1', '2']);
    const before = votes61({ events: sessionEvents(session) });
    const check = checkSetup(draft({ profile: ND_91_2017_PROFILE }), before);
    expect(check.errors).toEqual([]);
    const changed = check.notes.find((n) => n.code === 'vote.profile.changed');
    expect(changed?.severity).toBe('warning');
    expect(changed?.message).toBe(
      'Đã đổi quy chế bỏ phiếu (CSTĐCS: 70% số phiếu hợp lệ, tính phiếu bằng văn bản → 70% số người dự họp, tính phiếu bằng văn bản). Toàn bộ 3 mục trong nhật ký phiếu được giữ nguyên và kết quả được tính lại theo quy chế mới.',
    );
  });

  test('a candidate added after ballots are in is allowed, with a warning that earlier ballots leave it blank', () => {
    const session = type(startTally(votes61({ meeting: meeting61({ candidates: [HANG] }) })), ['a', 'a']);
    const before = votes61({ meeting: meeting61({ candidates: [HANG] }), events: sessionEvents(session) });
    const check = checkSetup(draft({ candidates: [HANG, YEN] }), before);
    expect(check.errors).toEqual([]);
    expect(check.notes.map((n) => n.message)).toContain(
      'Ngô Thị Bảo Yến (CSTĐCS) được thêm sau khi đã ghi 2 phiếu: dòng của ứng viên này trên các phiếu đó tính là để trống. Nếu phiếu giấy có tên ứng viên này, hãy sửa từng phiếu.',
    );
  });

  test('no candidate at all, or a threshold above 100%, blocks the save', () => {
    const profile = votes61().profile;
    profile.perTitle.CSTDCS = { ...profile.perTitle.CSTDCS, threshold: { percent: 120 } };
    const messages = checkSetup(draft({ candidates: [], profile }), undefined).errors.map((e) => e.message);
    expect(messages).toContain(
      'Chưa có ứng viên nào; hãy chọn ứng viên cho ít nhất một danh hiệu (hoặc bấm "Đề xuất từ kết quả").',
    );
    expect(messages.join(' ')).toContain('Ngưỡng phiếu đồng ý của CSTĐCS là 120%, ngoài khoảng 0–100%');
  });
});

describe('what the save would overwrite', () => {
  test('an unreadable vote setting, an unreadable log row or any error on "Quy chế" blocks the save', () => {
    const issues = [
      { code: 'vote.settings.vote.meeting.present', severity: 'error' as const, message: 'a' },
      {
        code: 'vote.log.unreadable',
        severity: 'error' as const,
        message: 'b',
        location: { sheet: 'Nhật ký phiếu', address: 'O7' },
      },
      {
        code: 'scoring.band',
        severity: 'error' as const,
        message: 'c',
        location: { sheet: 'Quy chế', address: 'C20' },
      },
      { code: 'vote.log.status-mismatch', severity: 'warning' as const, message: 'd' },
      {
        code: 'scoring.score',
        severity: 'error' as const,
        message: 'e',
        location: { sheet: 'Đợt 1', address: 'D5' },
      },
    ];
    expect(readBlockers(issues, 'Quy chế').map((i) => i.message)).toEqual(['a', 'b', 'c']);
  });
});
