/**
 * Minimal Vietnamese text helpers for the export. src/domain/text (compareVietnameseNames,
 * longVietnameseDate…) did not exist when this was written; the lead will switch callers to it and
 * delete these.
 */

const collator = new Intl.Collator('vi');

/** NFC, trimmed, inner runs of spaces collapsed: the same name typed on two keyboards compares equal. */
export function normalizeName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ');
}

interface NameKey {
  given: string;
  middle: string;
  family: string;
}

function nameKey(fullName: string): NameKey {
  const words = normalizeName(fullName).split(' ');
  if (words.length === 1) return { given: words[0], middle: '', family: '' };
  return { given: words[words.length - 1], middle: words.slice(1, -1).join(' '), family: words[0] };
}

/**
 * Official list order (DOMAIN.md §9): given name, then middle names, then family name, each compared with
 * Vietnamese collation (a < ă < â, d < đ…, tones ngang, huyền, hỏi, ngã, sắc, nặng). So "Phạm Thị An"
 * comes before "Nguyễn Văn An" (same given name, Thị < Văn), and both before "Trần Thị Ánh".
 */
export function compareVietnameseNames(a: string, b: string): number {
  const ka = nameKey(a);
  const kb = nameKey(b);
  return (
    collator.compare(ka.given, kb.given) ||
    collator.compare(ka.middle, kb.middle) ||
    collator.compare(ka.family, kb.family)
  );
}

/** A sorted copy; people with the same name keep their input order (Array.prototype.sort is stable). */
export function sortByVietnameseName<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  return [...items].sort((x, y) => compareVietnameseNames(nameOf(x), nameOf(y)));
}

export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
}

/**
 * "2021-05-28" or "2021-05-28T14:00" read as written (no time zone: a meeting at 14:00 stays at 14:00).
 * Undefined when the text is not such a date or the day does not exist.
 */
export function parseLocalDateTime(text: string): LocalDateTime | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return undefined;
  if (match[4] === undefined) return { year, month, day };
  const [hour, minute] = [Number(match[4]), Number(match[5])];
  if (hour > 23 || minute > 59) return undefined;
  return { year, month, day, hour, minute };
}

/**
 * "ngày 28 tháng 5 năm 2021". Days below 10 and the months 1 and 2 take a leading zero, as NĐ 30/2020/NĐ-CP
 * Phụ lục I asks of dates on official papers ("ngày 05 tháng 02 năm 2021").
 */
export function longVietnameseDate(date: LocalDateTime): string {
  const day = date.day < 10 ? `0${date.day}` : String(date.day);
  const month = date.month <= 2 ? `0${date.month}` : String(date.month);
  return `ngày ${day} tháng ${month} năm ${date.year}`;
}

/** "14 giờ 00". */
export function clockTime(date: LocalDateTime): string {
  return `${date.hour ?? 0} giờ ${String(date.minute ?? 0).padStart(2, '0')}`;
}

export function sameDay(a: LocalDateTime, b: LocalDateTime): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** Upper case the Vietnamese way (đ → Đ), for headings and the signer's title. */
export function upperVietnamese(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi').normalize('NFC');
}
