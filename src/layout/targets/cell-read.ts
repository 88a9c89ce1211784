/**
 * Reading what users type: text, numbers with a decimal comma, dates as Excel serials, dd/mm/yyyy or ISO,
 * ratings, discipline and recognition levels by their Vietnamese words. Each reader returns the value or
 * a Vietnamese reason it could not, so the sheet readers can place an issue on the cell.
 */
import type { CellValue } from '../grid';
import type { AchievementLevel, DisciplineLevel } from '../../domain/targets';
import { ACHIEVEMENT_LEVEL_LABELS, DISCIPLINE_LABELS } from '../../domain/targets';
import { nameMatchKey, parseVietnameseDate, parseVietnameseNumber } from '../../domain/text';
import type { PerformanceRating } from '../../domain/titles';
import { PERFORMANCE_RATINGS, RATING_ORDER } from '../../domain/titles';

export { isBlankCell as isBlank } from '../../domain/text';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

export function text(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).normalize('NFC').trim();
}

/** A number, or text like "9,5" / "61" / "1.234,5" (domain/text's reading of Vietnamese numbers). */
export function readNumber(value: CellValue | undefined): Parsed<number> {
  const parsed = typeof value === 'boolean' ? null : parseVietnameseNumber(value);
  if (parsed?.ok && parsed.value !== null) return { ok: true, value: parsed.value };
  return { ok: false, reason: `"${text(value)}" không phải là số` };
}

/** A date cell: an Excel serial, "dd/mm/yyyy" (Vietnamese order) or "yyyy-mm-dd", as an ISO date. */
export function readDate(value: CellValue | undefined): Parsed<string> {
  const parsed = typeof value === 'boolean' ? null : parseVietnameseDate(value);
  if (parsed?.ok && parsed.value !== null) return { ok: true, value: parsed.value };
  return { ok: false, reason: `"${text(value)}" không phải ngày có thật (nhập dd/mm/yyyy)` };
}

export function readRating(value: CellValue | undefined): Parsed<PerformanceRating> {
  const t = nameMatchKey(text(value));
  for (const r of RATING_ORDER) {
    if (t === r.toLocaleLowerCase('vi') || t === nameMatchKey(PERFORMANCE_RATINGS[r]))
      return { ok: true, value: r };
  }
  return { ok: false, reason: `"${text(value)}" không phải xếp loại (HTXSNV, HTTNV, HTNV, KHTNV)` };
}

export function readDiscipline(value: CellValue | undefined): Parsed<DisciplineLevel> {
  const t = nameMatchKey(text(value));
  for (const [level, label] of Object.entries(DISCIPLINE_LABELS) as [DisciplineLevel, string][]) {
    if (t === nameMatchKey(label)) return { ok: true, value: level };
  }
  const known = Object.values(DISCIPLINE_LABELS).join(', ');
  return { ok: false, reason: `"${text(value)}" không phải hình thức kỷ luật (${known})` };
}

export function readAchievementLevel(value: CellValue | undefined): Parsed<AchievementLevel> {
  const t = nameMatchKey(text(value)).replace(/^cấp /, '');
  for (const [level, label] of Object.entries(ACHIEVEMENT_LEVEL_LABELS) as [AchievementLevel, string][]) {
    if (t === nameMatchKey(label).replace(/^cấp /, '')) return { ok: true, value: level };
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
