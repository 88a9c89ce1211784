/**
 * Reading what users type: text, numbers with a decimal comma, dates as Excel serials, dd/mm/yyyy or ISO,
 * ratings, discipline and recognition levels by their Vietnamese words. Each reader returns the value or
 * a Vietnamese reason it could not, so the sheet readers can place an issue on the cell.
 */
import type { CellValue } from '../grid';
import type { AchievementLevel, DisciplineLevel } from '../../domain/targets';
import { ACHIEVEMENT_LEVEL_LABELS, DISCIPLINE_LABELS, parseIsoDate } from '../../domain/targets';
import type { PerformanceRating } from '../../domain/titles';
import { PERFORMANCE_RATINGS, RATING_ORDER } from '../../domain/titles';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

export function text(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).normalize('NFC').trim();
}

/** Lower-case, NFC, single spaces: for comparing words users type. */
export function fold(value: string): string {
  return value.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

export function isBlank(value: CellValue | undefined): boolean {
  return text(value) === '';
}

/** A number, or text like "9,5" / "61". */
export function readNumber(value: CellValue | undefined): Parsed<number> {
  if (typeof value === 'number' && Number.isFinite(value)) return { ok: true, value };
  const t = text(value);
  if (/^-?\d+([.,]\d+)?$/.test(t)) return { ok: true, value: Number(t.replace(',', '.')) };
  return { ok: false, reason: `"${t}" không phải là số` };
}

const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** ISO date → Excel serial (1900 date system; valid for dates after 28/02/1900). */
export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - EXCEL_EPOCH_UTC) / DAY_MS);
}

export function serialToIso(serial: number): string {
  const date = new Date(EXCEL_EPOCH_UTC + Math.round(serial) * DAY_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** A date cell: an Excel serial, "dd/mm/yyyy" (Vietnamese order) or "yyyy-mm-dd". */
export function readDate(value: CellValue | undefined): Parsed<string> {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0)
    return { ok: true, value: serialToIso(value) };
  const t = text(value);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const iso = vn ? `${vn[3]}-${vn[2].padStart(2, '0')}-${vn[1].padStart(2, '0')}` : t;
  if (parseIsoDate(iso)) return { ok: true, value: iso };
  return { ok: false, reason: `"${t}" không phải ngày có thật (nhập dd/mm/yyyy)` };
}

export function readRating(value: CellValue | undefined): Parsed<PerformanceRating> {
  const t = fold(text(value));
  for (const r of RATING_ORDER) {
    if (t === r.toLocaleLowerCase('vi') || t === fold(PERFORMANCE_RATINGS[r])) return { ok: true, value: r };
  }
  return { ok: false, reason: `"${text(value)}" không phải xếp loại (HTXSNV, HTTNV, HTNV, KHTNV)` };
}

export function readDiscipline(value: CellValue | undefined): Parsed<DisciplineLevel> {
  const t = fold(text(value));
  for (const [level, label] of Object.entries(DISCIPLINE_LABELS) as [DisciplineLevel, string][]) {
    if (t === fold(label)) return { ok: true, value: level };
  }
  const known = Object.values(DISCIPLINE_LABELS).join(', ');
  return { ok: false, reason: `"${text(value)}" không phải hình thức kỷ luật (${known})` };
}

export function readAchievementLevel(value: CellValue | undefined): Parsed<AchievementLevel> {
  const t = fold(text(value)).replace(/^cấp /, '');
  for (const [level, label] of Object.entries(ACHIEVEMENT_LEVEL_LABELS) as [AchievementLevel, string][]) {
    if (t === fold(label).replace(/^cấp /, '')) return { ok: true, value: level };
  }
  return { ok: false, reason: `"${text(value)}" không phải cấp công nhận (cơ sở, huyện, tỉnh, toàn quốc)` };
}

/** "2018-2019; 2019-2020" → [2018, 2019] (school years by their first calendar year). */
export function readSchoolYears(value: CellValue | undefined): Parsed<number[]> {
  const t = text(value);
  if (t === '') return { ok: true, value: [] };
  const years: number[] = [];
  for (const part of t.split(/[;,\s]+/).filter((p) => p !== '')) {
    const m = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(part);
    if (!m || Number(m[2]) !== Number(m[1]) + 1) {
      return { ok: false, reason: `"${part}" không phải năm học (ghi dạng 2018-2019, cách nhau bởi dấu ;)` };
    }
    years.push(Number(m[1]));
  }
  return { ok: true, value: years };
}
