/**
 * Every typed value of a school in one flat array, indexed person × period × criterion × level, so scoring
 * 5,000 people reads numbers at computed offsets instead of walking nested maps and millions of objects.
 * A blank cell is NaN. The grid also holds the lookups the checks need (people, rounds, criteria by id).
 *
 * Ids shared by two people, rounds or criteria share one slot, so both read the same values, as they do
 * in InputIndex; the checks describe the last person or criterion with the id and the first round, as
 * validateScoreInputs always did (the duplicate ids themselves are reported by the roster and config checks).
 */
import type { Person, SchoolRoster } from '../school/types';
import { orderedLevels } from './criteria';
import { periodKey } from './input-index';
import { isFiniteNumber } from './numeric';
import type { AssessmentLevel, Criterion, ScoringConfig, ScoringRound } from './types';

/**
 * Beyond this many cells (128 MB of values) a Map holds the values instead: a huge, mostly blank grid
 * (10,000 people scored monthly on 100 criteria) would not fit in memory.
 */
export const DENSE_LIMIT = 1 << 24;

export interface PersonSlot {
  person: Person;
  slot: number;
}

export interface CriterionSlot {
  criterion: Criterion;
  slot: number;
}

/** The values of one person in one period: level `l` of criterion slot `c` is at `base + c × levels + l`. */
export interface PeriodView {
  values: Float64Array;
  base: number;
}

export class ScoreGrid {
  /** The config's levels, lowest first: the level slot is the index here. */
  readonly levels: AssessmentLevel[];
  readonly levelSlots: Map<string, number>;
  /** By id: the last person with the id, and the slot every person with the id reads. */
  readonly people = new Map<string, PersonSlot>();
  /** By id: the first round with the id (the one the checks describe). */
  readonly rounds = new Map<string, ScoringRound>();
  /** periodKey(round, month) → period slot, for every round and month in the config. */
  readonly periods = new Map<string, number>();
  /** By id: the last criterion with the id, and the slot every criterion with the id reads. */
  readonly criteria = new Map<string, CriterionSlot>();
  readonly periodCount: number;
  readonly criterionCount: number;
  readonly levelCount: number;
  private readonly dense: Float64Array | undefined;
  private readonly sparse: Map<number, number> | undefined;
  private readonly seenBits: Uint8Array | undefined;
  private readonly seenSet: Set<number> | undefined;
  /** Scratch for a period of a sparse grid. */
  private readonly scratch: Float64Array;

  /** `withValues: false` keeps only what the checks need (which cells were typed), for validation alone. */
  constructor(roster: SchoolRoster, config: ScoringConfig, withValues = true, denseLimit = DENSE_LIMIT) {
    this.levels = orderedLevels(config);
    this.levelSlots = new Map(this.levels.map((level, i) => [level, i]));
    roster.staff.forEach((person, i) => this.people.set(person.id, { person, slot: i }));
    for (const round of config.rounds) {
      if (!this.rounds.has(round.id)) this.rounds.set(round.id, round);
      const keys = round.months ? round.months.map((month) => periodKey(round.id, month.id)) : [round.id];
      for (const key of keys) if (!this.periods.has(key)) this.periods.set(key, this.periods.size);
    }
    config.criteria.forEach((criterion, i) => this.criteria.set(criterion.id, { criterion, slot: i }));
    this.periodCount = this.periods.size;
    this.criterionCount = config.criteria.length;
    this.levelCount = this.levels.length;
    const size = roster.staff.length * this.periodCount * this.criterionCount * this.levelCount;
    if (size <= denseLimit) {
      this.seenBits = new Uint8Array(Math.ceil(size / 8));
      if (withValues) this.dense = new Float64Array(size).fill(NaN);
    } else {
      this.seenSet = new Set();
      if (withValues) this.sparse = new Map();
    }
    this.scratch = new Float64Array(this.criterionCount * this.levelCount);
  }

  /** Offset of the lowest level of a cell; add the level slot. */
  cell(personSlot: number, periodSlot: number, criterionSlot: number): number {
    return (
      ((personSlot * this.periodCount + periodSlot) * this.criterionCount + criterionSlot) * this.levelCount
    );
  }

  /** Records a typed value; a later value replaces an earlier one. Not-a-number values are blanks. */
  set(offset: number, value: number): void {
    if (!isFiniteNumber(value)) return;
    if (this.dense) this.dense[offset] = value;
    else this.sparse?.set(offset, value);
  }

  /** Marks a cell as typed; true when it already was (a duplicate). */
  markSeen(offset: number): boolean {
    const bits = this.seenBits;
    if (bits) {
      const mask = 1 << (offset & 7);
      const seen = (bits[offset >> 3] & mask) !== 0;
      bits[offset >> 3] |= mask;
      return seen;
    }
    const set = this.seenSet as Set<number>;
    return set.has(offset) || (set.add(offset), false);
  }

  /** A person's values in a period; a sparse grid copies them to a scratch array kept until the next call. */
  period(personSlot: number, periodSlot: number): PeriodView {
    const base = this.cell(personSlot, periodSlot, 0);
    if (this.dense) return { values: this.dense, base };
    const scratch = this.scratch;
    scratch.fill(NaN);
    const sparse = this.sparse;
    if (sparse) {
      for (let i = 0; i < scratch.length; i++) {
        const value = sparse.get(base + i);
        if (value !== undefined) scratch[i] = value;
      }
    }
    return { values: scratch, base: 0 };
  }
}
