/**
 * What a row of an old sheet should total, to check its own "Tổng" column: old sheets add the criteria up
 * as they are (raw) while the template normalises to its declared total, so either may be written there.
 */
import type { RoleId } from '../school/types';
import { applicableMax, criterionApplies, criterionScore } from '../scoring/criteria';
import { round2 } from '../scoring/numeric';
import type { ScoringConfig } from '../scoring/types';

/**
 * [raw sum + bonus, normalised sum + bonus], both rounded to 2 decimals, when every non-bonus criterion of
 * the role has a value in `values` (criterion id -> typed value); null when the row is incomplete.
 */
export function rowSums(
  config: ScoringConfig,
  roleId: RoleId,
  values: ReadonlyMap<string, number> | undefined,
): [number, number] | null {
  if (!values) return null;
  let raw = 0;
  let bonus = 0;
  for (const criterion of config.criteria) {
    if (!criterionApplies(criterion, roleId)) continue;
    const typed = values.get(criterion.id);
    if (typed === undefined) {
      if (criterion.kind === 'bonus') continue;
      return null;
    }
    if (criterion.kind === 'bonus') bonus += criterionScore(criterion, typed);
    else raw += criterionScore(criterion, typed);
  }
  const max = applicableMax(config, roleId);
  const normalised = max > 0 ? (raw * config.totalPoints) / max + bonus : raw + bonus;
  return [round2(raw + bonus), round2(normalised)];
}
