/**
 * Official lists (danh sách đề nghị, biên bản) sort by given name, then middle names, then family name
 * (DOMAIN.md §9): "Nguyễn Văn An" sorts under An.
 */
import { compareVietnameseFallback } from './collationKey';
import { normalizeName } from './normalize';

export interface VietnameseNameParts {
  /** Họ: the first word. Empty for a one-word name. */
  family: string;
  /** Tên đệm: the words between, joined by one space (may be empty). */
  middle: string;
  /** Tên: the last word. */
  given: string;
}

/** Pairs the Vietnamese alphabet and tone order must put first; checked once against the runtime. */
const EXPECTED_ORDER: [string, string][] = [
  ['a', 'ă'],
  ['ă', 'â'],
  ['â', 'b'],
  ['d', 'đ'],
  ['đ', 'e'],
  ['o', 'ô'],
  ['ô', 'ơ'],
  ['ơ', 'p'],
  ['u', 'ư'],
  ['ư', 'v'],
  ['ma', 'mà'],
  ['mà', 'mả'],
  ['mả', 'mã'],
  ['mã', 'má'],
  ['má', 'mạ'],
  ['mạ', 'mă'],
];

function intlCompare(): ((a: string, b: string) => number) | null {
  try {
    const collator = new Intl.Collator('vi', { usage: 'sort', sensitivity: 'variant' });
    if (!collator.resolvedOptions().locale.startsWith('vi')) return null;
    return EXPECTED_ORDER.every(([a, b]) => collator.compare(a, b) < 0) ? collator.compare : null;
  } catch {
    return null;
  }
}

const compareWord = intlCompare() ?? compareVietnameseFallback;

/** True when the runtime's Intl.Collator('vi') is used; false when the built-in fallback order is. */
export const usesIntlCollator = compareWord !== compareVietnameseFallback;

/** Vietnamese order of two strings (titles, tổ names): a < ă < â, d < đ, tones ngang…nặng. NFC first. */
export function compareVietnamese(a: string, b: string): number {
  return Math.sign(compareWord(a.normalize('NFC'), b.normalize('NFC')));
}

/** Family, middle and given name of a full name ("Nguyễn Thị Minh Khai" -> Nguyễn / Thị Minh / Khai). */
export function splitVietnameseName(full: string): VietnameseNameParts {
  const words = normalizeName(full)
    .split(' ')
    .filter((w) => w !== '');
  if (words.length === 0) return { family: '', middle: '', given: '' };
  if (words.length === 1) return { family: '', middle: '', given: words[0] };
  return { family: words[0], middle: words.slice(1, -1).join(' '), given: words[words.length - 1] };
}

function compareWords(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareVietnamese(a[i], b[i]);
    if (c !== 0) return c;
  }
  return Math.sign(a.length - b.length);
}

/** Order of two full names on an official list: given name, then middle names in order, then family name. */
export function compareVietnameseNames(a: string, b: string): number {
  const pa = splitVietnameseName(a);
  const pb = splitVietnameseName(b);
  const middle = (p: VietnameseNameParts): string[] => (p.middle === '' ? [] : p.middle.split(' '));
  return (
    compareVietnamese(pa.given, pb.given) ||
    compareWords(middle(pa), middle(pb)) ||
    compareVietnamese(pa.family, pb.family)
  );
}

/** A new array sorted by Vietnamese name order; people with the same name keep their input order. */
export function sortByVietnameseName<T>(items: readonly T[], getName: (item: T) => string): T[] {
  return items
    .map((item, index) => ({ item, index, name: getName(item) }))
    .sort((x, y) => compareVietnameseNames(x.name, y.name) || x.index - y.index)
    .map((entry) => entry.item);
}
