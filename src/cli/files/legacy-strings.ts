/**
 * Names typed in TCVN3 (.VnTime) or VNI fonts reach a JSON file as "NguyÔn V¨n An": each is found, by field,
 * converted to Unicode and listed, so the user sees what changed. Keys (id, …Id) are left alone: they are
 * matched, not read.
 */
import { convertTcvn3ToUnicode, convertVniToUnicode, detectLegacyEncoding } from '../../domain/text/legacy';

const LATIN1_HIGH = /[\u0080-\u00FF]/;

export interface LegacyConversion {
  path: string;
  before: string;
  after: string;
  encoding: 'tcvn3' | 'vni';
}

interface Found {
  path: string;
  value: string;
  set: (value: string) => void;
}

function isKey(field: string): boolean {
  return field === 'id' || /Ids?$/.test(field) || field === 'code' || field === 'version';
}

function collect(value: unknown, at: string, found: Found[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      if (typeof item === 'string') {
        if (LATIN1_HIGH.test(item))
          found.push({ path: `${at}[${i}]`, value: item, set: (v) => (value[i] = v) });
      } else collect(item, `${at}[${i}]`, found);
    });
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const object = value as Record<string, unknown>;
  for (const [field, item] of Object.entries(object)) {
    const here = at ? `${at}.${field}` : field;
    if (typeof item === 'string') {
      if (!isKey(field) && LATIN1_HIGH.test(item)) {
        found.push({ path: here, value: item, set: (v) => (object[field] = v) });
      }
    } else if (!(field === 'rows' && at.endsWith('table'))) {
      // The score table holds only numbers and keys: skipped, it is most of a large file.
      collect(item, here, found);
    }
  }
}

/**
 * Converts, in place, every string of `data` written in a legacy encoding. In a UTF-8 file each string is
 * judged on its own (a few names pasted from an old .VnTime sheet beside Unicode text), and an ambiguous
 * short one ("tõ" reads as Vietnamese either way) stays. A file whose bytes are not UTF-8 (`eightBit`) holds
 * no Unicode at all, so all its strings are converted once the file as a whole reads as TCVN3 or VNI. The
 * encoding is always chosen on all candidate strings together: one short name alone can read both ways.
 */
export function convertLegacyStrings(
  data: unknown,
  options: { eightBit?: boolean } = {},
): {
  conversions: LegacyConversion[];
  /** Fields with Latin-1 letters left as they were (plain Unicode text, or an encoding not recognised). */
  unreadable: string[];
} {
  const found: Found[] = [];
  collect(data, '', found);
  const legacy = options.eightBit
    ? detectLegacyEncoding(found.map((f) => f.value)) === 'unicode'
      ? []
      : found
    : found.filter((f) => detectLegacyEncoding(f.value) !== 'unicode');
  const unreadable = found.filter((f) => !legacy.includes(f)).map((f) => f.path);
  if (legacy.length === 0) return { conversions: [], unreadable };
  const joined = detectLegacyEncoding(legacy.map((f) => f.value));
  const encoding: 'tcvn3' | 'vni' =
    joined === 'unicode' ? (detectLegacyEncoding(legacy[0].value) === 'vni' ? 'vni' : 'tcvn3') : joined;
  const conversions = legacy.map((item) => {
    const after = (
      encoding === 'tcvn3'
        ? convertTcvn3ToUnicode(item.value, { uppercase: 'auto' })
        : convertVniToUnicode(item.value)
    ).normalize('NFC');
    item.set(after);
    return { path: item.path, before: item.value, after, encoding };
  });
  return { conversions, unreadable };
}
