import type { CellValue } from '../../../src/layout/grid';
import {
  BUILT_IN_PROFILES,
  customProfile,
  ND_152_2025_PROFILE,
  SEED_003_PROFILE,
  type Meeting,
} from '../../../src/domain/votes';
import { readVoteSettings, voteSettingsSection, VOTE_NAMES } from '../../../src/layout/votes';
import { AN, BINH, CHI, key, meeting } from '../../domain/votes/fixtures';
import { UNITS, clusterMeeting } from '../../domain/votes/cluster-fixtures';

const toMap = (profile = SEED_003_PROFILE, m: Meeting = meeting()): Map<string, CellValue> =>
  new Map(voteSettingsSection(profile, m).entries.map((e) => [e.key, e.value]));

const fullMeeting: Meeting = meeting({
  body: 'allStaff',
  totalMembers: 61,
  present: 3,
  presentNames: ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Thị Chi'],
  form: 'showOfHands',
  candidates: [AN, BINH, CHI],
  seats: { LDTT: 2 },
  countingRule: 'rowBlank',
  rounds: [
    { round: 1, issued: 3, closed: true },
    { round: 2, issued: 3, candidateKeys: [key(BINH)] },
  ],
  tellers: [
    { name: 'Nguyễn Thị Hoa', role: 'Trưởng ban' },
    { name: 'Lê Văn Tâm', role: 'Thành viên' },
  ],
  date: '2021-05-20',
});

describe('vote settings on "Quy chế" read back to the same profile and meeting', () => {
  it.each(BUILT_IN_PROFILES.map((p) => [p.id, p] as const))('%s', (_id, profile) => {
    const { profile: read, meeting: m, issues } = readVoteSettings(toMap(profile, fullMeeting));
    expect(issues).toEqual([]);
    expect(read).toEqual(profile);
    expect(m).toEqual(fullMeeting);
  });

  it('a custom profile with no quorum and a two-decimal threshold', () => {
    const custom = customProfile(SEED_003_PROFILE);
    custom.quorum = null;
    custom.perTitle.LDTT.threshold.percent = 66.67;
    custom.perTitle.LDTT.base = 'validBallots';
    expect(readVoteSettings(toMap(custom)).profile).toEqual(custom);
  });

  it('keeps the unverified flags of NĐ 152/2025', () => {
    const { profile } = readVoteSettings(toMap(ND_152_2025_PROFILE));
    expect(profile.unverified).toBe(true);
    expect(profile.perTitle.CSTDCS.unverified).toBe(true);
  });
});

describe('the section', () => {
  const section = voteSettingsSection(SEED_003_PROFILE, fullMeeting);
  const byKey = new Map(section.entries.map((e) => [e.key, e]));

  it('names every value a formula reads', () => {
    const names = section.entries.flatMap((e) => (e.name ? [e.name] : []));
    for (const name of [
      VOTE_NAMES.quorumNumerator,
      VOTE_NAMES.quorumDenominator,
      VOTE_NAMES.totalMembers,
      VOTE_NAMES.present,
      VOTE_NAMES.countingRule,
      VOTE_NAMES.threshold('LDTT'),
      VOTE_NAMES.base('CSTD_TINH'),
      VOTE_NAMES.written('CSTDCS'),
      VOTE_NAMES.seats('LDTT'),
      VOTE_NAMES.issued(2),
      VOTE_NAMES.closed(2),
    ]) {
      expect(names).toContain(name);
    }
    expect(new Set(names).size).toBe(names.length);
  });

  it('says where each rule comes from, and which are the school’s choice', () => {
    expect(byKey.get('vote.title.LDTT.origin')?.value).toBe('Theo văn bản');
    const nd91 = voteSettingsSection(BUILT_IN_PROFILES[1], fullMeeting).entries.find(
      (e) => e.key === 'vote.title.LDTT.origin',
    );
    expect(nd91?.value).toBe('Đơn vị tự quy định');
    expect(byKey.get('vote.title.CSTD_TINH.source')?.value).toContain('90%');
  });

  it('validates what a user may type, with Vietnamese messages', () => {
    expect(byKey.get('vote.title.LDTT.threshold')?.validation).toMatchObject({
      kind: 'decimal',
      min: 0,
      max: 100,
    });
    expect(byKey.get('vote.title.LDTT.base')?.validation?.list).toEqual([
      'Số người dự họp',
      'Tổng số thành viên',
      'Số phiếu hợp lệ',
    ]);
    for (const e of section.entries) {
      if (e.validation) expect(e.validation.errorMessage).toBe(e.validation.errorMessage.normalize('NFC'));
    }
  });

  it('writes lists readably: candidates, tellers, date, rounds', () => {
    expect(byKey.get('vote.candidates.LDTT')?.value).toBe('GV01 = Nguyễn Văn An; GV02 = Trần Thị Bình');
    expect(byKey.get('vote.meeting.tellers')?.value).toBe(
      'Nguyễn Thị Hoa (Trưởng ban); Lê Văn Tâm (Thành viên)',
    );
    expect(byKey.get('vote.meeting.date')?.value).toBe('20/05/2021');
    expect(byKey.get('vote.round.1.candidates')?.value).toBe('Tất cả');
    expect(byKey.get('vote.round.2.candidates')?.value).toBe('LDTT:GV02');
  });
});

