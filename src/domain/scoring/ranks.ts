/**
 * Competition ranking: ties share a rank and the next rank skips (1, 2, 2, 4). The sheet writes the same
 * rule as COUNTIF(range, ">"&total) + 1, so "higher" uses the sheet's comparison.
 */
import { greaterThan } from './numeric';

/** rank[i] = 1 + number of values strictly greater than values[i]. */
export function competitionRanks(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => b - a);
  return values.map((value) => {
    // Binary search for the first sorted value not strictly greater than `value`.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (greaterThan(sorted[mid], value)) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  });
}

/** Ranks within groups (tổ): each value ranked only against the values with the same key. */
export function groupedCompetitionRanks(values: readonly number[], keys: readonly string[]): number[] {
  const groups = new Map<string, number[]>();
  keys.forEach((key, i) => {
    const members = groups.get(key);
    if (members) members.push(i);
    else groups.set(key, [i]);
  });
  const ranks = new Array<number>(values.length);
  for (const members of groups.values()) {
    const groupRanks = competitionRanks(members.map((i) => values[i]));
    members.forEach((i, k) => (ranks[i] = groupRanks[k]));
  }
  return ranks;
}
