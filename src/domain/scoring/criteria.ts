/**
 * One criterion's arithmetic: which roles it applies to, which level counts, and the score for its kind.
 * The sheet builder writes the same rules as formulas (layout/scoring), and the parity test holds them equal.
 */
import type { RoleId } from '../school/types';
import { ASSESSMENT_LEVELS } from './types';
import type { AssessmentLevel, Criterion, ScoringConfig } from './types';

export function criterionApplies(criterion: Criterion, roleId: RoleId): boolean {
  return criterion.roles === 'all' || criterion.roles.includes(roleId);
}

/** The criteria of a role in config order. */
export function applicableCriteria(config: ScoringConfig, roleId: RoleId): Criterion[] {
  return config.criteria.filter((criterion) => criterionApplies(criterion, roleId));
}

/** Sum of the maxima of the role's non-bonus criteria: what a total is normalised from. */
export function applicableMax(config: ScoringConfig, roleId: RoleId): number {
  let sum = 0;
  for (const criterion of applicableCriteria(config, roleId)) {
    if (criterion.kind !== 'bonus') sum += criterion.max;
  }
  return sum;
}

/** The config's levels, lowest first (self, team, council), whatever order the config lists them in. */
export function orderedLevels(config: Pick<ScoringConfig, 'levels'>): AssessmentLevel[] {
  return ASSESSMENT_LEVELS.filter((level) => config.levels.includes(level));
}

/**
 * points: as typed. deduction: max − events × step, floored at 0. bonus: min(typed, cap). Out-of-range
 * values are used as typed (the sheet does the same) and reported by validation.
 */
export function criterionScore(criterion: Criterion, typed: number): number {
  switch (criterion.kind) {
    case 'points':
      return typed;
    case 'deduction':
      return Math.max(0, criterion.max - typed * (criterion.deductionStep ?? 0));
    case 'bonus':
      return Math.min(criterion.max, typed);
  }
}
