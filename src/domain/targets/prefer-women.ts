/**
 * When titles tie, women are preferred (NĐ 152/2025/NĐ-CP Điều 4, DOMAIN.md §4). Used to order a shortlist
 * when a cap (e.g. CSTĐCS ≤ 15% of LĐTT) cuts through candidates: higher score first; on equal scores women
 * before men; otherwise the given order is kept (the sort is stable), so the council's own order survives.
 * A tie that gender does not break at the cut (same score, same gender, one kept and one cut) is reported,
 * never decided here: the council decides it.
 */
import type { ShortlistCandidate } from './types';

export function preferWomenOnTie<T extends Pick<ShortlistCandidate, 'gender' | 'score'>>(
  candidates: readonly T[],
): T[] {
  return candidates
    .map((candidate, index) => ({ candidate, index }))
    .sort((a, b) => {
      if (a.candidate.score !== b.candidate.score) return b.candidate.score - a.candidate.score;
      const aWoman = a.candidate.gender === 'nữ' ? 0 : 1;
      const bWoman = b.candidate.gender === 'nữ' ? 0 : 1;
      return aWoman !== bWoman ? aWoman - bWoman : a.index - b.index;
    })
    .map((x) => x.candidate);
}

export interface Shortlist<T> {
  kept: T[];
  cut: T[];
  /** Candidates on both sides of the cut with the same score and gender: the council must choose. */
  unresolvedTie: T[];
}

/** The first `max` candidates in preferWomenOnTie order, the rest cut. */
export function shortlistWithinCap<T extends Pick<ShortlistCandidate, 'gender' | 'score'>>(
  candidates: readonly T[],
  max: number,
): Shortlist<T> {
  const ordered = preferWomenOnTie(candidates);
  const limit = Math.max(0, Math.min(max, ordered.length));
  const kept = ordered.slice(0, limit);
  const cut = ordered.slice(limit);
  const lastKept = kept[kept.length - 1];
  const firstCut = cut[0];
  const unresolvedTie =
    lastKept && firstCut && lastKept.score === firstCut.score && lastKept.gender === firstCut.gender
      ? ordered.filter((c) => c.score === lastKept.score && c.gender === lastKept.gender)
      : [];
  return { kept, cut, unresolvedTie };
}
