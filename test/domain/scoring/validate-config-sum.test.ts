import { defaultScoringConfig, seed000Rounds, validateScoringConfig } from '../../../src/domain/scoring';
import { BUILT_IN_ROLES } from '../../../src/domain/school/types';
import type { Criterion } from '../../../src/domain/scoring';

it('60 criteria of 1,75 and 16/12 add up to 100 for everyone: no warning for binary rounding (99,99999999999999)', () => {
  const base = defaultScoringConfig(seed000Rounds());
  const criteria: Criterion[] = Array.from({ length: 60 }, (_, i) => ({
    id: `TC${i + 1}`,
    sectionId: base.sections[0].id,
    label: `Tiêu chí ${i + 1}`,
    kind: i % 5 === 4 ? 'deduction' : 'points',
    max: i % 5 === 4 ? 16 / 12 : 84 / 48,
    ...(i % 5 === 4 ? { deductionStep: 1 / 3 } : {}),
    roles: 'all',
  }));
  const issues = validateScoringConfig({ ...base, criteria }, BUILT_IN_ROLES);
  expect(issues.filter((i) => i.code.includes('max') || i.message.includes('99,99'))).toEqual([]);
});
