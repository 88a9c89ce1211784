/**
 * A small version of Excel's display text (Range.text): General, fixed decimals ("0", "0.00"), grouping
 * ("#,##0.00"), percentages, "@", literal text in quotes and day/month/year dates. Formats outside that
 * fall back to General. Excel shows text in the user's locale; `vi-VN` swaps the separators (9,5).
 */
import type { CellScalar } from './formula-engine';

export type DisplayLocale = 'en-US' | 'vi-VN';

interface Separators {
  decimal: string;
  group: string;
}

const SEPARATORS: Record<DisplayLocale, Separators> = {
  'en-US': { decimal: '.', group: ',' },
  'vi-VN': { decimal: ',', group: '.' },
};

function localise(text: string, sep: Separators): string {
  if (sep.decimal === '.') return text;
  return text.replace(/[.,]/g, (ch) => (ch === '.' ? sep.decimal : sep.group));
}

/** Excel's General: up to 10 significant digits in a default-width column, exponent when huge or tiny. */
export function formatGeneral(n: number): string {
  if (n === 0) return '0';
  const abs = Math.abs(n);
  if (abs >= 1e11 || abs < 1e-9) {
    const [mantissa, exponent] = n.toExponential(5).split('e');
    const trimmed = mantissa.replace(/\.?0+$/, '');
    const exp = Number(exponent);
    return `${trimmed}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (Number.isInteger(n)) return String(n);
  const digits = Math.max(1, 10 - Math.floor(Math.log10(abs)) - 1);
  return String(Number(n.toFixed(Math.min(digits, 9))));
}

function group(integer: string, sep: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** One section of a numeric code: literals around a 0/#/,/. pattern, optional %. */
function formatNumberSection(n: number, section: string, sep: Separators): string | null {
  const literals: string[] = [];
  const bare = section.replace(
    /"([^"]*)"|\\(.)/g,
    (_, quoted: string | undefined, escaped: string | undefined) => {
      literals.push(quoted ?? escaped ?? '');
      return `\uE000${literals.length - 1}\uE000`;
    },
  );
  const match = /([#0,]*0[#0,]*|#[#,]*)(\.(0+|#+))?/.exec(bare);
  if (!match) return null;
  const percent = bare.includes('%');
  // 15 significant digits, as Excel keeps, so 0.705 shows as 71% and not 70%.
  const value = Math.abs(Number((percent ? n * 100 : n).toPrecision(15)));
  const decimals = match[3]?.length ?? 0;
  const fixed = value.toFixed(decimals);
  const [integerPart, fraction] = fixed.split('.');
  const intText = match[1].includes(',') ? group(integerPart, sep.group) : integerPart;
  const minDigits = (match[1].match(/0/g) ?? []).length;
  const padded = minDigits === 0 && integerPart === '0' && fraction ? '' : intText.padStart(minDigits, '0');
  const numberText = fraction !== undefined ? `${padded}${sep.decimal}${fraction}` : padded;
  const out = bare.slice(0, match.index) + numberText + bare.slice(match.index + match[0].length);
  return out.replace(/\uE000(\d+)\uE000/g, (_, i: string) => literals[Number(i)]);
}

const DATE_PART = /yyyy|yy|mmmm|mmm|mm|m|dd|d|hh|h|ss|s/gi;

/** Serial day number (1900 system, Excel's leap-year bug included) to a calendar date. */
function serialToDate(serial: number): Date {
  const days = Math.floor(serial);
  const offset = days > 59 ? days - 1 : days; // Excel counts 29/02/1900, which never existed
  const ms = Math.round((serial - days) * 86400000);
  return new Date(Date.UTC(1899, 11, 31) + offset * 86400000 + ms);
}

function formatDate(serial: number, code: string): string {
  const d = serialToDate(serial);
  const pad = (v: number) => String(v).padStart(2, '0');
  const hasTime = /h/i.test(code);
  return code.replace(DATE_PART, (part) => {
    switch (part.toLowerCase()) {
      case 'yyyy':
        return String(d.getUTCFullYear());
      case 'yy':
        return pad(d.getUTCFullYear() % 100);
      case 'mm':
        return hasTime && /h.*mm|mm.*s/i.test(code) ? pad(d.getUTCMinutes()) : pad(d.getUTCMonth() + 1);
      case 'm':
        return String(d.getUTCMonth() + 1);
      case 'dd':
        return pad(d.getUTCDate());
      case 'd':
        return String(d.getUTCDate());
      case 'hh':
        return pad(d.getUTCHours());
      case 'h':
        return String(d.getUTCHours());
      case 'ss':
        return pad(d.getUTCSeconds());
      case 's':
        return String(d.getUTCSeconds());
      default:
        return part;
    }
  });
}

/** The text Excel would show for `value` under `numberFormat`. */
export function displayText(
  value: CellScalar,
  numberFormat: string,
  locale: DisplayLocale = 'en-US',
): string {
  const sep = SEPARATORS[locale];
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const code = numberFormat.trim();
  if (code === '' || code.toLowerCase() === 'general' || code === '@')
    return localise(formatGeneral(value), sep);
  const sections = code.split(';');
  const negative = value < 0 && sections.length > 1;
  const section = value === 0 && sections.length > 2 ? sections[2] : negative ? sections[1] : sections[0];
  const cleaned = section
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_./g, ' ')
    .replace(/\*./g, '');
  if (/[dy]/i.test(cleaned.replace(/"[^"]*"/g, '')) || /h/i.test(cleaned.replace(/"[^"]*"/g, ''))) {
    return formatDate(value, cleaned);
  }
  const body = formatNumberSection(value, cleaned, sep);
  if (body === null) return localise(formatGeneral(value), sep);
  return value < 0 && !negative ? `-${body}` : body;
}

/**
 * numberFormatLocal in a vi-VN Excel writes the decimal comma and the dot for thousands ("#.##0,00");
 * numberFormat is always en-US ("#,##0.00"). Swaps the two outside quoted literals.
 */
export function localFormatCode(code: string, locale: DisplayLocale): string {
  if (locale === 'en-US') return code;
  return code.replace(/"[^"]*"|[.,]/g, (part) => (part === '.' ? ',' : part === ',' ? '.' : part));
}
