/**
 * Edits of the rounds (đợt), their optional months, the levels and the bands. A monthly round's months
 * follow its dates ("Tháng 9" … "Tháng 1"), so the user only ticks "chấm theo tháng".
 */
import type {
  AssessmentLevel,
  Band,
  ScoringConfig,
  ScoringMonth,
  ScoringRound,
} from '../../../../domain/scoring';
import { ASSESSMENT_LEVELS } from '../../../../domain/scoring';
import { parseIsoDate } from '../../../../domain/text';

/** The calendar months a round spans, in order; none when its dates are not valid ISO dates in order. */
export function monthsBetween(roundId: string, start: string, end: string): ScoringMonth[] {
  const from = parseIsoDate(start);
  const to = parseIsoDate(end);
  if (!from || !to || start > end) return [];
  const months: ScoringMonth[] = [];
  let { year, month } = from;
  while (year < to.year || (year === to.year && month <= to.month)) {
    months.push({ id: `${roundId}-t${month}-${year}`, label: `Tháng ${month}` });
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return months;
}

/** The day after an ISO date, for the next round's start. */
function dayAfter(iso: string): string {
  const parts = parseIsoDate(iso);
  if (!parts) return '';
  const next = new Date(Date.UTC(parts.year, parts.month - 1, parts.day + 1));
  return next.toISOString().slice(0, 10);
}

export function addRound(config: ScoringConfig, yearEnd: string): ScoringConfig {
  const taken = new Set(config.rounds.map((round) => round.id));
  let n = config.rounds.length + 1;
  while (taken.has(`dot-${n}`)) n++;
  const last = config.rounds[config.rounds.length - 1];
  const start = last ? dayAfter(last.end) : '';
  const end = yearEnd !== '' && start !== '' && yearEnd > start ? yearEnd : start;
  const round: ScoringRound = { id: `dot-${n}`, label: `Đợt ${n}`, start, end, weight: 1 };
  return { ...config, rounds: [...config.rounds, round] };
}

/** Changes a round; a monthly round's months are remade from its (new) dates. */
export function updateRound(
  config: ScoringConfig,
  index: number,
  changes: Partial<ScoringRound>,
): ScoringRound[] {
  return config.rounds.map((round, i) => {
    if (i !== index) return round;
    const next: ScoringRound = { ...round, ...changes };
    if (next.months) next.months = monthsBetween(next.id, next.start, next.end);
    return next;
  });
}

export function setMonthly(config: ScoringConfig, index: number, monthly: boolean): ScoringRound[] {
  return config.rounds.map((round, i) => {
    if (i !== index) return round;
    const next: ScoringRound = { ...round };
    if (monthly) next.months = monthsBetween(round.id, round.start, round.end);
    else delete next.months;
    return next;
  });
}

export function removeRound(config: ScoringConfig, index: number): ScoringConfig {
  return { ...config, rounds: config.rounds.filter((_, i) => i !== index) };
}

/** The levels in their fixed order (self, team, council) with `level` switched on or off. */
export function toggleLevel(
  levels: readonly AssessmentLevel[],
  level: AssessmentLevel,
  on: boolean,
): AssessmentLevel[] {
  return ASSESSMENT_LEVELS.filter((l) => (l === level ? on : levels.includes(l)));
}

/** Colours for a band the user adds, after the built-in four (Excel's neutral styles). */
const SPARE_COLOURS = [
  { fill: '#EDEDED', fontColor: '#3A3A3A' },
  { fill: '#E2EFDA', fontColor: '#375623' },
  { fill: '#FCE4D6', fontColor: '#833C0C' },
];

export function addBand(config: ScoringConfig): ScoringConfig {
  const lowest = config.bands[config.bands.length - 1];
  const colour = SPARE_COLOURS[config.bands.length % SPARE_COLOURS.length];
  const taken = new Set(config.bands.map((band) => band.id));
  let n = config.bands.length + 1;
  while (taken.has(`MUC${n}`)) n++;
  const band: Band = {
    id: `MUC${n}`,
    label: `Mức ${n}`,
    min: lowest ? Math.max(0, lowest.min - 10) : 0,
    requiresFloors: false,
    ...colour,
  };
  return { ...config, bands: [...config.bands, band] };
}

export function updateBand(config: ScoringConfig, index: number, changes: Partial<Band>): ScoringConfig {
  return { ...config, bands: config.bands.map((band, i) => (i === index ? { ...band, ...changes } : band)) };
}

export function removeBand(config: ScoringConfig, index: number): ScoringConfig {
  return { ...config, bands: config.bands.filter((_, i) => i !== index) };
}
