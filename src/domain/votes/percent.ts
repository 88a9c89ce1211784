/**
 * Percentages for display only, with a decimal comma ("70,49%"). Rounded half up (domain/text's exact
 * decimal rounding) so the screen, the minutes and Excel's ROUND agree; no decision ever reads these strings.
 */
import { formatNumberAsTyped, formatPercent } from '../text';

/** "70,49%" (43 of 61); "—" when there is no base yet. */
export function formatVotePercent(agree: number, base: number): string {
  return base > 0 ? formatPercent(agree, base) : '—';
}

/** A threshold as written in the rules: 70 → "70%", 66.67 → "66,67%". */
export function formatThresholdPercent(percent: number): string {
  return `${formatNumberAsTyped(percent)}%`;
}
