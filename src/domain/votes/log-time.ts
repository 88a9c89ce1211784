/**
 * The moment a log row was entered: the pane gives it as local wall-clock text "yyyy-mm-ddThh:mm:ss" (no
 * time zone: the meeting happens in one room). The sheet keeps it as a real Excel date-time number shown
 * dd/mm/yyyy hh:mm, and reading gives the same text back, to the second.
 */
import { excelSerialToIso, isoToExcelSerial, parseIsoDate } from '../text';

export interface LocalDateTime {
  /** "2021-05-25T14:01:00". */
  iso: string;
  /** Excel serial (1900 system): days, with the time of day as the fraction. */
  serial: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A local date-time typed as ISO text (seconds optional, fractions dropped); null for anything else. */
export function localDateTime(value: string): LocalDateTime | null {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(value.trim());
  if (!m || !parseIsoDate(m[1])) return null;
  const [h, min, s] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (h > 23 || min > 59 || s > 59) return null;
  const day = isoToExcelSerial(m[1]);
  if (day === null) return null;
  return {
    iso: `${m[1]}T${pad(h)}:${pad(min)}:${pad(s)}`,
    serial: day + (h * 3600 + min * 60 + s) / 86400,
  };
}

/** The local date-time text of an Excel date-time number, to the nearest second; null if not a date. */
export function serialToLocalDateTime(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  let seconds = Math.round(serial * 86400);
  let day = Math.floor(seconds / 86400);
  seconds -= day * 86400;
  if (seconds >= 86400) {
    day += 1;
    seconds -= 86400;
  }
  const iso = excelSerialToIso(day);
  if (iso === null) return null;
  const h = Math.floor(seconds / 3600);
  const min = Math.floor((seconds % 3600) / 60);
  return `${iso}T${pad(h)}:${pad(min)}:${pad(seconds % 60)}`;
}
