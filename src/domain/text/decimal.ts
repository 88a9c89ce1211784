/**
 * Exact decimal arithmetic for display rounding. Binary floating point turns 1.005 into 1.00499…, so
 * toFixed() would round it down; here every number is read from its shortest decimal form (what the user
 * typed or Excel shows) and rounded half away from zero on integers.
 */

/** value = mantissa / 10^scale, exactly. */
export interface DecimalFraction {
  mantissa: bigint;
  scale: number;
}

/** Shortest decimal form of a finite number, as an exact fraction. */
export function toDecimalFraction(n: number): DecimalFraction {
  if (!Number.isFinite(n)) throw new RangeError(`Không đổi được ${n} thành số thập phân.`);
  const [coefficient, exponentText] = String(n).toLowerCase().split('e');
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  const negative = coefficient.startsWith('-');
  const [intPart, fracPart = ''] = coefficient.replace('-', '').split('.');
  let mantissa = BigInt(intPart + fracPart);
  let scale = fracPart.length - exponent;
  if (scale < 0) {
    mantissa *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { mantissa: negative ? -mantissa : mantissa, scale };
}

/** numerator / denominator rounded half away from zero to an integer (denominator > 0). */
function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n;
  const abs = negative ? -numerator : numerator;
  const rounded = (abs * 2n + denominator) / (denominator * 2n);
  return negative ? -rounded : rounded;
}

/**
 * numerator/denominator × multiplier, rounded half away from zero to `decimals` places, as a digit string
 * with '.' decimal point (sign included, "-0" never produced). denominator must not be 0.
 */
export function roundedQuotient(
  numerator: number,
  denominator: number,
  multiplier: number,
  decimals: number,
): string {
  const num = toDecimalFraction(numerator);
  const den = toDecimalFraction(denominator);
  const mul = toDecimalFraction(multiplier);
  if (den.mantissa === 0n) throw new RangeError('Mẫu số bằng 0.');
  // value × 10^decimals = (num.m × mul.m × 10^(den.s + decimals)) / (den.m × 10^(num.s + mul.s))
  let top = num.mantissa * mul.mantissa * 10n ** BigInt(den.scale + decimals);
  let bottom = den.mantissa * 10n ** BigInt(num.scale + mul.scale);
  if (bottom < 0n) {
    top = -top;
    bottom = -bottom;
  }
  const scaled = divideRounded(top, bottom);
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(decimals + 1, '0');
  const intPart = digits.slice(0, digits.length - decimals);
  const fracPart = digits.slice(digits.length - decimals);
  return (negative ? '-' : '') + intPart + (decimals > 0 ? '.' + fracPart : '');
}
