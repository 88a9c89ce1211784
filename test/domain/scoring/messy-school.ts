/**
 * Small random schools with everything a careless file can hold: two people or two criteria or two rounds
 * with the same id, monthly rounds, criteria for some roles only, floors, bonuses and deductions, and
 * scores for unknown people, rounds, months and criteria, typed twice, negative, too big or not a number.
 * The scoring must give the same results whichever road the values take.
 */
import fc from 'fast-check';
import type {
  AssessmentLevel,
  Criterion,
  ScoreInput,
  ScoringConfig,
  ScoringRound,
} from '../../../src/domain/scoring';
import { defaultScoringConfig } from '../../../src/domain/scoring';
import type { Person, SchoolRoster } from '../../../src/domain/school/types';
import { BUILT_IN_ROLES } from '../../../src/domain/school/types';
import { roster, TEAMS } from './fixtures';

export interface MessySchool {
  roster: SchoolRoster;
  config: ScoringConfig;
  inputs: ScoreInput[];
}

const PERSON_IDS = ['GV01', 'GV02', 'GV03', 'GV04'];
const CRITERION_IDS = ['1.1', '1.2', '2.1', '3.1'];
const ROUND_IDS = ['hk1', 'hk2', 'hk3'];
const MONTH_IDS = ['t9', 't10', 't11'];
const LEVELS: AssessmentLevel[] = ['self', 'team', 'council'];
const ROLE_IDS = BUILT_IN_ROLES.map((role) => role.id);

const personArb = fc.record({
  id: fc.constantFrom(...PERSON_IDS),
  roleId: fc.constantFrom(...ROLE_IDS),
  team: fc.nat(3),
});

const criterionArb = fc.record({
  id: fc.constantFrom(...CRITERION_IDS),
  kind: fc.constantFrom('points' as const, 'deduction' as const, 'bonus' as const),
  max: fc.constantFrom(4, 10, 25.5, 60),
  step: fc.constantFrom(0.5, 1.5, 3),
  floor: fc.option(fc.constantFrom(0, 2, 5), { nil: undefined }),
  roles: fc.option(fc.subarray(ROLE_IDS, { minLength: 1 }), { nil: undefined }),
});

const roundArb = fc.record({
  id: fc.constantFrom(...ROUND_IDS),
  months: fc.option(fc.subarray(MONTH_IDS), { nil: undefined }),
  weight: fc.constantFrom(0, 1, 2),
});

const valueArb = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 40 }).map((n) => n / 2) },
  { weight: 1, arbitrary: fc.constantFrom(-1, 100, 2.5, Number.NaN, Number.POSITIVE_INFINITY) },
);

const inputArb = fc.record({
  personId: fc.constantFrom(...PERSON_IDS, 'XX'),
  roundId: fc.constantFrom(...ROUND_IDS, 'zz'),
  monthId: fc.option(fc.constantFrom(...MONTH_IDS, 't99'), { nil: undefined, freq: 2 }),
  criterionId: fc.constantFrom(...CRITERION_IDS, '9.9'),
  level: fc.constantFrom(...LEVELS),
  value: valueArb,
});

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export const messySchoolArb: fc.Arbitrary<MessySchool> = fc
  .record({
    staff: fc.array(personArb, { maxLength: 5 }),
    criteria: fc.array(criterionArb, { minLength: 1, maxLength: 5 }),
    rounds: fc.array(roundArb, { minLength: 1, maxLength: 3 }),
    levels: fc.shuffledSubarray(LEVELS, { minLength: 1 }),
    inputs: fc.array(inputArb, { maxLength: 60 }),
  })
  .map((s): MessySchool => {
    const staff: Person[] = s.staff.map((p, i) => ({
      id: p.id,
      fullName: `Người số ${i + 1}`,
      gender: 'nữ',
      roleId: p.roleId,
      position: 'Giáo viên',
      teamId: p.team === 3 ? '' : TEAMS[p.team].id,
    }));
    const criteria: Criterion[] = s.criteria.map((c) =>
      withoutUndefined({
        id: c.id,
        sectionId: 'I',
        label: `Tiêu chí ${c.id}`,
        kind: c.kind,
        max: c.max,
        deductionStep: c.kind === 'deduction' ? c.step : undefined,
        floor: c.kind === 'bonus' ? undefined : c.floor,
        roles: c.roles ?? 'all',
      }),
    );
    const rounds: ScoringRound[] = s.rounds.map((r, k) =>
      withoutUndefined({
        id: r.id,
        label: `Đợt ${k + 1}`,
        start: '2020-09-01',
        end: '2021-05-28',
        weight: r.weight,
        months: r.months?.map((id) => ({ id, label: `Tháng ${id.slice(1)}` })),
      }),
    );
    const config: ScoringConfig = {
      ...defaultScoringConfig(rounds),
      sections: [{ id: 'I', label: 'I. Chung' }],
      criteria,
      levels: s.levels,
    };
    return { roster: roster(staff), config, inputs: s.inputs.map((input) => withoutUndefined(input)) };
  });
