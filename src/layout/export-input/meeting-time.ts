/** The meeting's date and "HH:MM" times joined into the ISO local date-times the minutes print. */

const TIME = /^(\d{1,2}):(\d{2})$/;

/** "14:00" → "14:00", "7:30" → "07:30"; undefined for anything that is not a time of day. */
export function normalizeTime(text: string | undefined): string | undefined {
  const match = TIME.exec((text ?? '').trim());
  if (!match) return undefined;
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${match[2]}`;
}

/**
 * "2021-05-25T14:00", or "" when the date or the time is missing: the minutes then print dots to fill in
 * by hand rather than a time nobody gave.
 */
export function meetingDateTime(date: string | undefined, time: string | undefined): string {
  const t = normalizeTime(time);
  const d = (date ?? '').trim();
  return t && /^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d}T${t}` : '';
}
