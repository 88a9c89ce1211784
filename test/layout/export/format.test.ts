import fc from 'fast-check';
import {
  clockTime,
  compareVietnameseNames,
  longVietnameseDate,
  parseLocalDateTime,
  sortByVietnameseName,
} from '../../../src/layout/export/format';

const sortNames = (names: string[]): string[] => sortByVietnameseName(names, (n) => n);

describe('Vietnamese name order: given name, then middle, then family (DOMAIN.md §9)', () => {
  it('puts the two "An" first, Thị before Văn, then Ánh, then Bình', () => {
    // Given names An, Ánh, Bình, An: "An" < "Ánh" (a prefix sorts first), "Ánh" < "Bình".
    // The two An tie, so the middle names decide: Thị < Văn. The family name comes last and decides nothing here.
    expect(sortNames(['Nguyễn Văn An', 'Trần Thị Ánh', 'Lê Văn Bình', 'Phạm Thị An'])).toEqual([
      'Phạm Thị An',
      'Nguyễn Văn An',
      'Trần Thị Ánh',
      'Lê Văn Bình',
    ]);
  });

  it('uses the family name only when given and middle names are the same', () => {
    expect(sortNames(['Trần Văn An', 'Lê Văn An', 'Nguyễn Văn An'])).toEqual([
      'Lê Văn An',
      'Nguyễn Văn An',
      'Trần Văn An',
    ]);
  });

  it('orders letters a < ă < â and d < đ, not by code point', () => {
    expect(sortNames(['Lê Thị Ân', 'Lê Thị Ăn', 'Lê Thị An'])).toEqual([
      'Lê Thị An',
      'Lê Thị Ăn',
      'Lê Thị Ân',
    ]);
    expect(sortNames(['Hồ Văn Đức', 'Hồ Văn Dũng'])).toEqual(['Hồ Văn Dũng', 'Hồ Văn Đức']);
  });

  it('orders tones ngang, huyền, hỏi, ngã, sắc, nặng', () => {
    const tones = ['Lê Văn Ha', 'Lê Văn Hà', 'Lê Văn Hả', 'Lê Văn Hã', 'Lê Văn Há', 'Lê Văn Hạ'];
    expect(sortNames([...tones].reverse())).toEqual(tones);
  });

  it('reads a decomposed (NFD) name with extra spaces as the same name', () => {
    expect(compareVietnameseNames('  Trần   Thị Ánh '.normalize('NFD'), 'Trần Thị Ánh')).toBe(0);
  });

  it('keeps namesakes in their input order', () => {
    const people = [
      { id: 'GV07', name: 'Nguyễn Văn An' },
      { id: 'GV02', name: 'Nguyễn Văn An' },
    ];
    expect(sortByVietnameseName(people, (p) => p.name).map((p) => p.id)).toEqual(['GV07', 'GV02']);
  });

  const syllable = fc.constantFrom(
    'An',
    'Ánh',
    'Ân',
    'Bình',
    'Đức',
    'Dũng',
    'Thị',
    'Văn',
    'Ngọc',
    'Lê',
    'Ơn',
    'Ưng',
  );
  const name = fc.array(syllable, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));

  it('is a consistent order: antisymmetric, and sorting twice changes nothing', () => {
    fc.assert(
      fc.property(
        name,
        name,
        (a, b) => Math.sign(compareVietnameseNames(a, b)) === -Math.sign(compareVietnameseNames(b, a)),
      ),
    );
    fc.assert(
      fc.property(fc.array(name), (names) => {
        const once = sortNames(names);
        expect(sortNames(once)).toEqual(once);
        expect([...once].sort()).toEqual([...names].sort());
      }),
    );
  });

  it('never lets a later given name come first', () => {
    const collator = new Intl.Collator('vi');
    const given = (n: string): string => n.split(' ').at(-1) ?? '';
    fc.assert(
      fc.property(fc.array(name, { minLength: 2 }), (names) => {
        const sorted = sortNames(names);
        for (let i = 1; i < sorted.length; i++) {
          expect(collator.compare(given(sorted[i - 1]), given(sorted[i]))).toBeLessThanOrEqual(0);
        }
      }),
    );
  });
});

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