describe('reading what a user typed', () => {
  it('accepts a decimal comma, NFD text and an Excel date serial', () => {
    const map = toMap();
    map.set('vote.title.LDTT.threshold', '66,67');
    map.set('vote.title.LDTT.base', 'Số phiếu hợp lệ'.normalize('NFD'));
    map.set('vote.meeting.date', 44336);
    const { profile, meeting: m, issues } = readVoteSettings(map);
    expect(issues).toEqual([]);
    expect(profile.perTitle.LDTT.threshold.percent).toBe(66.67);
    expect(profile.perTitle.LDTT.base).toBe('validBallots');
    expect(m.date).toBe('2021-05-20');
  });

  it('reports values it cannot read, naming the setting, and keeps the profile’s value', () => {
    const map = toMap();
    map.set('vote.title.LDTT.threshold', 'bảy mươi');
    map.set('vote.title.CSTDCS.base', 'Một nửa');
    map.set('vote.quorum.denominator', null);
    const { profile, issues } = readVoteSettings(map);
    expect(profile.perTitle.LDTT.threshold.percent).toBe(70);
    expect(profile.perTitle.CSTDCS.base).toBe('present');
    expect(issues.map((i) => i.message)).toEqual([
      'Túc số trên sheet Quy chế chỉ có tử số hoặc mẫu số; hãy nhập đủ cả hai (ví dụ 2 và 3) hoặc để trống cả hai.',
      '"LĐTT – ngưỡng đồng ý" trên sheet Quy chế phải là một số (đang là "bảy mươi"); hãy nhập lại.',
      '"CSTĐCS – tính trên" trên sheet Quy chế có giá trị "Một nửa" không hợp lệ; hãy chọn một trong: Số người dự họp, Tổng số thành viên, Số phiếu hợp lệ.',
    ]);
  });

  it('reports a candidate written without "mã = họ tên"', () => {
    const map = toMap();
    map.set('vote.candidates.LDTT', 'GV01 = Nguyễn Văn An; Trần Thị Bình');
    const { meeting: m, issues } = readVoteSettings(map);
    expect(m.candidates).toEqual([AN]);
    expect(issues[0].message).toContain('Ứng viên "Trần Thị Bình" của LĐTT');
  });
});

describe('a cluster meeting on "Quy chế"', () => {
  it('reads back the body, each person’s school and the cụm’s schools with their delegates', () => {
    const cluster = clusterMeeting({ units: [...UNITS.slice(0, 6), { name: 'Trường Tiểu học H' }] });
    const { meeting: read, issues } = readVoteSettings(toMap(SEED_003_PROFILE, cluster));
    expect(issues).toEqual([]);
    expect(read).toEqual(cluster);
  });

  it('writes the schools as the secretary would type them', () => {
    const byKey = new Map(
      voteSettingsSection(SEED_003_PROFILE, clusterMeeting()).entries.map((e) => [e.key, e.value]),
    );
    expect(byKey.get('vote.meeting.body')).toBe('Đại biểu các đơn vị trong cụm thi đua');
    expect(byKey.get('vote.candidateUnits.CSTDCS')).toBe('C_GV07 = Trường Tiểu học C');
    expect(String(byKey.get('vote.meeting.units'))).toMatch(/^Trường Tiểu học A \(đại biểu 3, có mặt 3\); /);
  });

  it('a school’s meeting writes no cluster rows', () => {
    const keys = voteSettingsSection(SEED_003_PROFILE, fullMeeting).entries.map((e) => e.key);
    expect(keys.filter((k) => k.startsWith('vote.candidateUnits') || k === 'vote.meeting.units')).toEqual([]);
  });
});
