/**
 * The typed values arranged for scoring: person → period (round, or round + month) → criterion → value per
 * level. Inputs that point at nothing known are left out here; validation reports them.
 * A later input for the same cell replaces an earlier one (validation warns about the duplicate).
 */
import { orderedLevels } from './criteria';
import type { ScoreInput, ScoringConfig } from './types';

export type LevelValues = (number | undefined)[];
export type PeriodValues = Map<string, LevelValues>;

export function periodKey(roundId: string, monthId?: string): string {
  return monthId === undefined ? roundId : `${roundId}\u0000${monthId}`;
}

export class InputIndex {
  private readonly byPerson = new Map<string, Map<string, PeriodValues>>();

  constructor(config: ScoringConfig, inputs: readonly ScoreInput[]) {
    const levelIndex = new Map(orderedLevels(config).map((level, i) => [level, i]));
    const levelCount = levelIndex.size;
    const criterionIds = new Set(config.criteria.map((criterion) => criterion.id));
    const periods = new Set<string>();
    for (const round of config.rounds) {
      if (round.months) for (const month of round.months) periods.add(periodKey(round.id, month.id));
      else periods.add(periodKey(round.id));
    }
    for (const input of inputs) {
      const level = levelIndex.get(input.level);
      const period = periodKey(input.roundId, input.monthId);
      if (level === undefined || !Number.isFinite(input.value)) continue;
      if (!periods.has(period) || !criterionIds.has(input.criterionId)) continue;
      let personPeriods = this.byPerson.get(input.personId);
      if (!personPeriods) this.byPerson.set(input.personId, (personPeriods = new Map()));
      let values = personPeriods.get(period);
      if (!values) personPeriods.set(period, (values = new Map()));
      let levels = values.get(input.criterionId);
      if (!levels) values.set(input.criterionId, (levels = new Array<number | undefined>(levelCount)));
      levels[level] = input.value;
    }
  }

  period(personId: string, roundId: string, monthId?: string): PeriodValues | undefined {
    return this.byPerson.get(personId)?.get(periodKey(roundId, monthId));
  }
}
