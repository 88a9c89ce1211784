/** Service time counted on calendar parts, with no time zone in play (ISO dates are read by domain/text). */
import type { CalendarDay } from '../text';

function nextDay(parts: CalendarDay): CalendarDay {
  const d = new Date(Date.UTC(parts.year, parts.month - 1, parts.day + 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * Whole months served from `from` to `throughInclusive`, both days included: 29/11/2020 to 28/05/2021 is
 * exactly 6 months; 01/12/2020 to 28/05/2021 is 5 (and 27 days). Negative when `from` is later.
 */
export function completeMonthsThrough(from: CalendarDay, throughInclusive: CalendarDay): number {
  const end = nextDay(throughInclusive);
  const months = (end.year - from.year) * 12 + (end.month - from.month);
  return end.day < from.day ? months - 1 : months;
}
