/**
 * When titles tie, women are preferred, and among collectives a unit with at least 70% women (NĐ 152/2025/NĐ-CP
 * Điều 4 khoản 6 from 01/07/2025; before it NĐ 91/2017/NĐ-CP, or the school's own rule: `tieRuleFor`). Used to order a shortlist
 * when a cap (e.g. CSTĐCS ≤ 15% of LĐTT) cuts through candidates: higher score first; on equal scores women
 * before men; otherwise the given order is kept (the sort is stable), so the council's own order survives.
 * A tie that gender does not break at the cut (same score, same gender, one kept and one cut) is reported,
 * never decided here: the council decides it.
 */
import type { RuleId } from './rules';
import { RULES, inForceThroughout } from './rules';
import type { ShortlistCandidate } from './types';

/**
 * The women-first rule in force for a school year: the decree whose dates cover the whole year, else the
 * school's own rule (a year straddling a change, or one no decree the project knows covers).
 */
export function tieRuleFor(yearStart: string, yearEnd: string): RuleId {
  const decrees: RuleId[] = ['womenFirst2025', 'womenFirst2017'];
  return decrees.find((id) => inForceThroughout(RULES[id], yearStart, yearEnd)) ?? 'womenFirstSchool';
}

export interface UnitTieCandidate {
  score: number;
  /** Women among the unit's members, and all members. */
  women: number;
  members: number;
}

/** "Tập thể có từ 70% nữ trở lên", decided on integers. */
export function mostlyWomen(unit: Pick<UnitTieCandidate, 'women' | 'members'>): boolean {
  return unit.members > 0 && unit.women * 100 >= 70 * unit.members;
}

/** Collectives: higher score first; on equal scores a unit with ≥ 70% women first; else the given order. */
export function preferWomenUnitsOnTie<T extends UnitTieCandidate>(units: readonly T[]): T[] {
  return units
    .map((unit, index) => ({ unit, index }))
    .sort((a, b) => {
      if (a.unit.score !== b.unit.score) return b.unit.score - a.unit.score;
      const aw = mostlyWomen(a.unit) ? 0 : 1;
      const bw = mostlyWomen(b.unit) ? 0 : 1;
      return aw !== bw ? aw - bw : a.index - b.index;
    })
    .map((x) => x.unit);
}

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
