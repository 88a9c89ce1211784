/**
 * Seeded, realistic scores for any roster and criteria set: most people between 75 and 95, a few above 90
 * (HTXSNV), one or two below 70; self-assessment always filled, the tổ level mostly, the council for some;
 * deductions rare, bonus points for a few. Self-assessments run a little generous, as they do in real
 * sheets, and the highest level filled carries the person's intended score.
 */
import type { Person } from '../school/types';
import { applicableCriteria, orderedLevels } from '../scoring/criteria';
import type { AssessmentLevel, Criterion, ScoreInput, ScoringConfig, ScoringRound } from '../scoring/types';
import { integerBetween, mulberry32, noise, shuffled, uniform, type Random } from './prng';

export interface SampleScoreOptions {
  /** Same seed, same scores. */
  seed?: number;
  /** Share of score cells filled, 0…1 (default 1); the rest are left blank as in a sheet half done. */
  fillRatio?: number;
}

export const DEFAULT_SAMPLE_SEED = 20202021;

/** Share of people the tổ has scored in a round, and share the council has revised. */
const SECOND_LEVEL_SHARE = 0.9;
const THIRD_LEVEL_SHARE = 0.3;

interface PersonProfile {
  person: Person;
  /** Intended share of the applicable maximum, before noise. */
  target: number;
  /** Chance of a deduction event per deduction criterion and round. */
  eventChance: number;
  receivesBonus: boolean;
}

/** Scores step by 0,5 (0,25 for criteria worth under 2 points), as schools mark them. */
function roundToStep(value: number, max: number): number {
  const step = max >= 2 ? 0.5 : 0.25;
  const rounded = Math.round(value / step) * step;
  return Math.min(max, Math.max(0, rounded));
}

/** Highest number of events a deduction criterion can usefully record (the score is 0 from there). */
export function maxDeductionEvents(criterion: Criterion): number {
  const step = criterion.deductionStep && criterion.deductionStep > 0 ? criterion.deductionStep : 1;
  return Math.ceil(criterion.max / step);
}

function profiles(random: Random, staff: readonly Person[]): PersonProfile[] {
  const order = shuffled(random, staff);
  const highCount = staff.length >= 3 ? Math.max(1, Math.round(staff.length * 0.15)) : 0;
  const lowCount = staff.length >= 20 ? integerBetween(random, 1, 2) : staff.length >= 5 ? 1 : 0;
  const byId = new Map<string, PersonProfile>();
  order.forEach((person, index) => {
    const tier = index < highCount ? 'high' : index < highCount + lowCount ? 'low' : 'middle';
    const target =
      tier === 'high'
        ? uniform(random, 0.9, 0.94)
        : tier === 'low'
          ? uniform(random, 0.57, 0.63)
          : uniform(random, 0.74, 0.86);
    byId.set(person.id, {
      person,
      target,
      eventChance: tier === 'low' ? 0.5 : 0.04,
      receivesBonus: random() < (tier === 'high' ? 0.4 : tier === 'low' ? 0 : 0.04),
    });
  });
  return staff.map((person) => byId.get(person.id) as PersonProfile);
}

/** The value the highest level filled should hold, in the unit the criterion's kind asks for. */
function intendedValue(random: Random, criterion: Criterion, profile: PersonProfile): number | null {
  switch (criterion.kind) {
    case 'points':
      return roundToStep(criterion.max * (profile.target + noise(random, 0.08)), criterion.max);
    case 'deduction': {
      if (random() >= profile.eventChance) return 0;
      return Math.min(maxDeductionEvents(criterion), integerBetween(random, 1, 2));
    }
    case 'bonus':
      return profile.receivesBonus
        ? roundToStep(criterion.max * uniform(random, 0.1, 0.5), criterion.max)
        : null;
  }
}

/** What a lower level typed: a little more generous than the level above it, within range. */
function generousValue(random: Random, criterion: Criterion, above: number): number {
  const draw = random();
  if (draw < 0.7) return above;
  if (criterion.kind === 'deduction') return Math.max(0, above - 1);
  const bump = draw < 0.9 ? 0.5 : 1;
  return roundToStep(above + bump, criterion.max);
}

function periods(round: ScoringRound): (string | undefined)[] {
  // A monthly round is scored only through its months, as the scoring does (none listed, nothing scored).
  return round.months ? round.months.map((month) => month.id) : [undefined];
}

/**
 * Scores for every person of `roster`, every round (and month of a monthly round) and every criterion that
 * applies to their role. Everyone is scored in every round, even someone hired mid-year: the scoring
 * counts a blank round as 0, which would make a newcomer look like a poor performer in the demo.
 */
export function sampleScores(
  roster: { staff: readonly Person[] },
  config: ScoringConfig,
  options: SampleScoreOptions = {},
): ScoreInput[] {
  const random = mulberry32(options.seed ?? DEFAULT_SAMPLE_SEED);
  // A separate stream decides the blanks, so a partly filled sheet holds the same values as the full one.
  const blanks = mulberry32((options.seed ?? DEFAULT_SAMPLE_SEED) ^ 0x5bd1e995);
  const fillRatio = Math.min(1, Math.max(0, options.fillRatio ?? 1));
  const levels: AssessmentLevel[] = orderedLevels(config);
  const inputs: ScoreInput[] = [];

  for (const profile of profiles(random, roster.staff)) {
    const { person } = profile;
    const criteria = applicableCriteria(config, person.roleId);
    for (const round of config.rounds) {
      for (const monthId of periods(round)) {
        // The highest level filled for this person and period: the first level always, the others often.
        let top = 0;
        if (levels.length > 1 && random() < SECOND_LEVEL_SHARE) top = 1;
        if (top === 1 && levels.length > 2 && random() < THIRD_LEVEL_SHARE) top = 2;
        for (const criterion of criteria) {
          const intended = intendedValue(random, criterion, profile);
          if (intended === null) continue;
          // Levels above `top` stay blank; each level below it is typed a little more generously.
          const values: number[] = [];
          values[top] = intended;
          for (let levelIndex = top - 1; levelIndex >= 0; levelIndex--) {
            values[levelIndex] = generousValue(random, criterion, values[levelIndex + 1]);
          }
          values.forEach((value, levelIndex) => {
            if (fillRatio < 1 && blanks() >= fillRatio) return;
            const input: ScoreInput = {
              personId: person.id,
              roundId: round.id,
              criterionId: criterion.id,
              level: levels[levelIndex],
              value,
            };
            if (monthId !== undefined) input.monthId = monthId;
            inputs.push(input);
          });
        }
      }
    }
  }
  return inputs;
}
