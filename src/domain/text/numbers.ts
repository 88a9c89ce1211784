/**
 * Numbers typed in Vietnamese-locale sheets use a decimal comma and a thousands dot ("1.234,5"); people
 * also type "9.5". Parsing is strict: anything that is not clearly a number is refused with a reason,
 * never guessed into a wrong score.
 */
import { roundedQuotient, toDecimalFraction } from './decimal';

export type ParsedNumber = { ok: true; value: number | null } | { ok: false; reason: string };

const MINUS = /^[-\u2212\u2013]/;

function refuse(input: string): ParsedNumber {
  return {
    ok: false,
    reason: `"${input}" không phải là số. Hãy nhập một số, ví dụ 9,5 hoặc 1.234,5 (dấu phẩy ngăn phần thập phân).`,
  };
}

/** Digits grouped by `separator` in threes after the first group ("1.234.567")? */
function isGrouped(text: string, separator: string): boolean {
  const groups = text.split(separator);
  return /^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

/** Integer part and fraction digits, or null when the layout of separators is not a number. */
function splitNumber(body: string): { intDigits: string; fracDigits: string } | null {
  const hasDot = body.includes('.');
  const hasComma = body.includes(',');
  if (hasDot && hasComma) {
    // The later separator is the decimal one: "1.234,5" (Vietnamese) or "1,234.5" (English).
    const decimal = body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    const at = body.lastIndexOf(decimal);
    const intText = body.slice(0, at);
    const fracText = body.slice(at + 1);
    if (!isGrouped(intText, thousands) || !/^\d+$/.test(fracText)) return null;
    return { intDigits: intText.split(thousands).join(''), fracDigits: fracText };
  }
  const separator = hasDot ? '.' : hasComma ? ',' : '';
  if (separator === '') return /^\d+$/.test(body) ? { intDigits: body, fracDigits: '' } : null;
  const parts = body.split(separator);
  if (parts.length === 2) {
    const [intText, fracText] = parts;
    // Vietnamese sheets write thousands with a dot: "1.000", "500.000" (tiền thưởng) are thousands.
    if (separator === '.' && isGrouped(body, '.') && !intText.startsWith('0')) {
      return { intDigits: intText + fracText, fracDigits: '' };
    }
    // Otherwise one separator of either kind is the decimal point: "9,5" and "9.5" are nine and a half.
    if (!/^\d*$/.test(intText) || !/^\d+$/.test(fracText)) return null;
    return { intDigits: intText === '' ? '0' : intText, fracDigits: fracText };
  }
  // Several separators of one kind can only be thousands groups: "1.234.567".
  return isGrouped(body, separator) ? { intDigits: parts.join(''), fracDigits: '' } : null;
}

/**
 * Reads a number from a cell value: numbers pass through, text may use "9,5", "9.5", "1.234,5",
 * spaces around or between thousands groups, a leading minus. Empty text or null means "no value".
 * A lone comma is always decimal ("1,234" = 1,234); a lone dot is decimal unless exactly three digits
 * follow a non-zero group, as Vietnamese sheets write thousands ("1.000" = 1000, "0.125" and "9.50" are
 * decimals), so it reads back what formatVietnameseNumber writes.
 */
export function parseVietnameseNumber(input: string | number | null | undefined): ParsedNumber {
  if (input === null || input === undefined) return { ok: true, value: null };
  if (typeof input === 'number') {
    if (Number.isFinite(input)) return { ok: true, value: input };
    return { ok: false, reason: `Giá trị ${input} không phải là một số hữu hạn. Hãy nhập lại số.` };
  }
  let text = input
    .normalize('NFC')
    .replace(/[\u00A0\u202F\u2009\u200B\uFEFF]/g, ' ')
    .trim();
  if (text === '') return { ok: true, value: null };
  let negative = false;
  if (MINUS.test(text)) {
    negative = true;
    text = text.slice(1).trim();
  } else if (text.startsWith('+')) {
    text = text.slice(1).trim();
  }
  // Spaces are accepted only as thousands separators ("1 234,5").
  if (/\s/.test(text)) {
    const [intText, ...rest] = text.split(/[.,]/);
    if (rest.length > 1 || !isGrouped(intText, ' ')) return refuse(input);
    text = text.replace(/ /g, '');
  }
  const parts = splitNumber(text);
  if (parts === null) return refuse(input);
  const value = Number(`${parts.intDigits}${parts.fracDigits === '' ? '' : '.' + parts.fracDigits}`);
  if (!Number.isFinite(value)) return refuse(input);
  return { ok: true, value: negative && value !== 0 ? -value : value };
}

/** Inserts thousands dots into a digit string. */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export interface VietnameseNumberFormat {
  /** Thousands dots ("1.234,5"); default true. */
  grouping?: boolean;
  /** Drop trailing zeros of the fraction ("9,50" -> "9,5"); default false. */
  trimZeros?: boolean;
}

/** A fixed decimal string ("1234.50") rendered Vietnamese-style ("1.234,50"). */
function renderDecimal(fixed: string, options: VietnameseNumberFormat): string {
  const negative = fixed.startsWith('-');
  const [intPart, fracPart = ''] = fixed.replace('-', '').split('.');
  const frac = options.trimZeros ? fracPart.replace(/0+$/, '') : fracPart;
  const intText = options.grouping === false ? intPart : groupThousands(intPart);
  const isZero = /^0*$/.test(intPart + frac);
  return (negative && !isZero ? '-' : '') + intText + (frac === '' ? '' : ',' + frac);
}

/**
 * n with `decimals` places, rounded half up (away from zero) on its decimal value, decimal comma:
 * formatVietnameseNumber(9.5, 1) === "9,5"; formatVietnameseNumber(1234.5, 2) === "1.234,50".
 */
export function formatVietnameseNumber(
  n: number,
  decimals = 0,
  options: VietnameseNumberFormat = {},
): string {
  if (!Number.isFinite(n)) return '—';
  return renderDecimal(roundedQuotient(n, 1, 1, decimals), options);
}

/**
 * A number in its shortest decimal form, unrounded, with a decimal comma and no thousands dots, as a user
 * types it in a rule or a score: 9.5 → "9,5", 0.5 → "0,5", 750 → "750", 66.67 → "66,67".
 */
export function formatNumberAsTyped(n: number): string {
  if (!Number.isFinite(n)) return '—';
  return renderDecimal(roundedQuotient(n, 1, 1, toDecimalFraction(n).scale), { grouping: false });
}

/**
 * numerator/denominator as a percentage with a decimal comma: formatPercent(43, 61) === "70,49%".
 * Computed exactly, rounded half up for display only (decisions never use this string).
 * A zero denominator has no percentage: "—".
 */
export function formatPercent(numerator: number, denominator: number, decimals = 2): string {
  if (denominator === 0 || !Number.isFinite(numerator) || !Number.isFinite(denominator)) return '—';
  return renderDecimal(roundedQuotient(numerator, denominator, 100, decimals), { grouping: true }) + '%';
}
