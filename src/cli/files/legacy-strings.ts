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
 * Converts, in place, every string of `data` written in a legacy encoding. The encoding is judged on all such
 * strings together (one short name alone can read both ways), then each of them is converted.
 */
export function convertLegacyStrings(data: unknown): {
  conversions: LegacyConversion[];
  /** Fields with Latin-1 letters left as they were (plain Unicode text, or an encoding not recognised). */
  unreadable: string[];
} {
  const found: Found[] = [];
  collect(data, '', found);
  if (found.length === 0) return { conversions: [], unreadable: [] };
  const encoding = detectLegacyEncoding(found.map((f) => f.value));
  const conversions: LegacyConversion[] = [];
  if (encoding === 'unicode') return { conversions, unreadable: found.map((f) => f.path) };
  const convert = (text: string) =>
    (encoding === 'tcvn3'
      ? convertTcvn3ToUnicode(text, { uppercase: 'auto' })
      : convertVniToUnicode(text)
    ).normalize('NFC');
  const unreadable: string[] = [];
  for (const item of found) {
    const after = convert(item.value);
    if (after === item.value) {
      unreadable.push(item.path);
      continue;
    }
    item.set(after);
    conversions.push({ path: item.path, before: item.value, after, encoding });
  }
  return { conversions, unreadable };
}
