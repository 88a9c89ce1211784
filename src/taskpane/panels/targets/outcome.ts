/** The outcome of a target as the badge says it, and the badge's colour. */
import type { TargetOutcome } from '../../../domain/targets';
import type { TargetsStrings } from './strings';
import type { TargetRow } from './target-rows';

export type BadgeColor = 'success' | 'informative' | 'warning' | 'danger';

export const OUTCOME_COLORS: Record<TargetOutcome, BadgeColor> = {
  met: 'success',
  over: 'informative',
  short: 'warning',
  unreachable: 'danger',
};

export function outcomeText(row: TargetRow, s: TargetsStrings): string {
  switch (row.outcome) {
    case 'met':
      return s.outcome.met;
    case 'over':
      return s.outcome.over(row.gap);
    case 'short':
      return s.outcome.short(-row.gap);
    case 'unreachable':
      return s.outcome.unreachable;
  }
}

/** "−3" with a true minus sign, "+2", "0": the gap as people write it. */
export function signed(n: number): string {
  if (n > 0) return `+${n}`;
  return n < 0 ? `−${-n}` : '0';
}
