import fc from 'fast-check';
import {
  bandFor,
  competitionRanks,
  defaultScoringConfig,
  evaluateScoring,
  groupedCompetitionRanks,
} from '../../../src/domain/scoring';
import { config, person, roster, score, TWO_ROUNDS, WHOLE } from './fixtures';

/** Totals as the sheets hold them: two decimals. */
const total = fc.integer({ min: 0, max: 11000 }).map((n) => n / 100);

describe('ranks are a permutation with ties', () => {
  test('each rank is 1 + the number of strictly higher totals; the best is 1', () => {
    fc.assert(
      fc.property(fc.array(total, { minLength: 1, maxLength: 40 }), (totals) => {
        const ranks = competitionRanks(totals);
        totals.forEach((t, i) => expect(ranks[i]).toBe(1 + totals.filter((u) => u > t).length));
        expect(Math.min(...ranks)).toBe(1);
        // Sorted, ranks read 1, 2, 2, 4…: a rank r is shared by exactly the people at positions r … r+k−1.
        const sorted = [...ranks].sort((a, b) => a - b);
        sorted.forEach((r, i) => expect(r).toBeLessThanOrEqual(i + 1));
        sorted.forEach((r) =>
          expect(sorted.filter((x) => x === r).length + r - 1).toBeLessThanOrEqual(totals.length),
        );
      }),
    );
  });

  test('equal totals share a rank, higher totals rank better', () => {
    fc.assert(
      fc.property(fc.array(total, { minLength: 2, maxLength: 30 }), (totals) => {
        const ranks = competitionRanks(totals);
        for (let i = 0; i < totals.length; i++)
          for (let j = 0; j < totals.length; j++) {
            if (totals[i] === totals[j]) expect(ranks[i]).toBe(ranks[j]);
            if (totals[i] > totals[j]) expect(ranks[i]).toBeLessThan(ranks[j]);
          }
      }),
    );
  });

  test('ranks within tổ only count the tổ', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(total, fc.constantFrom('Tổ 1', 'Tổ 2', 'Tổ 3')), { minLength: 1, maxLength: 30 }),
        (rows) => {
          const ranks = groupedCompetitionRanks(
            rows.map((r) => r[0]),
            rows.map((r) => r[1]),
          );
          rows.forEach(([t, team], i) =>
            expect(ranks[i]).toBe(1 + rows.filter(([u, other]) => other === team && u > t).length),
          );
        },
      ),
    );
  });
});

test('the band never gets worse as the total rises (floors fixed)', () => {
  const bands = defaultScoringConfig().bands;
  const order = bands.map((b) => b.id);
  fc.assert(
    fc.property(total, total, fc.boolean(), (a, b, floorsMet) => {
      const [low, high] = a <= b ? [a, b] : [b, a];
      const rank = (t: number) => order.indexOf(bandFor(bands, t, floorsMet)?.id ?? '');
      expect(rank(high)).toBeLessThanOrEqual(rank(low));
    }),
  );
});

test('meeting the floors never makes the band worse', () => {
  const bands = defaultScoringConfig().bands;
  const order = bands.map((b) => b.id);
  fc.assert(
    fc.property(total, (t) => {
      const rank = (met: boolean) => order.indexOf(bandFor(bands, t, met)?.id ?? '');
      expect(rank(true)).toBeLessThanOrEqual(rank(false));
    }),
  );
});

test('the year total lies between the lowest and the highest round total', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(total, total, fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })), {
        minLength: 1,
        maxLength: 8,
      }),
      (people) => {
        const staff = people.map((_, i) => person(`P${i}`, `Người ${i}`));
        const [w1, w2] = [people[0][2], people[0][3]];
        const rounds = [
          { ...TWO_ROUNDS[0], weight: w1 },
          { ...TWO_ROUNDS[1], weight: w2 },
        ];
        const inputs = people.flatMap(([a, b], i) => [
          score(`P${i}`, 'tong', Math.min(a, 100)),
          score(`P${i}`, 'tong', Math.min(b, 100), { roundId: 'hk2' }),
        ]);
        const result = evaluateScoring(roster(staff), config([WHOLE], rounds), inputs);
        for (const p of result.people) {
          const totals = p.rounds.map((r) => r.total);
          expect(p.yearTotal).toBeGreaterThanOrEqual(Math.min(...totals));
          expect(p.yearTotal).toBeLessThanOrEqual(Math.max(...totals));
        }
      },
    ),
  );
});
