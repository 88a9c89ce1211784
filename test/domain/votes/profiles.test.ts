import {
  BUILT_IN_PROFILES,
  customProfile,
  defaultVoteProfileFor,
  voteProfileInfo,
  findBuiltInProfile,
  ND_152_2025_PROFILE,
  ND_91_2017_PROFILE,
  ND_98_2023_PROFILE,
  SEED_003_PROFILE,
  validateProfile,
  type RuleProfile,
} from '../../../src/domain/votes';
import { TITLE_IDS } from '../../../src/domain/titles';

describe('seed 003 (TT 35/2015, QĐ 48/2014)', () => {
  const p = SEED_003_PROFILE;
  it('needs 2/3 of all members present', () => {
    expect(p.quorum).toMatchObject({ numerator: 2, denominator: 3, of: 'members' });
  });
  it.each(['LDTT', 'TTLDTT', 'TTLDXS', 'CSTDCS'] as const)(
    '%s: ≥ 70%% of those present or consulted',
    (t) => {
      expect(p.perTitle[t]).toMatchObject({
        threshold: { percent: 70 },
        base: 'present',
        absentWrittenVotes: true,
      });
    },
  );
  it('CSTĐ tỉnh: secret ballot, ≥ 90% of all council members, absent members in writing', () => {
    expect(p.perTitle.CSTD_TINH).toMatchObject({
      threshold: { percent: 90 },
      base: 'allMembers',
      secretBallot: true,
      absentWrittenVotes: true,
    });
  });
  it('cites its sources', () => {
    expect(p.source).toContain('TT 35/2015');
    expect(p.source).toContain('QĐ 48/2014');
  });
});

describe('NĐ 91/2017 Điều 45 khoản 8', () => {
  const p = ND_91_2017_PROFILE;
  it('CSTĐ tỉnh: secret ballot, 90% of all council members, written votes of absent members', () => {
    expect(p.perTitle.CSTD_TINH).toMatchObject({
      threshold: { percent: 90 },
      base: 'allMembers',
      secretBallot: true,
      absentWrittenVotes: true,
    });
    expect(p.perTitle.CSTD_TINH.source).toContain('Điều 45 khoản 8');
  });
  it('LĐTT and CSTĐCS are left to the school: seed 003 values, flagged as the school’s choice', () => {
    for (const t of ['LDTT', 'CSTDCS', 'TTLDTT'] as const) {
      expect(p.perTitle[t]).toMatchObject({
        threshold: { percent: 70 },
        base: 'present',
        schoolChoice: true,
      });
    }
    expect(p.quorum?.schoolChoice).toBe(true);
  });
  it('carries the 15% CSTĐCS cap of Điều 9 khoản 3', () => {
    expect(p.caps).toEqual([expect.objectContaining({ titleId: 'CSTDCS', percent: 15, ofTitleId: 'LDTT' })]);
  });
});

describe('NĐ 98/2023 Điều 30 khoản 7', () => {
  const p = ND_98_2023_PROFILE;
  it('CSTĐCS: ballot, ≥ 80% of all council members', () => {
    expect(p.perTitle.CSTDCS).toMatchObject({
      threshold: { percent: 80 },
      base: 'allMembers',
      secretBallot: true,
    });
  });
  it('CSTĐ tỉnh: ≥ 90% of all council members', () => {
    expect(p.perTitle.CSTD_TINH).toMatchObject({ threshold: { percent: 90 }, base: 'allMembers' });
  });
  it('LĐTT is the school’s choice', () => {
    expect(p.perTitle.LDTT.schoolChoice).toBe(true);
  });
  it('has no cap (dropped under Luật 2022)', () => {
    expect(p.caps).toBeUndefined();
  });
});

describe('NĐ 152/2025/NĐ-CP Điều 6 khoản 2 điểm đ, e; Điều 60 khoản 2 (no school quorum or threshold)', () => {
  const p = ND_152_2025_PROFILE;
  it('sets no quorum for a school: the school’s own rule, not an "unverified" decree value', () => {
    expect(p.quorum?.schoolChoice).toBe(true);
    expect(p.quorum?.unverified).toBeUndefined();
    expect(p.quorum?.source).toContain('Điều 60 khoản 2');
    expect(p.perTitle.LDTT).toMatchObject({ schoolChoice: true });
    expect(p.perTitle.LDTT.unverified).toBeUndefined();
  });
  it('keeps NĐ 98/2023’s CSTĐCS value until ministries and provinces set theirs, still unverified', () => {
    expect(p.perTitle.CSTDCS).toMatchObject({ threshold: { percent: 80 }, unverified: true });
    expect(p.perTitle.CSTDCS.source).toContain('Điều 60 khoản 2');
  });
  it('Điều 33 khoản 5: ≥ 90% of all members only for CSTĐ toàn quốc (80% for Cờ thi đua của Chính phủ), checked', () => {
    expect(p.perTitle.CSTD_TOAN_QUOC).toMatchObject({ threshold: { percent: 90 }, base: 'allMembers' });
    expect(p.perTitle.CSTD_TOAN_QUOC.unverified).toBeUndefined();
    expect(p.perTitle.CSTD_TOAN_QUOC.source).toContain('Điều 33 khoản 5');
    expect(p.perTitle.CSTD_TOAN_QUOC.source).toContain('Cờ thi đua của Chính phủ từ 80%');
  });
  it('Điều 60 khoản 1: in force 01/07/2025 – 28/02/2027', () => {
    expect([voteProfileInfo(p).from, voteProfileInfo(p).to]).toEqual(['2025-07-01', '2027-02-28']);
  });
});

