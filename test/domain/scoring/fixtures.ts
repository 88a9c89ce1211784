/** Small schools for the scoring tests, written the way a thư ký would describe them. */
import type { Criterion, ScoreInput, ScoringConfig, ScoringRound } from '../../../src/domain/scoring';
import { SAMPLE_SCHOOL_INFO } from '../../../src/domain/sample';
import { defaultScoringConfig } from '../../../src/domain/scoring';
import type { Person, SchoolRoster, Team } from '../../../src/domain/school/types';
import { BUILT_IN_ROLES } from '../../../src/domain/school/types';

export const TEAMS: Team[] = [
  { id: 'to-1', name: 'Tổ 1' },
  { id: 'to-2', name: 'Tổ 2' },
  { id: 'to-vp', name: 'Tổ Văn phòng' },
];

export function person(id: string, fullName: string, extra: Partial<Person> = {}): Person {
  return { id, fullName, gender: 'nữ', roleId: 'giao-vien', position: 'Giáo viên', teamId: 'to-1', ...extra };
}

export function roster(staff: Person[], teams: Team[] = TEAMS): SchoolRoster {
  return {
    info: { ...SAMPLE_SCHOOL_INFO },
    roles: BUILT_IN_ROLES,
    teams,
    staff,
  };
}

export const ONE_ROUND: ScoringRound[] = [
  { id: 'hk1', label: 'Học kỳ I', start: '2020-09-01', end: '2021-01-15', weight: 1 },
];

export const TWO_ROUNDS: ScoringRound[] = [
  { id: 'hk1', label: 'Học kỳ I', start: '2020-09-01', end: '2021-01-15', weight: 1 },
  { id: 'hk2', label: 'Học kỳ II', start: '2021-01-18', end: '2021-05-28', weight: 2 },
];

/** A config with the given criteria, the default bands and levels, total 100. */
export function config(criteria: Criterion[], rounds: ScoringRound[] = ONE_ROUND): ScoringConfig {
  const base = defaultScoringConfig(rounds);
  return { ...base, sections: [{ id: 'I', label: 'I. Chung' }], criteria };
}

export function points(id: string, max: number, extra: Partial<Criterion> = {}): Criterion {
  return { id, sectionId: 'I', label: `Tiêu chí ${id}`, kind: 'points', max, roles: 'all', ...extra };
}

/** One 100-point criterion: whatever is typed is the total. */
export const WHOLE = points('tong', 100);

export function score(
  personId: string,
  criterionId: string,
  value: number,
  extra: Partial<ScoreInput> = {},
): ScoreInput {
  return { personId, roundId: 'hk1', criterionId, level: 'council', value, ...extra };
}
