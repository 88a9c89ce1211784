import {
  agreeNeeded,
  capMaximum,
  formatThresholdPercent,
  formatVotePercent,
  ND_91_2017_PROFILE,
  quorumMinimum,
  quorumReached,
  reachesThreshold,
  SEED_003_PROFILE,
} from '../../../src/domain/votes';

const twoThirds = SEED_003_PROFILE.quorum!;

describe('quorum of 2/3 (seed 003), on whole numbers', () => {
  it('61 staff, 41 present: 41 × 3 = 123 ≥ 122, quorum', () => {
    expect(quorumReached(41, 61, twoThirds)).toBe(true);
  });
  it('61 staff, 40 present: 40 × 3 = 120 < 122, no quorum', () => {
    expect(quorumReached(40, 61, twoThirds)).toBe(false);
  });
  it('60 staff, 40 present: exactly 2/3 is enough', () => {
    expect(quorumReached(40, 60, twoThirds)).toBe(true);
    expect(quorumReached(39, 60, twoThirds)).toBe(false);
  });
  it('the fewest present for 61 staff is 41, for 60 staff 40', () => {
    expect(quorumMinimum(61, twoThirds)).toBe(41);
    expect(quorumMinimum(60, twoThirds)).toBe(40);
  });
  it('no quorum rule: any attendance will do', () => {
    expect(quorumReached(1, 61, null)).toBe(true);
  });
});

describe('threshold "từ 70% trở lên", on whole numbers', () => {
  it('28 of 40 is exactly 70%: reached', () => {
    expect(reachesThreshold(28, 40, 70)).toBe(true);
  });
  it('27 of 40 is one short: not reached', () => {
    expect(reachesThreshold(27, 40, 70)).toBe(false);
  });
  it('43 of 61 shows as 70,49% and reaches 70%', () => {
    expect(formatVotePercent(43, 61)).toBe('70,49%');
    expect(reachesThreshold(43, 61, 70)).toBe(true);
  });
  it('14000 of 20001 shows as 70,00% yet is below 70%: the decision never reads the rounded figure', () => {
    expect(formatVotePercent(14000, 20001)).toBe('70,00%');
    expect(reachesThreshold(14000, 20001, 70)).toBe(false);
  });
  it('90% of 11 council members needs 10 agree (9,9 rounds up)', () => {
    expect(reachesThreshold(10, 11, 90)).toBe(true);
    expect(reachesThreshold(9, 11, 90)).toBe(false);
  });
  it('a two-decimal threshold is exact too: 2 of 3 reaches 66,66% but not 66,67%', () => {
    expect(reachesThreshold(2, 3, 66.66)).toBe(true);
    expect(reachesThreshold(2, 3, 66.67)).toBe(false);
  });
  it('a base of 0 reaches nothing', () => {
    expect(reachesThreshold(0, 0, 70)).toBe(false);
  });
});

describe('percent display with a decimal comma, rounded half up', () => {
  it.each([
    [28, 40, '70,00%'],
    [27, 40, '67,50%'],
    [1, 3, '33,33%'],
    [2, 3, '66,67%'],
    [1, 8, '12,50%'],
    [1, 80000, '0,00%'],
    [1, 40000, '0,00%'],
    [1, 20000, '0,01%'],
    [40, 40, '100,00%'],
  ])('%i of %i shows %s', (agree, base, text) => {
    expect(formatVotePercent(agree, base)).toBe(text);
  });
  it('no base yet shows a dash', () => {
    expect(formatVotePercent(0, 0)).toBe('—');
  });
  it('thresholds keep their decimals with a comma', () => {
    expect(formatThresholdPercent(70)).toBe('70%');
    expect(formatThresholdPercent(66.67)).toBe('66,67%');
  });
});

describe('agree votes still needed', () => {
  it('20 of a fixed base of 41 at 70%: 29 needed, 9 more', () => {
    expect(agreeNeeded(20, 41, 70, true)).toBe(9);
  });
  it('28 of 40: none more', () => {
    expect(agreeNeeded(28, 40, 70, true)).toBe(0);
  });
  it('valid-ballot base grows with each vote: 6 of 10 needs 4 more (10/14), not 3 (9/13)', () => {
    expect(agreeNeeded(6, 10, 70, false)).toBe(4);
    expect(reachesThreshold(10, 14, 70)).toBe(true);
    expect(reachesThreshold(9, 13, 70)).toBe(false);
  });
  it('valid-ballot base at 100% with one disagree can never be reached', () => {
    expect(agreeNeeded(9, 10, 100, false)).toBeNull();
  });
  it('no valid ballot yet: one agree ballot would do', () => {
    expect(agreeNeeded(0, 0, 70, false)).toBe(1);
  });
});

describe('caps (DOMAIN.md §7)', () => {
  const cap = ND_91_2017_PROFILE.caps![0];
  it('CSTĐCS ≤ 15% of 61 LĐTT: 9,15 allows at most 9, so seed 000’s 10 is too many', () => {
    expect(capMaximum(cap, 61)).toBe(9);
    expect(10).toBeGreaterThan(capMaximum(cap, 61));
  });
  it('15% of 60 is exactly 9', () => {
    expect(capMaximum(cap, 60)).toBe(9);
  });
});
