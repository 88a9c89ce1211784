/**
 * Decisions on whole numbers only (DOMAIN.md §5): "từ 70% trở lên" is agree × 100 ≥ 70 × base, the quorum
 * present × 3 ≥ members × 2. Thresholds may carry two decimals, so both sides are scaled to hundredths of a
 * percent (× 10 000) and nothing is ever rounded before comparing.
 */
import type { QuorumRule } from './profiles';

/** The threshold in hundredths of a percent: 70 → 7000, 66.67 → 6667. */
export function thresholdHundredths(percent: number): number {
  return Math.round(percent * 100);
}

/** agree / base ≥ percent %, exactly. A base of 0 never reaches a threshold above 0. */
export function reachesThreshold(agree: number, base: number, percent: number): boolean {
  if (base <= 0) return false;
  return agree * 10000 >= thresholdHundredths(percent) * base;
}

/** present × denominator ≥ members × numerator; no rule means no quorum to reach. */
export function quorumReached(present: number, members: number, quorum: QuorumRule | null): boolean {
  if (!quorum) return true;
  return present * quorum.denominator >= members * quorum.numerator;
}

/** The fewest members present that make the quorum: ⌈members × numerator / denominator⌉ (41 of 61). */
export function quorumMinimum(members: number, quorum: QuorumRule): number {
  const product = members * quorum.numerator;
  return Math.floor((product + quorum.denominator - 1) / quorum.denominator);
}

/** ⌈a / b⌉ for whole a and positive whole b, without floating error. */
function ceilDiv(a: number, b: number): number {
  return a <= 0 ? -Math.floor(-a / b) : Math.floor((a + b - 1) / b);
}

/**
 * The fewest more agree votes that reach the threshold, or null when no number can.
 * fixedBase: the base does not grow with the new votes (present, all members).
 * Otherwise (valid ballots) each new agree vote also adds one to the base.
 */
export function agreeNeeded(agree: number, base: number, percent: number, fixedBase: boolean): number | null {
  const h = thresholdHundredths(percent);
  if (fixedBase) {
    if (base <= 0) return null;
    return Math.max(0, ceilDiv(h * base - agree * 10000, 10000));
  }
  // (agree + k) × 10000 ≥ h × (base + k)  ⇔  k × (10000 − h) ≥ h × base − agree × 10000
  const deficit = h * base - agree * 10000;
  if (base > 0 && deficit <= 0) return 0;
  if (h >= 10000) return base === agree ? (base > 0 ? 0 : 1) : null;
  return Math.max(base > 0 ? 0 : 1, ceilDiv(deficit, 10000 - h));
}
