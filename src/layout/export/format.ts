/**
 * Meeting times and headings on the exported papers. Names, collation and the long date live in
 * domain/text; this adds what only the papers need: a date with a clock time, read as written.
 */
import { parseIsoDate, type CalendarDay } from '../../domain/text';

export interface LocalDateTime extends CalendarDay {
  hour?: number;
  minute?: number;
}

/**
 * "2021-05-28" or "2021-05-28T14:00" read as written (no time zone: a meeting at 14:00 stays at 14:00).
 * Undefined when the text is not such a date or the day does not exist.
 */
export function parseLocalDateTime(text: string): LocalDateTime | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$/.exec(text.trim());
  const date = match ? parseIsoDate(match[1]) : null;
  if (!match || date === null) return undefined;
  if (match[2] === undefined) return date;
  const [hour, minute] = [Number(match[2]), Number(match[3])];
  if (hour > 23 || minute > 59) return undefined;
  return { ...date, hour, minute };
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
