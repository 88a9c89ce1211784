/**
 * Rounds belong to a school year. When the year's dates change (a new school typing 05/09/2024–31/05/2025
 * over the sample's 2020-2021), the rounds move with it by whole years, keeping their days and months, and
 * are then held inside the year; the checks name any round still outside it.
 */
import type { DomainIssue } from '../../../../domain/issues';
import type { ScoringRound } from '../../../../domain/scoring';
import { formatVietnameseDate, parseIsoDate } from '../../../../domain/text';
import { monthsBetween } from './rounds-edit';
import { CHECK_MESSAGES, type CheckMessages } from '../check-messages';

function shiftYears(iso: string, years: number): string {
  const parts = parseIsoDate(iso);
  if (!parts || years === 0) return iso;
  const year = parts.year + years;
  // 29/02 of a year that has none becomes 28/02.
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = parts.month === 2 && parts.day === 29 && !leap ? 28 : parts.day;
  return `${String(year).padStart(4, '0')}-${String(parts.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const clamp = (iso: string, from: string, to: string) => (iso < from ? from : iso > to ? to : iso);

/**
 * The rounds moved from a year starting `previousStart` to the year `yearStart`–`yearEnd`. Without a
 * previous start (nothing typed yet), the shift is taken from the first round's start.
 */
export function fitRoundsToYear(
  rounds: readonly ScoringRound[],
  previousStart: string,
  yearStart: string,
  yearEnd: string,
): ScoringRound[] {
  const to = parseIsoDate(yearStart);
  const end = parseIsoDate(yearEnd);
  if (!to || !end || yearStart > yearEnd) return [...rounds];
  const from = parseIsoDate(previousStart) ?? parseIsoDate(rounds[0]?.start ?? '');
  const years = from ? to.year - from.year : 0;
  return rounds.map((round) => {
    const start = clamp(shiftYears(round.start, years), yearStart, yearEnd);
    const finish = clamp(shiftYears(round.end, years), yearStart, yearEnd);
    const moved: ScoringRound = { ...round, start, end: finish };
    if (round.months) moved.months = monthsBetween(round.id, start, finish);
    return moved;
  });
}

/** One error per round whose dates are not inside the school year. */
export function roundsOutsideYear(
  rounds: readonly ScoringRound[],
  yearStart: string,
  yearEnd: string,
  m: Pick<CheckMessages, 'roundOutsideYear'> = CHECK_MESSAGES.vi,
): DomainIssue[] {
  if (!parseIsoDate(yearStart) || !parseIsoDate(yearEnd) || yearStart > yearEnd) return [];
  const year = `${formatVietnameseDate(yearStart)}–${formatVietnameseDate(yearEnd)}`;
  return rounds
    .filter((round) => round.start < yearStart || round.end > yearEnd || round.start > round.end)
    .map((round) => ({
      code: 'template.round-outside-year',
      severity: 'error' as const,
      message: m.roundOutsideYear(
        round.label,
        `${formatVietnameseDate(round.start)}–${formatVietnameseDate(round.end)}`,
        year,
      ),
    }));
}
