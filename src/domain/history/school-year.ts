/** A case's school year as a number, and ISO dates moved by whole years (29/02 becomes 28/02). */
import type { SchoolInfo } from '../school/types';
import { parseIsoDate } from '../text';
import { parseSchoolYearLabel } from './title-text';

/** The first calendar year of the case's school year: from its first day, else from "2021-2022". */
export function firstYearOf(info: Pick<SchoolInfo, 'yearStart' | 'schoolYear'>): number | undefined {
  return parseIsoDate(info.yearStart)?.year ?? parseSchoolYearLabel(info.schoolYear);
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The same day `years` later, or undefined for a date that does not parse. */
export function shiftIsoDate(iso: string, years: number): string | undefined {
  const day = parseIsoDate(iso);
  if (!day) return undefined;
  const year = day.year + years;
  const dayOfMonth = day.month === 2 && day.day === 29 && !isLeap(year) ? 28 : day.day;
  return `${pad(year, 4)}-${pad(day.month, 2)}-${pad(dayOfMonth, 2)}`;
}
