/**
 * Arithmetic that gives the numbers Excel gives, so the domain and the sheet's formulas agree.
 */

/**
 * Excel's ROUND: half away from zero, applied to the 15 significant digits Excel keeps, so binary noise
 * does not decide a tie. excelRound(1.005, 2) = 1.01 and excelRound(-2.675, 2) = -2.68, as in Excel, where
 * Math.round(1.005 * 100) / 100 gives 1.
 */
export function excelRound(value: number, digits = 2): number {
  // Fast road for the usual totals: away from a tie, rounding the double itself gives what the 15 digits
  // give, because below 10⁷ units the 15 digits sit within 10⁻⁷ of it. integer / 10^digits is the double
  // nearest the decimal, as Number("…e-2") is.
  if (Number.isInteger(digits) && digits >= 0 && digits <= 10 && Number.isFinite(value)) {
    const factor = 10 ** digits;
    const scaled = Math.abs(value) * factor;
    if (scaled < 1e7) {
      const whole = Math.floor(scaled);
      const fraction = scaled - whole;
      if (Math.abs(fraction - 0.5) > 1e-6) {
        const rounded = (fraction > 0.5 ? whole + 1 : whole) / factor;
        return rounded === 0 ? 0 : value < 0 ? -rounded : rounded;
      }
    }
  }
  return excelRoundBy15Digits(value, digits);
}

/** excelRound the long way, from the decimal string of the 15 significant digits. */
export function excelRoundBy15Digits(value: number, digits = 2): number {
  if (!Number.isFinite(value) || value === 0) return value === 0 ? 0 : value;
  const sign = value < 0 ? -1 : 1;
  // "1.00500000000000e+0": the 15 significant digits as a decimal string and its exponent.
  const [mantissa, exponentText] = Math.abs(value).toExponential(14).split('e');
  const significand = mantissa.replace('.', '');
  const exponent = Number(exponentText);
  const kept = exponent + 1 + digits;
  if (kept >= significand.length) return value;
  if (kept < 0) return 0;
  let integer = kept === 0 ? 0 : Number(significand.slice(0, kept));
  if (Number(significand[kept]) >= 5) integer += 1;
  const rounded = Number(`${integer}e${-digits}`);
  return rounded === 0 ? 0 : sign * rounded;
}

/** ROUND(value, 2), the precision of every total on the sheets. */
export function round2(value: number): number {
  return excelRound(value, 2);
}

/**
 * Relative tolerance of a comparison, as spreadsheet engines use (HyperFormula's precisionEpsilon): two
 * totals that differ only by binary noise compare equal, as they do on the sheet.
 */
const EPSILON = 1e-13;

export function nearlyEqual(a: number, b: number): boolean {
  const scale = 1 + EPSILON;
  return b >= 0 ? a * scale >= b && a <= b * scale : a * scale <= b && a >= b * scale;
}

/** a ≥ b, as the sheet decides it (floors, band minima). */
export function atLeast(a: number, b: number): boolean {
  return a > b || nearlyEqual(a, b);
}

/** a > b, as the sheet decides it (ranks count strictly higher totals). */
export function greaterThan(a: number, b: number): boolean {
  return a > b && !nearlyEqual(a, b);
}

/**
 * Number.isFinite as arithmetic (x − x is 0 only for a finite x), for the loops over every typed value:
 * under Jest's sandbox a call to a built-in of another realm is never inlined and costs 50 times more.
 */
export function isFiniteNumber(x: number): boolean {
  return x - x === 0;
}
