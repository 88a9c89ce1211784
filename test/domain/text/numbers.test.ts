import fc from 'fast-check';
import {
  formatNumberAsTyped,
  formatPercent,
  formatVietnameseNumber,
  parseVietnameseNumber,
} from '../../../src/domain/text';

const value = (input: string | number | null | undefined): number | null => {
  const parsed = parseVietnameseNumber(input);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
};

describe('parseVietnameseNumber', () => {
  it.each([
    [9.5, 9.5],
    ['9,5', 9.5],
    ['9.5', 9.5],
    [' 10 ', 10],
    ['1.234,5', 1234.5],
    ['1.234.567', 1234567],
    ['1.000', 1000],
    ['500.000', 500000],
    ['0.125', 0.125],
    ['9.50', 9.5],
    ['1,234', 1.234],
    ['1,234.5', 1234.5],
    ['1 234,5', 1234.5],
    ['-3', -3],
    ['\u22123,25', -3.25],
    ['+7', 7],
    [',5', 0.5],
    ['0', 0],
    ['-0', 0],
  ])('reads %p as %p', (input, expected) => {
    expect(value(input)).toBe(expected);
  });

  it('reads an empty cell as no value', () => {
    expect(parseVietnameseNumber('')).toEqual({ ok: true, value: null });
    expect(parseVietnameseNumber('   ')).toEqual({ ok: true, value: null });
    expect(parseVietnameseNumber(null)).toEqual({ ok: true, value: null });
    expect(parseVietnameseNumber(undefined)).toEqual({ ok: true, value: null });
  });

  it.each(['abc', '9,5,3', '1.23,4', '9,', '--3', '9 5', '1.2.3', '12a', 'Infinity'])(
    'refuses "%s" with a Vietnamese reason that quotes it',
    (input) => {
      const parsed = parseVietnameseNumber(input);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) {
        expect(parsed.reason).toContain(`"${input}"`);
        expect(parsed.reason).toContain('không phải là số');
      }
    },
  );

  it('refuses NaN and infinite numbers', () => {
    expect(parseVietnameseNumber(Number.NaN).ok).toBe(false);
    expect(parseVietnameseNumber(Number.POSITIVE_INFINITY).ok).toBe(false);
  });

  it('reads back what formatVietnameseNumber writes (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.integer({ min: 0, max: 3 }),
        (n, d) => {
          const x = n / 10 ** d;
          expect(value(formatVietnameseNumber(x, d))).toBe(x);
        },
      ),
    );
  });
});

describe('formatVietnameseNumber', () => {
  it('writes a decimal comma and thousands dots', () => {
    expect(formatVietnameseNumber(9.5, 1)).toBe('9,5');
    expect(formatVietnameseNumber(1234.5, 2)).toBe('1.234,50');
    expect(formatVietnameseNumber(1234567)).toBe('1.234.567');
    expect(formatVietnameseNumber(1234.5, 1, { grouping: false })).toBe('1234,5');
    expect(formatVietnameseNumber(9.5, 2, { trimZeros: true })).toBe('9,5');
  });

  it('shows 15% of 61 LĐTT as 9,15 (DOMAIN.md §7)', () => {
    expect(formatVietnameseNumber((61 * 15) / 100, 2)).toBe('9,15');
  });

  it('rounds half up on the decimal value, not on binary floating point', () => {
    expect((1.005).toFixed(2)).toBe('1.00');
    expect(formatVietnameseNumber(1.005, 2)).toBe('1,01');
    expect(formatVietnameseNumber(2.675, 2)).toBe('2,68');
    expect(formatVietnameseNumber(8.25, 1)).toBe('8,3');
    expect(formatVietnameseNumber(-8.25, 1)).toBe('-8,3');
  });

  it('never shows a negative zero', () => {
    expect(formatVietnameseNumber(-0.001, 2)).toBe('0,00');
    expect(formatVietnameseNumber(-0, 0)).toBe('0');
  });

  it('handles numbers JavaScript prints with an exponent', () => {
    expect(formatVietnameseNumber(1e21, 0)).toBe('1.000.000.000.000.000.000.000');
    expect(formatVietnameseNumber(1.5e-7, 7)).toBe('0,0000002');
  });
});

describe('formatPercent', () => {
  it('shows 43 of 61 as 70,49%', () => {
    expect(formatPercent(43, 61)).toBe('70,49%');
  });

  it('shows the 70% threshold exactly: 7 of 10 is 70,00%', () => {
    expect(formatPercent(7, 10)).toBe('70,00%');
    expect(formatPercent(7, 10, 0)).toBe('70%');
  });

  it('rounds half up for display: 1 of 16 is 6,3% at one decimal', () => {
    expect(formatPercent(1, 16, 1)).toBe('6,3%');
    expect(formatPercent(1, 8)).toBe('12,50%');
    expect(formatPercent(2, 3)).toBe('66,67%');
  });

  it('has no percentage for a zero denominator', () => {
    expect(formatPercent(0, 0)).toBe('—');
    expect(formatPercent(5, 0)).toBe('—');
  });

  it('is within half a unit of the exact percentage (property)', () => {
    fc.assert(
      fc.property(
        fc.nat(500),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: 3 }),
        (a, b, d) => {
          const shown = formatPercent(a, b, d);
          expect(shown).toMatch(d === 0 ? /^[\d.]+%$/ : new RegExp(`^[\\d.]+,\\d{${d}}%$`));
          const back = value(shown.replace('%', ''));
          expect(back).not.toBeNull();
          // Compare on integers: |shown × b − 100 a| ≤ b / 2 units of 10^-d.
          const shownUnits = Math.round((back as number) * 10 ** d);
          expect(Math.abs(shownUnits * b - 100 * a * 10 ** d) * 2).toBeLessThanOrEqual(b);
        },
      ),
    );
  });
});

describe('formatNumberAsTyped', () => {
  it('writes a score or a threshold as typed, with a decimal comma and nothing rounded', () => {
    expect(formatNumberAsTyped(9.5)).toBe('9,5');
    expect(formatNumberAsTyped(750)).toBe('750');
    expect(formatNumberAsTyped(66.67)).toBe('66,67');
    expect(formatNumberAsTyped(-0.5)).toBe('-0,5');
    expect(formatNumberAsTyped(1e-7)).toBe('0,0000001');
    expect(formatNumberAsTyped(Number.NaN)).toBe('—');
  });

  it('reads back to the same number (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), (n) => {
        const parsed = parseVietnameseNumber(formatNumberAsTyped(n));
        expect(parsed).toEqual({ ok: true, value: n === 0 ? 0 : n });
      }),
    );
  });
});
