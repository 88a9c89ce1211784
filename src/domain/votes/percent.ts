/**
 * Percentages for display only, with a decimal comma ("70,49%"). Rounded half up on whole numbers so the
 * screen, the minutes and Excel's ROUND agree; no decision ever reads these strings.
 */

/** agree / base in hundredths of a percent, rounded half up: 43 of 61 → 7049. */
export function percentHundredthsRounded(agree: number, base: number): number {
  return Math.floor((agree * 20000 + base) / (2 * base));
}

/** "70,49%"; "—" when there is no base yet. */
export function formatVotePercent(agree: number, base: number): string {
  if (base <= 0) return '—';
  const hundredths = percentHundredthsRounded(agree, base);
  const whole = Math.floor(hundredths / 100);
  const fraction = String(hundredths % 100).padStart(2, '0');
  return `${whole},${fraction}%`;
}

/** A threshold as written in the rules: 70 → "70%", 66.67 → "66,67%". */
export function formatThresholdPercent(percent: number): string {
  return `${String(percent).replace('.', ',')}%`;
}