describe('NĐ 91/2017/NĐ-CP Điều 45 khoản 8 binds Hội đồng TĐKT cấp bộ, cấp tỉnh', () => {
  it('says so and is never a school’s default', () => {
    expect(voteProfileInfo(ND_91_2017_PROFILE).scope).toContain('cấp bộ, cấp tỉnh');
    expect(voteProfileInfo(ND_91_2017_PROFILE).schoolDefault).toBe(false);
    expect(defaultVoteProfileFor('2020-09-01', '2021-05-31').profile).toBe(SEED_003_PROFILE);
  });
});

describe('NĐ 98/2023/NĐ-CP Điều 30 khoản 7: CSTĐCS 80% read from a summary', () => {
  it('is unverified', () => {
    expect(ND_98_2023_PROFILE.perTitle.CSTDCS.unverified).toBe(true);
    expect(ND_98_2023_PROFILE.unverified).toBe(true);
  });
});

describe('the default vote profile of a school year', () => {
  it('is the profile in force on its dates', () => {
    expect(defaultVoteProfileFor('2024-09-05', '2025-05-31')).toEqual({
      profile: ND_98_2023_PROFILE,
      issues: [],
    });
    expect(defaultVoteProfileFor('2025-09-05', '2026-05-31').profile).toBe(ND_152_2025_PROFILE);
  });
  it('a year straddling 01/01/2024 says so, naming both rules', () => {
    const { profile, issues } = defaultVoteProfileFor('2023-09-05', '2024-05-31');
    expect(profile).toBe(ND_98_2023_PROFILE);
    expect(issues).toHaveLength(1);
    expect(issues[0].code).toBe('vote.profile.year-straddles');
    expect(issues[0].message).toContain(SEED_003_PROFILE.label);
    expect(issues[0].message).toContain(ND_98_2023_PROFILE.label);
  });
  it('every built-in profile names its scope', () => {
    for (const p of BUILT_IN_PROFILES) expect(voteProfileInfo(p).scope.length).toBeGreaterThan(5);
  });
});

describe('built-in profiles', () => {
  it('are four, each valid, each with a rule and a source for every title', () => {
    expect(BUILT_IN_PROFILES).toHaveLength(4);
    for (const p of BUILT_IN_PROFILES) {
      expect(validateProfile(p)).toEqual([]);
      for (const t of TITLE_IDS) expect(p.perTitle[t].source.length).toBeGreaterThan(10);
    }
  });
  it('are found by id', () => {
    expect(findBuiltInProfile('nd98-2023')).toBe(ND_98_2023_PROFILE);
    expect(findBuiltInProfile('không có')).toBeUndefined();
  });
});

describe('custom profile', () => {
  it('is a copy: editing it leaves the profile it came from alone', () => {
    const custom = customProfile(SEED_003_PROFILE);
    custom.perTitle.LDTT.threshold.percent = 75;
    custom.quorum!.numerator = 1;
    expect(SEED_003_PROFILE.perTitle.LDTT.threshold.percent).toBe(70);
    expect(SEED_003_PROFILE.quorum!.numerator).toBe(2);
    expect(custom.id).toBe('custom');
    expect(custom.label).toContain(SEED_003_PROFILE.label);
  });
});

describe('validation', () => {
  const edited = (edit: (p: RuleProfile) => void): RuleProfile => {
    const p = customProfile(SEED_003_PROFILE);
    edit(p);
    return p;
  };
  it('refuses a threshold above 100% and names it', () => {
    const issues = validateProfile(edited((p) => (p.perTitle.LDTT.threshold.percent = 120)));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'vote.profile.percent-out-of-range', severity: 'error' });
    expect(issues[0].message).toContain('LĐTT');
    expect(issues[0].message).toContain('120%');
  });
  it('refuses a negative threshold', () => {
    expect(validateProfile(edited((p) => (p.perTitle.CSTDCS.threshold.percent = -1)))[0].message).toContain(
      'CSTĐCS',
    );
  });
  it('refuses three decimals, which could not be compared exactly', () => {
    expect(validateProfile(edited((p) => (p.perTitle.LDTT.threshold.percent = 66.675)))[0].code).toBe(
      'vote.profile.percent-too-precise',
    );
  });
  it('refuses a quorum above 1 (4/3)', () => {
    const issues = validateProfile(edited((p) => (p.quorum = { ...p.quorum!, numerator: 4 })));
    expect(issues[0].code).toBe('vote.profile.quorum-above-one');
    expect(issues[0].message).toContain('4/3');
  });
  it('refuses a quorum that is not a fraction of whole numbers', () => {
    expect(validateProfile(edited((p) => (p.quorum = { ...p.quorum!, denominator: 0 })))[0].code).toBe(
      'vote.profile.quorum-not-fraction',
    );
  });
  it('accepts a quorum of exactly 1 (everyone) and none at all', () => {
    expect(validateProfile(edited((p) => (p.quorum = { ...p.quorum!, numerator: 3 })))).toEqual([]);
    expect(validateProfile(edited((p) => (p.quorum = null)))).toEqual([]);
  });
  it('messages are NFC Vietnamese', () => {
    const [issue] = validateProfile(edited((p) => (p.perTitle.LDTT.threshold.percent = 120)));
    expect(issue.message).toBe(issue.message.normalize('NFC'));
    expect(issue.message).toMatch(/hãy sửa/);
  });
});
