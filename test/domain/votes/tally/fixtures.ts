/** A meeting of 61 with 41 present and two CSTĐCS candidates, as the tellers of the sample school set it up. */
import type { CaseVotes } from '../../../../src/domain/case';
import {
  ND_91_2017_PROFILE,
  candidateKey,
  customProfile,
  type Candidate,
  type Meeting,
  type RuleProfile,
} from '../../../../src/domain/votes';
import { pressKey, type TallySession } from '../../../../src/domain/votes/tally/session';

export const HANG: Candidate = { titleId: 'CSTDCS', id: 'BH2-038', name: 'Dương Thị Thanh Hằng' };
export const YEN: Candidate = { titleId: 'CSTDCS', id: 'BH2-040', name: 'Ngô Thị Bảo Yến' };
export const HANG_KEY = candidateKey(HANG.titleId, HANG.id);
export const YEN_KEY = candidateKey(YEN.titleId, YEN.id);

/** The school's own rules: CSTĐCS from 70% of the valid ballots, so 28 of 40 is exactly 70%. */
export function validBallotsProfile(): RuleProfile {
  const profile = customProfile(ND_91_2017_PROFILE);
  profile.perTitle.CSTDCS = { ...profile.perTitle.CSTDCS, base: 'validBallots', schoolChoice: true };
  return profile;
}

export function meeting61(overrides: Partial<Meeting> = {}): Meeting {
  return {
    body: 'allStaff',
    totalMembers: 61,
    present: 41,
    form: 'secret',
    candidates: [HANG, YEN],
    countingRule: 'invalid',
    rounds: [{ round: 1, issued: 41 }],
    ...overrides,
  };
}

export function votes61(overrides: Partial<CaseVotes> = {}): CaseVotes {
  return { profile: validBallotsProfile(), meeting: meeting61(), events: [], ...overrides };
}

/** Types `keys` one by one as the teller would; every key must be accepted. */
export function type<S extends TallySession>(session: S, keys: string[], at = '2021-05-25T14:00:00'): S {
  let current = session;
  for (const key of keys) {
    const step = pressKey(current, key, 'Thư ký', at);
    if (!step.ok) throw new Error(`Key ${key} refused: ${step.issue.message}`);
    current = step.session;
  }
  return current;
}

/**
 * The browser test's meeting, in keystrokes: 27 ballots agreeing with both ("A"), one agreeing with Hằng
 * only ("1", "2"), twelve disagreeing with both ("2", "2") and one invalid ("X"): Hằng 28/40 = 70%, Yến 27/40.
 */
export const MEETING_KEYS: string[] = [
  ...Array<string>(27).fill('a'),
  '1',
  '2',
  ...Array.from({ length: 12 }, () => ['2', '2']).flat(),
  'x',
];
