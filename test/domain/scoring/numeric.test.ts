import fc from 'fast-check';
import { atLeast, excelRound, greaterThan, round2 } from '../../../src/domain/scoring';
import { excelRoundBy15Digits } from '../../../src/domain/scoring/numeric';

describe('ROUND as Excel computes it', () => {
  test('1,005 rounds to 1,01 (binary 1.00499… must not decide the tie)', () => {
    expect(round2(1.005)).toBe(1.01);
    expect(Math.round(1.005 * 100) / 100).toBe(1); // what a naive ROUND would give
  });

  test('halves go away from zero, on both sides', () => {
    expect(round2(2.675)).toBe(2.68);
    expect(round2(-1.005)).toBe(-1.01);
    expect(round2(88.345)).toBe(88.35);
    expect(round2(0.125)).toBe(0.13);
    expect(excelRound(2.5, 0)).toBe(3);
    expect(excelRound(-2.5, 0)).toBe(-3);
  });

  test('binary noise from a sum does not survive: 0,1 + 0,2 = 0,3', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(round2(0.1 + 0.2)).toBe(0.3);
  });

  test('exact values and tiny values', () => {
    expect(round2(90)).toBe(90);
    expect(round2(72.5)).toBe(72.5);
    expect(round2(0.004)).toBe(0);
    expect(round2(0.005)).toBe(0.01);
    expect(round2(0)).toBe(0);
    expect(Object.is(round2(-0.001), 0)).toBe(true);
  });

  test('property: the result has at most 2 decimals and is within half a cent of the input', () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), (x) => {
        const r = round2(x);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(round2(r)).toBe(r);
        expect(Number(r.toFixed(2))).toBe(r);
      }),
    );
  });
});

describe('comparisons as the sheet makes them', () => {
  test('a floor of 5 is met by 5 and by 5 carrying binary noise', () => {
    expect(atLeast(5, 5)).toBe(true);
    expect(atLeast(4.999999999999999, 5)).toBe(true);
    expect(atLeast(4.99, 5)).toBe(false);
  });

  test('strictly higher ignores binary noise too', () => {
    expect(greaterThan(88.35, 88.35)).toBe(false);
    expect(greaterThan(0.1 + 0.2, 0.3)).toBe(false);
    expect(greaterThan(88.36, 88.35)).toBe(true);
  });
});

describe('the quick road of ROUND gives what the 15-digit road gives', () => {
  // A total is a sum of quarter points normalised to 100, so ties and near-ties are common: test them too.
  const nearTie = fc
    .tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: -50, max: 50 }))
    .map(([cents, noise]) => (cents + 0.5) / 100 + noise * Number.EPSILON * 64);
  const anyValue = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), nearTie);

  test('property: excelRound equals the decimal-string rounding for every value and 0–4 digits', () => {
    fc.assert(
      fc.property(anyValue, fc.integer({ min: 0, max: 4 }), (x, digits) => {
        expect(excelRound(x, digits)).toBe(excelRoundBy15Digits(x, digits));
      }),
      { numRuns: 20000 },
    );
  });

  test('totals of a 100-point sheet, every hundredth from 0 to 110 and its neighbours', () => {
    const differing: number[] = [];
    for (let cents = 0; cents <= 11000; cents++) {
      for (const x of [
        cents / 100,
        (cents + 0.5) / 100,
        (cents * 100) / 10000 + 1e-13,
        (cents + 0.5) / 100 - 1e-13,
      ]) {
        if (excelRound(x) !== excelRoundBy15Digits(x)) differing.push(x);
        if (excelRound(-x) !== excelRoundBy15Digits(-x)) differing.push(-x);
      }
    }
    expect(differing).toEqual([]);
  });
});
