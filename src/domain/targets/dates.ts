/** ISO dates (yyyy-mm-dd) checked and compared as integers, with no time zone in play. */

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Parts of a real calendar date, or undefined for "2021-02-30", "30/5/2021" or "". */
export function parseIsoDate(iso: string): DateParts | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return undefined;
  }
  return { year, month, day };
}

/** Negative, zero or positive like a comparator; both dates must be valid ISO dates. */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function nextDay(parts: DateParts): DateParts {
  const d = new Date(Date.UTC(parts.year, parts.month - 1, parts.day + 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * Whole months served from `from` to `throughInclusive`, both days included: 29/11/2020 to 28/05/2021 is
 * exactly 6 months; 01/12/2020 to 28/05/2021 is 5 (and 27 days). Negative when `from` is later.
 */
export function completeMonthsThrough(from: DateParts, throughInclusive: DateParts): number {
  const end = nextDay(throughInclusive);
  const months = (end.year - from.year) * 12 + (end.month - from.month);
  return end.day < from.day ? months - 1 : months;
}
