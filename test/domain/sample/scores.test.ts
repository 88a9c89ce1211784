import fc from 'fast-check';
import { maxDeductionEvents, sampleRoster, sampleSchoolCase, sampleScores } from '../../../src/domain/sample';
import { defaultScoringConfig } from '../../../src/domain/scoring/default-config';
import { evaluateScoring } from '../../../src/domain/scoring/evaluate';
import type { Criterion, ScoreInput, ScoringConfig } from '../../../src/domain/scoring/types';
import type { Person } from '../../../src/domain/school/types';

function yearTotals(staff: Person[], config: ScoringConfig, scores: ScoreInput[]): number[] {
  return evaluateScoring({ ...sampleRoster(), staff }, config, scores).people.map(
    (person) => person.yearTotal,
  );
}

function inRange(input: ScoreInput, config: ScoringConfig): boolean {
  const criterion = config.criteria.find((c) => c.id === input.criterionId);
  if (!criterion || input.value < 0) return false;
  if (criterion.kind === 'deduction') {
    return Number.isInteger(input.value) && input.value <= maxDeductionEvents(criterion);
  }
  return input.value <= criterion.max;
}

describe('sample scores', () => {
  const { roster, config, scores } = sampleSchoolCase();

  test('the same seed gives the same scores; another seed gives others', () => {
    expect(sampleScores(roster, config, { seed: 7 })).toEqual(sampleScores(roster, config, { seed: 7 }));
    expect(sampleScores(roster, config, { seed: 7 })).not.toEqual(sampleScores(roster, config, { seed: 8 }));
    expect(sampleSchoolCase().scores).toEqual(scores);
  });

  test('every score lies within its criterion range, whatever the seed and fill ratio', () => {
    fc.assert(
      fc.property(fc.integer(), fc.double({ min: 0, max: 1, noNaN: true }), (seed, fillRatio) =>
        sampleScores(roster, config, { seed, fillRatio }).every((input) => inRange(input, config)),
      ),
      { numRuns: 25 },
    );
  });

  test('only criteria of the person’s role are scored', () => {
    const people = new Map(roster.staff.map((person) => [person.id, person]));
    for (const input of scores) {
      const criterion = config.criteria.find((c) => c.id === input.criterionId) as Criterion;
      const role = people.get(input.personId)?.roleId ?? '';
      expect(criterion.roles === 'all' || criterion.roles.includes(role)).toBe(true);
    }
    const accountant = roster.staff.find((person) => person.position === 'Kế toán') as Person;
    const scored = new Set(scores.filter((s) => s.personId === accountant.id).map((s) => s.criterionId));
    expect(scored.has('5.1')).toBe(true);
    expect(scored.has('2.1')).toBe(false);
  });

  test('most people score 75–95, a few above 90, one or two below 70', () => {
    const totals = yearTotals(roster.staff, config, scores);
    const between = totals.filter((t) => t >= 75 && t <= 95).length;
    expect(between * 100).toBeGreaterThanOrEqual(75 * totals.length);
    expect(totals.filter((t) => t >= 90).length).toBeGreaterThanOrEqual(3);
    expect(totals.filter((t) => t >= 90).length).toBeLessThanOrEqual(15);
    const below70 = totals.filter((t) => t < 70).length;
    expect(below70).toBeGreaterThanOrEqual(1);
    expect(below70).toBeLessThanOrEqual(2);
  });

  test('the shape holds for other seeds too: somebody above 90 and at most two below 70', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const totals = yearTotals(roster.staff, config, sampleScores(roster, config, { seed }));
        return totals.some((t) => t >= 90) && totals.filter((t) => t < 70).length <= 2;
      }),
      { numRuns: 20 },
    );
  });

  test('self-assessment always filled, the tổ level mostly, the council for some', () => {
    const periods = new Map<string, Set<string>>();
    for (const input of scores) {
      const key = `${input.personId}|${input.roundId}`;
      periods.set(key, (periods.get(key) ?? new Set()).add(input.level));
    }
    const all = [...periods.values()];
    expect(all.every((levels) => levels.has('self'))).toBe(true);
    const team = all.filter((levels) => levels.has('team')).length;
    const council = all.filter((levels) => levels.has('council')).length;
    expect(team * 100).toBeGreaterThanOrEqual(80 * all.length);
    expect(council).toBeGreaterThan(0);
    expect(council * 2).toBeLessThan(all.length);
  });

  test('every value typed at the tổ or council level has a self-assessment under it', () => {
    const selfKeys = new Set(
      scores.filter((s) => s.level === 'self').map((s) => `${s.personId}|${s.roundId}|${s.criterionId}`),
    );
    for (const input of scores) {
      expect(selfKeys.has(`${input.personId}|${input.roundId}|${input.criterionId}`)).toBe(true);
    }
  });

  test('deductions are rare and bonus points go to a few', () => {
    const deductionCriteria = new Set(config.criteria.filter((c) => c.kind === 'deduction').map((c) => c.id));
    const finalDeductions = scores.filter((s) => deductionCriteria.has(s.criterionId) && s.level === 'self');
    const withEvents = finalDeductions.filter((s) => s.value > 0).length;
    expect(withEvents * 100).toBeLessThan(15 * finalDeductions.length);
    const bonusPeople = new Set(scores.filter((s) => s.criterionId === '8.1').map((s) => s.personId));
    expect(bonusPeople.size).toBeGreaterThan(0);
    expect(bonusPeople.size * 100).toBeLessThan(25 * roster.staff.length);
  });

  test('the sample school evaluates without a single issue', () => {
    expect(evaluateScoring(roster, config, scores).issues).toEqual([]);
  });

  test('everyone is scored in both rounds, the teacher hired in March 2021 too', () => {
    for (const person of roster.staff) {
      const rounds = new Set(scores.filter((s) => s.personId === person.id).map((s) => s.roundId));
      expect([...rounds].sort()).toEqual(['dot-1', 'dot-2']);
    }
  });

  test('a fill ratio below 1 leaves blanks and keeps the other values unchanged', () => {
    const key = (s: ScoreInput) => `${s.personId}|${s.roundId}|${s.criterionId}|${s.level}|${s.value}`;
    const full = new Set(scores.map(key));
    const partial = sampleScores(roster, config, { fillRatio: 0.7 });
    expect(partial.every((input) => full.has(key(input)))).toBe(true);
    expect(partial.length).toBeGreaterThan(0.6 * scores.length);
    expect(partial.length).toBeLessThan(0.8 * scores.length);
    expect(sampleScores(roster, config, { fillRatio: 0 })).toEqual([]);
  });

  test('works for another criteria set: monthly rounds, two levels, a custom role', () => {
    const custom: ScoringConfig = {
      ...defaultScoringConfig([
        {
          id: 'hk1',
          label: 'Học kỳ I',
          start: '2020-09-01',
          end: '2021-01-15',
          weight: 1,
          months: [
            { id: 't9', label: 'Tháng 9' },
            { id: 't10', label: 'Tháng 10' },
          ],
        },
      ]),
      levels: ['team', 'council'],
      criteria: [
        { id: 'a', sectionId: 'I', label: 'Chuyên cần', kind: 'points', max: 1.5, roles: 'all' },
        { id: 'b', sectionId: 'I', label: 'Thư viện', kind: 'points', max: 25, roles: ['thu-vien'] },
        {
          id: 'c',
          sectionId: 'I',
          label: 'Đi trễ',
          kind: 'deduction',
          max: 2,
          deductionStep: 0.5,
          roles: 'all',
        },
      ],
    };
    const staff: Person[] = [
      ...sampleRoster().staff.slice(0, 4),
      {
        id: 'TV',
        fullName: 'Mai Thị Thư',
        gender: 'nữ',
        roleId: 'thu-vien',
        position: 'Thư viện',
        teamId: 'x',
      },
    ];
    const result = sampleScores({ staff }, custom, { seed: 3 });
    expect(result.every((input) => inRange(input, custom))).toBe(true);
    expect(new Set(result.map((s) => s.monthId))).toEqual(new Set(['t9', 't10']));
    expect(new Set(result.map((s) => s.level))).toEqual(new Set(['team', 'council']));
    expect(result.filter((s) => s.criterionId === 'b').every((s) => s.personId === 'TV')).toBe(true);
    expect(result.some((s) => s.criterionId === 'b')).toBe(true);
  });
});
