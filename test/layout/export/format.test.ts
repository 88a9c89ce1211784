import { longVietnameseDate } from '../../../src/domain/text';
import { clockTime, parseLocalDateTime } from '../../../src/layout/export/format';

describe('dates on official papers', () => {
  it('writes 28/5/2021 as "ngày 28 tháng 5 năm 2021"', () => {
    expect(longVietnameseDate(parseLocalDateTime('2021-05-28')!)).toBe('ngày 28 tháng 5 năm 2021');
  });

  it('adds a zero to days below 10 and to months 1 and 2 (NĐ 30/2020)', () => {
    expect(longVietnameseDate(parseLocalDateTime('2021-02-05')!)).toBe('ngày 05 tháng 02 năm 2021');
    expect(longVietnameseDate(parseLocalDateTime('2020-10-30')!)).toBe('ngày 30 tháng 10 năm 2020');
  });

  it('reads a meeting time as written, without a time zone', () => {
    expect(clockTime(parseLocalDateTime('2021-05-25T14:05')!)).toBe('14 giờ 05');
  });

  it('refuses days that do not exist', () => {
    expect(parseLocalDateTime('2021-02-29')).toBeUndefined();
    expect(parseLocalDateTime('2021-13-01')).toBeUndefined();
    expect(parseLocalDateTime('28/05/2021')).toBeUndefined();
    expect(parseLocalDateTime('2021-05-25T24:00')).toBeUndefined();
    expect(parseLocalDateTime('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });
});
