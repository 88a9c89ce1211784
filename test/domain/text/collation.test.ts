import fc from 'fast-check';
import {
  compareVietnamese,
  compareVietnameseFallback,
  compareVietnameseNames,
  sortByVietnameseName,
  splitVietnameseName,
  usesIntlCollator,
} from '../../../src/domain/text';

const sorted = (words: string[], compare: (a: string, b: string) => number): string[] =>
  [...words].sort(compare);

describe.each([
  ['Intl.Collator("vi")', (a: string, b: string) => new Intl.Collator('vi').compare(a, b)],
  ['the built-in fallback', compareVietnameseFallback],
  ['compareVietnamese', compareVietnamese],
])('Vietnamese letter and tone order with %s', (_name, compare) => {
  it('orders the alphabet a < ă < â, d < đ, o < ô < ơ, u < ư', () => {
    const alphabet = ['a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'g', 'h', 'i', 'k', 'l', 'm', 'n'];
    const rest = ['o', 'ô', 'ơ', 'p', 'q', 'r', 's', 't', 'u', 'ư', 'v', 'x', 'y'];
    const expected = [...alphabet, ...rest];
    expect(sorted([...expected].reverse(), compare)).toEqual(expected);
  });

  it('orders tones ngang, huyền, hỏi, ngã, sắc, nặng', () => {
    const expected = ['ma', 'mà', 'mả', 'mã', 'má', 'mạ'];
    expect(sorted(['mạ', 'má', 'mã', 'mả', 'mà', 'ma'], compare)).toEqual(expected);
  });

  it('compares letters before tones: An < Anh < Ánh < Ăn, Dung < Duy < Đào', () => {
    expect(sorted(['Ăn', 'Ánh', 'Anh', 'An'], compare)).toEqual(['An', 'Anh', 'Ánh', 'Ăn']);
    expect(sorted(['Đào', 'Duy', 'Dung'], compare)).toEqual(['Dung', 'Duy', 'Đào']);
  });
});

describe('compareVietnamese', () => {
  it("uses Node's ICU Intl.Collator('vi'), which passed the order check", () => {
    expect(usesIntlCollator).toBe(true);
  });

  it('treats NFD input like NFC input', () => {
    expect(compareVietnamese('Hạnh'.normalize('NFD'), 'Hạnh')).toBe(0);
  });

  it('the fallback agrees with ICU on random Vietnamese words', () => {
    const letters = [
      'a',
      'à',
      'ả',
      'ã',
      'á',
      'ạ',
      'ă',
      'ắ',
      'â',
      'ậ',
      'd',
      'đ',
      'Đ',
      'e',
      'ê',
      'ế',
      'i',
      'ị',
      'n',
    ];
    const more = [
      'o',
      'ò',
      'ô',
      'ồ',
      'ơ',
      'ở',
      'u',
      'ũ',
      'ư',
      'ự',
      'y',
      'ỳ',
      'h',
      'g',
      'A',
      'Á',
      'Ư',
      'O',
      'Ờ',
    ];
    const word = fc
      .array(fc.constantFrom(...letters, ...more), { minLength: 1, maxLength: 6 })
      .map((w) => w.join(''));
    const icu = new Intl.Collator('vi');
    fc.assert(
      fc.property(
        word,
        word,
        (a, b) => Math.sign(compareVietnameseFallback(a, b)) === Math.sign(icu.compare(a, b)),
      ),
      { numRuns: 2000 },
    );
  });
});

describe('splitVietnameseName', () => {
  it('takes the first word as family name and the last as given name', () => {
    expect(splitVietnameseName('Nguyễn Thị Minh Khai')).toEqual({
      family: 'Nguyễn',
      middle: 'Thị Minh',
      given: 'Khai',
    });
    expect(splitVietnameseName('Lê Hoa')).toEqual({ family: 'Lê', middle: '', given: 'Hoa' });
    expect(splitVietnameseName('  Hoa ')).toEqual({ family: '', middle: '', given: 'Hoa' });
    expect(splitVietnameseName('')).toEqual({ family: '', middle: '', given: '' });
  });
});

describe('compareVietnameseNames', () => {
  it('sorts by given name: Nguyễn Văn An < Trần Thị Ánh < Lê Văn Bình', () => {
    const names = ['Lê Văn Bình', 'Trần Thị Ánh', 'Nguyễn Văn An'];
    expect(sorted(names, compareVietnameseNames)).toEqual(['Nguyễn Văn An', 'Trần Thị Ánh', 'Lê Văn Bình']);
  });

  it('then by middle names in order, then by family name as the last tiebreak', () => {
    const names = [
      'Trần Văn An',
      'Nguyễn Văn An',
      'Lê Thị Minh An',
      'Lê Thị An',
      'Đỗ Văn An',
      'Dương Văn An',
    ];
    expect(sorted(names, compareVietnameseNames)).toEqual([
      'Lê Thị An',
      'Lê Thị Minh An',
      'Dương Văn An',
      'Đỗ Văn An',
      'Nguyễn Văn An',
      'Trần Văn An',
    ]);
  });

  it('puts đ after d in given names: Dũng < Đạt', () => {
    expect(compareVietnameseNames('Nguyễn Văn Đạt', 'Trần Văn Dũng')).toBeGreaterThan(0);
  });

  it('sees a name typed in NFD as the same name', () => {
    expect(compareVietnameseNames('Phạm Thị Ngọc Hạnh'.normalize('NFD'), 'Phạm Thị Ngọc Hạnh')).toBe(0);
  });
});

describe('sortByVietnameseName', () => {
  interface Row {
    name: string;
    id: number;
  }
  const nameArb = fc.constantFrom('Nguyễn Văn An', 'Lê Thị Ánh', 'Trần Văn Bình', 'Lê Văn An', 'Đỗ Thị Hà');

  it('keeps two people with the same name in their input order', () => {
    const rows: Row[] = [
      { name: 'Lê Văn Bình', id: 1 },
      { name: 'Nguyễn Văn An', id: 2 },
      { name: 'Lê Văn Bình', id: 3 },
      { name: 'Nguyễn Văn An'.normalize('NFD'), id: 4 },
    ];
    expect(sortByVietnameseName(rows, (r) => r.name).map((r) => r.id)).toEqual([2, 4, 1, 3]);
  });

  it('returns a sorted permutation and leaves the input alone (property)', () => {
    fc.assert(
      fc.property(fc.array(nameArb, { maxLength: 30 }), (names) => {
        const rows = names.map((name, id) => ({ name, id }));
        const copy = [...rows];
        const out = sortByVietnameseName(rows, (r) => r.name);
        expect(rows).toEqual(copy);
        expect([...out].sort((a, b) => a.id - b.id)).toEqual(rows);
        for (let i = 1; i < out.length; i++) {
          const c = compareVietnameseNames(out[i - 1].name, out[i].name);
          expect(c < 0 || (c === 0 && out[i - 1].id < out[i].id)).toBe(true);
        }
      }),
    );
  });
});

describe('official list order on worked lists (DOMAIN.md §9)', () => {
  const sortNames = (names: string[]): string[] => sortByVietnameseName(names, (n) => n);

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

  it('orders given names a < ă < â and d < đ, not by code point', () => {
    expect(sortNames(['Lê Thị Ân', 'Lê Thị Ăn', 'Lê Thị An'])).toEqual([
      'Lê Thị An',
      'Lê Thị Ăn',
      'Lê Thị Ân',
    ]);
    expect(sortNames(['Hồ Văn Đức', 'Hồ Văn Dũng'])).toEqual(['Hồ Văn Dũng', 'Hồ Văn Đức']);
  });

  it('orders given names by tone: ngang, huyền, hỏi, ngã, sắc, nặng', () => {
    const tones = ['Lê Văn Ha', 'Lê Văn Hà', 'Lê Văn Hả', 'Lê Văn Hã', 'Lê Văn Há', 'Lê Văn Hạ'];
    expect(sortNames([...tones].reverse())).toEqual(tones);
  });

  it('reads a decomposed (NFD) name with extra spaces as the same name', () => {
    expect(compareVietnameseNames('  Trần   Thị Ánh '.normalize('NFD'), 'Trần Thị Ánh')).toBe(0);
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

  it('is a consistent order: antisymmetric, and sorting twice changes nothing (property)', () => {
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

  it('never lets a later given name come first (property)', () => {
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
