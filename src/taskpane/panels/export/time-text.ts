/**
 * A time of day typed as Vietnamese staff write it: "14:00", "7:30", "14h30", "14g", "14 giờ 30". Kept as
 * "HH:MM" for the minutes; blank is allowed (the minutes then leave dots to fill by hand).
 */
export type TimeText = { ok: true; value: string } | { ok: false; reason: string };

export interface TimeMessages {
  invalid: (text: string) => string;
}

const PATTERN = /^(\d{1,2})\s*(?::|h|g|giờ)\s*(\d{2})?\s*(?:phút)?$/i;

export function parseTimeText(text: string, messages: TimeMessages): TimeText {
  const typed = text.normalize('NFC').trim();
  if (typed === '') return { ok: true, value: '' };
  const match = PATTERN.exec(typed);
  const hour = match ? Number(match[1]) : NaN;
  const minute = match ? Number(match[2] ?? '0') : NaN;
  if (!match || hour > 23 || minute > 59) return { ok: false, reason: messages.invalid(typed) };
  return { ok: true, value: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}` };
}
