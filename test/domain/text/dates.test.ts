import fc from 'fast-check';
import {
  excelSerialToIso,
  formatVietnameseDate,
  isoToExcelSerial,
  longVietnameseDate,
  parseVietnameseDate,
} from '../../../src/domain/text';

const iso = (input: Parameters<typeof parseVietnameseDate>[0]): string | null => {
  const parsed = parseVietnameseDate(input);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
};

describe('parseVietnameseDate', () => {
  it.each([
    ['18/01/2021', '2021-01-18'],
    ['8/1/2021', '2021-01-08'],
    ['18-01-2021', '2021-01-18'],
    ['18.01.2021', '2021-01-18'],
    [' 18 / 01 / 2021 ', '2021-01-18'],
    ['2021-01-18', '2021-01-18'],
    ['2021-01-18T00:00:00.000Z', '2021-01-18'],
    ['29/02/2024', '2024-02-29'],
    ['44214', '2021-01-18'],
  ])('reads "%s" as %s', (input, expected) => {
    expect(iso(input)).toBe(expected);
  });

  it('reads Excel serial numbers, ignoring the time of day', () => {
    expect(iso(44214)).toBe('2021-01-18');
    expect(iso(44214.75)).toBe('2021-01-18');
  });

  it('reads a Date from ExcelJS by its UTC calendar day', () => {
    expect(iso(new Date(Date.UTC(2021, 0, 18)))).toBe('2021-01-18');
  });

  it('reads an empty cell as no date', () => {
    expect(parseVietnameseDate('  ')).toEqual({ ok: true, value: null });
    expect(parseVietnameseDate(null)).toEqual({ ok: true, value: null });
  });

  it('refuses 31/02/2021 and says how many days February has', () => {
    const parsed = parseVietnameseDate('31/02/2021');
    expect(parsed).toEqual({ ok: false, reason: expect.stringContaining('"31/02/2021"') });
    if (!parsed.ok) expect(parsed.reason).toContain('28 ngày');
  });

  it.each(['29/02/2021', '00/01/2021', '18/13/2021', '18/01/21', '2021-02-30', 'mười tám', '18/01-2021'])(
    'refuses "%s" with a reason',
    (input) => {
      const parsed = parseVietnameseDate(input);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.reason).toContain(`"${input}"`);
    },
  );

  it('refuses serial 60, the 29/02/1900 Excel invented, and serials out of range', () => {
    expect(parseVietnameseDate(60).ok).toBe(false);
    expect(parseVietnameseDate(0).ok).toBe(false);
    expect(parseVietnameseDate(3_000_000).ok).toBe(false);
  });
});

describe('Excel 1900 serials', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [36526, '2000-01-01'],
    [44214, '2021-01-18'],
    [2958465, '9999-12-31'],
  ])('serial %d is %s, both ways', (serial, date) => {
    expect(excelSerialToIso(serial)).toBe(date);
    expect(isoToExcelSerial(date)).toBe(serial);
  });

  it('has no date for serial 60 and no serial for malformed dates', () => {
    expect(excelSerialToIso(60)).toBeNull();
    expect(isoToExcelSerial('2021-02-29')).toBeNull();
    expect(isoToExcelSerial('1899-12-31')).toBeNull();
  });

  it('round-trips every serial (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }), (serial) => {
        fc.pre(serial !== 60);
        expect(isoToExcelSerial(excelSerialToIso(serial) as string)).toBe(serial);
      }),
    );
  });

  it('reads back what formatVietnameseDate writes (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const date = excelSerialToIso(serial) as string;
        expect(iso(formatVietnameseDate(date))).toBe(date);
      }),
    );
  });
});

describe('formatVietnameseDate and longVietnameseDate', () => {
  it('writes dd/mm/yyyy', () => {
    expect(formatVietnameseDate('2021-01-18')).toBe('18/01/2021');
    expect(formatVietnameseDate('2021-03-05')).toBe('05/03/2021');
  });

  it('writes the place-and-date line of an official paper', () => {
    expect(longVietnameseDate('2021-01-18', 'Thuận An')).toBe('Thuận An, ngày 18 tháng 01 năm 2021');
  });

  it('pads days below 10 and months 1 and 2 only (NĐ 30/2020/NĐ-CP)', () => {
    expect(longVietnameseDate('2021-03-05', 'Dĩ An')).toBe('Dĩ An, ngày 05 tháng 3 năm 2021');
    expect(longVietnameseDate('2021-02-05', 'Dĩ An')).toBe('Dĩ An, ngày 05 tháng 02 năm 2021');
    expect(longVietnameseDate('2021-12-20', 'Dĩ An')).toBe('Dĩ An, ngày 20 tháng 12 năm 2021');
  });

  it('leaves blanks to fill by hand when there is no date, and drops the comma without a place', () => {
    expect(longVietnameseDate(null, 'Thuận An')).toBe('Thuận An, ngày … tháng … năm …');
    expect(longVietnameseDate('2021-01-18')).toBe('ngày 18 tháng 01 năm 2021');
  });

  it('takes a date already split into parts, as a parsed meeting time is', () => {
    expect(longVietnameseDate({ year: 2021, month: 5, day: 28 })).toBe('ngày 28 tháng 5 năm 2021');
    expect(longVietnameseDate({ year: 2021, month: 2, day: 5 }, 'Dĩ An')).toBe(
      'Dĩ An, ngày 05 tháng 02 năm 2021',
    );
  });
});
