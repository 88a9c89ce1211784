/**
 * How scoring messages name things, so every message says who, which round, which criterion and which
 * cell in the same words. Numbers use the decimal comma users type ("9,5").
 */
import type { CellLocation } from '../issues';
import type { Person } from '../school/types';
import { formatNumberAsTyped } from '../text';
import type { AssessmentLevel, Criterion, ScoringMonth, ScoringRound } from './types';

export const LEVEL_LABELS: Record<AssessmentLevel, string> = {
  self: 'Tự đánh giá',
  team: 'Tổ đánh giá',
  council: 'Hội đồng đánh giá',
};

/** A score as typed, with the decimal comma users type: "9,5", never "9.5". */
export function formatScore(value: number): string {
  return formatNumberAsTyped(value);
}

export function describePerson(person: Pick<Person, 'fullName' | 'id'>): string {
  return `${person.fullName} (mã ${person.id})`;
}

export function describePeriod(
  round: Pick<ScoringRound, 'label'>,
  month?: Pick<ScoringMonth, 'label'>,
): string {
  return month ? `${round.label} – ${month.label}` : round.label;
}

export function describeCriterion(criterion: Pick<Criterion, 'id' | 'label'>): string {
  return `tiêu chí ${criterion.id} "${criterion.label}"`;
}

export function describeLevel(level: AssessmentLevel): string {
  return `mức ${LEVEL_LABELS[level].toLocaleLowerCase('vi')}`;
}

/** "Ô F12 trang "Đợt 1": " when the value came from a known cell, else nothing. */
export function cellPrefix(location: CellLocation | undefined): string {
  return location ? `Ô ${location.address} trang "${location.sheet}": ` : '';
}
