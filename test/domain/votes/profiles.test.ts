import {
  BUILT_IN_PROFILES,
  customProfile,
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

describe('NĐ 152/2025', () => {
  it('marks the profile, the quorum and every title unverified', () => {
    const p = ND_152_2025_PROFILE;
    expect(p.unverified).toBe(true);
    expect(p.quorum?.unverified).toBe(true);
    for (const t of TITLE_IDS) expect(p.perTitle[t].unverified).toBe(true);
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
