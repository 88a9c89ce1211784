/**
 * Dates in Vietnamese sheets are dd/mm/yyyy text, ISO text, Excel serial numbers or (from ExcelJS) Date
 * objects. Everything becomes an ISO date "yyyy-mm-dd"; impossible dates (31/02) are refused, never rolled
 * over into March as Date would.
 */

export type ParsedDate = { ok: true; value: string | null } | { ok: false; reason: string };

/** Excel's 1900 date system counts 1900-02-29, a day that never was; serial 60 is that day. */
const FAKE_LEAP_DAY_SERIAL = 60;
/** 9999-12-31, Excel's last date. */
const MAX_SERIAL = 2958465;
const MS_PER_DAY = 86_400_000;
/** Serials from 61 on count days from 1899-12-30 (the fake leap day absorbs the offset). */
const EPOCH_MS = Date.UTC(1899, 11, 30);

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

function toIso(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** A calendar day already split into parts (a parsed ISO date or meeting time). */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** Year, month, day of a well-formed, existing ISO date, else null. */
export function parseIsoDate(iso: string): CalendarDay | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYmd(year, month, day) ? { year, month, day } : null;
}

/** The ISO date of an Excel (1900 system) serial; the time of day is ignored. Null if no such date. */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  const days = Math.floor(serial);
  if (days < 1 || days > MAX_SERIAL || days === FAKE_LEAP_DAY_SERIAL) return null;
  // Before the fake leap day, serials are one day "ahead" of the real calendar.
  const date = new Date(EPOCH_MS + (days < FAKE_LEAP_DAY_SERIAL ? days + 1 : days) * MS_PER_DAY);
  return toIso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The Excel (1900 system) serial of an ISO date, or null for a malformed date or one before 1900. */
export function isoToExcelSerial(iso: string): number | null {
  const ymd = parseIsoDate(iso);
  if (ymd === null || ymd.year < 1900) return null;
  const days = Math.round((Date.UTC(ymd.year, ymd.month - 1, ymd.day) - EPOCH_MS) / MS_PER_DAY);
  return days <= FAKE_LEAP_DAY_SERIAL ? days - 1 : days;
}

function refuse(reason: string): ParsedDate {
  return { ok: false, reason };
}

function fromParts(input: string, year: number, month: number, day: number): ParsedDate {
  if (month < 1 || month > 12) {
    return refuse(
      `Ngày "${input}" có tháng ${month} không tồn tại. Hãy ghi theo dạng ngày/tháng/năm, ví dụ 18/01/2021.`,
    );
  }
  if (!isValidYmd(year, month, day)) {
    return refuse(
      `Ngày "${input}" không có thật: tháng ${month}/${year} chỉ có ${daysInMonth(year, month)} ngày. Hãy kiểm tra lại.`,
    );
  }
  return { ok: true, value: toIso(year, month, day) };
}

/**
 * Reads a date from a cell: "18/01/2021", "8/1/2021", "18-01-2021", "18.01.2021", "2021-01-18"
 * (a time after the ISO date is ignored), an Excel serial number (or its digits as text) or a Date
 * (its UTC calendar day, as ExcelJS gives). Empty means "no date". Two-digit years are refused.
 */
export function parseVietnameseDate(input: string | number | Date | null | undefined): ParsedDate {
  if (input === null || input === undefined) return { ok: true, value: null };
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime()))
      return refuse('Ô ngày tháng chứa một ngày không hợp lệ. Hãy nhập lại ngày.');
    return { ok: true, value: toIso(input.getUTCFullYear(), input.getUTCMonth() + 1, input.getUTCDate()) };
  }
  if (typeof input === 'number') {
    const iso = excelSerialToIso(input);
    if (iso !== null) return { ok: true, value: iso };
    return refuse(`Số ${input} không phải là một ngày của Excel. Hãy nhập ngày theo dạng 18/01/2021.`);
  }
  const text = input
    .normalize('NFC')
    .replace(/\u00A0/g, ' ')
    .trim();
  if (text === '') return { ok: true, value: null };
  const dmy = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d+)$/.exec(text);
  if (dmy) {
    if (dmy[4].length !== 4) {
      return refuse(`Ngày "${input}" phải ghi năm đủ 4 chữ số, ví dụ 18/01/2021.`);
    }
    return fromParts(input, Number(dmy[4]), Number(dmy[3]), Number(dmy[1]));
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (iso) return fromParts(input, Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (/^\d+(?:[.,]\d+)?$/.test(text)) return parseVietnameseDate(Number(text.replace(',', '.')));
  return refuse(`Không đọc được ngày "${input}". Hãy ghi theo dạng ngày/tháng/năm, ví dụ 18/01/2021.`);
}

/** "2021-01-18" -> "18/01/2021"; text that is not an ISO date is returned unchanged. */
export function formatVietnameseDate(iso: string): string {
  const ymd = parseIsoDate(iso);
  return ymd === null ? iso : `${pad(ymd.day)}/${pad(ymd.month)}/${pad(ymd.year, 4)}`;
}

/**
 * The place-and-date line of an official paper: "Thuận An, ngày 18 tháng 01 năm 2021".
 * NĐ 30/2020/NĐ-CP (Phụ lục I, mục II.6): days below 10 and months 1 and 2 get a leading 0, other months
 * do not ("ngày 05 tháng 3"). With no date the blanks are left to fill by hand: "…, ngày … tháng … năm …".
 * The date is an ISO date "yyyy-mm-dd" or its parts.
 */
export function longVietnameseDate(date: string | CalendarDay | null, place = ''): string {
  const ymd = typeof date === 'string' ? parseIsoDate(date) : date;
  const prefix = place.trim() === '' ? '' : `${place.trim()}, `;
  if (ymd === null) return `${prefix}ngày … tháng … năm …`;
  const month = ymd.month <= 2 ? pad(ymd.month) : String(ymd.month);
  return `${prefix}ngày ${pad(ymd.day)} tháng ${month} năm ${ymd.year}`;
}
