import fc from 'fast-check';
import {
  convertUnicodeToTcvn3,
  convertUnicodeToVni,
  detectLegacyEncoding,
  fontEncoding,
  isAllCapsTcvn3Font,
  isVietnameseSyllable,
  toUnicode,
} from '../../../../src/domain/text';

// prettier-ignore
const INITIALS = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'ph', 'qu', 't', 'th', 'tr', 'v', 'x'];
/** Rhymes Vietnamese spells: glide-ending nuclei stay open, ă â iê uô ươ need a final consonant. */
const OPEN_NUCLEI = ['a', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y', 'ai', 'ao', 'oa', 'uy', 'ưu', 'ươi'];
// prettier-ignore
const CLOSED_NUCLEI = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y', 'oa', 'uy', 'ươ', 'iê', 'uô'];
const FINALS = ['c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'];
const STOPS = ['c', 'ch', 'p', 't'];
const OPEN_TONE_AT: Record<string, number> = { oa: 1, uy: 1, ươi: 1 };
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

const rhyme = fc.oneof(
  fc.tuple(fc.constantFrom(...OPEN_NUCLEI), fc.constant('')),
  fc.tuple(fc.constantFrom(...CLOSED_NUCLEI), fc.constantFrom(...FINALS)),
);
/** Random Vietnamese syllables, first letter capital: "Nguyễn"-like words. */
const syllable = fc
  .tuple(fc.constantFrom(...INITIALS), rhyme, fc.constantFrom(...TONES))
  .map(([i, [n, f], anyTone]) => {
    // A stop final (p, t, c, ch) takes only sắc or nặng.
    const t = STOPS.includes(f) && anyTone !== '\u0323' ? '\u0301' : anyTone;
    // Tone where Vietnamese spelling puts it: last vowel before a final consonant, else by nucleus.
    const at = f !== '' ? n.length - 1 : (OPEN_TONE_AT[n] ?? 0);
    const word = (i + n.slice(0, at + 1) + t + n.slice(at + 1) + f).normalize('NFC');
    return word[0].toUpperCase() + word.slice(1);
  });
const name = fc.array(syllable, { minLength: 2, maxLength: 4 }).map((w) => w.join(' '));
// prettier-ignore
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Âu'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Quốc', 'Xuân', 'Thị Mỹ', ''];
/** A staff list: real family and middle names, random given names. */
const staffName = fc
  .tuple(fc.constantFrom(...FAMILY), fc.constantFrom(...MIDDLE), syllable)
  .map((parts) => parts.filter((p) => p !== '').join(' '));

describe('fontEncoding', () => {
  it.each([
    ['.VnTime', 'tcvn3'],
    ['.VnTimeH', 'tcvn3'],
    ['.VnArial', 'tcvn3'],
    ['.VnArial NarrowH', 'tcvn3'],
    ['VNI-Times', 'vni'],
    ['VNI-Helve', 'vni'],
    ['Times New Roman', null],
    [undefined, null],
  ])('%s -> %s', (font, expected) => {
    expect(fontEncoding(font)).toBe(expected);
  });

  it('knows the all-capitals TCVN3 fonts', () => {
    expect(isAllCapsTcvn3Font('.VnTimeH')).toBe(true);
    expect(isAllCapsTcvn3Font('.VnTime')).toBe(false);
    expect(isAllCapsTcvn3Font('VNI-TimesH')).toBe(false);
  });
});

describe('isVietnameseSyllable', () => {
  it.each(['Nguyễn', 'Trường', 'khuyến', 'giữ', 'quốc', 'người', 'Hoà', 'Thuỷ', 'nghiêng'])(
    '%s is a syllable',
    (w) => {
      expect(isVietnameseSyllable(w)).toBe(true);
    },
  );

  it.each(['Hòa', 'Thúy', 'mái', 'lẽo', 'mùa', 'người', 'Khuỷu', 'ngoài'])(
    '%s has its tone in an accepted place',
    (w) => {
      expect(isVietnameseSyllable(w)).toBe(true);
    },
  );

  it.each(['Nguyeãn', 'Vaên', 'NguyÔn', 'Vaờn', 'Hoá́', 'Trxn', 'Leõ', 'maí', 'Nguỹên', 'ñ́'])(
    '%s is not',
    (w) => {
      expect(isVietnameseSyllable(w)).toBe(false);
    },
  );
});

describe('detectLegacyEncoding', () => {
  it('trusts the font name', () => {
    expect(detectLegacyEncoding('Nguyễn Văn An', '.VnTime')).toBe('tcvn3');
    expect(detectLegacyEncoding('abc', 'VNI-Times')).toBe('vni');
  });

  it.each([
    ['NguyÔn V¨n An', 'tcvn3'],
    ['Lª ThÞ Hoa', 'tcvn3'],
    ['TrÇn §øc Minh', 'tcvn3'],
    ['Nguyeãn Vaên An', 'vni'],
    ['Traàn Ñöùc Minh', 'vni'],
    ['Leâ Thò Hoa', 'vni'],
    ['Nguyễn Văn An', 'unicode'],
    ['Lê Hoàng', 'unicode'],
    ['Hoà', 'unicode'],
    ['THCS Lê Lợi', 'unicode'],
    ['Nguyen Van An', 'unicode'],
    ['', 'unicode'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(detectLegacyEncoding(text)).toBe(expected);
  });

  it('decides a short ambiguous cell better with its whole column', () => {
    // Alone, "Thuû" is "Thuỷ" in TCVN3 or "Thủ" in VNI; its neighbours settle it.
    expect(detectLegacyEncoding(['Lª ThÞ Thuû', 'TrÇn V¨n B×nh'])).toBe('tcvn3');
  });

  it('detects a tổ list of 5–10 names typed in TCVN3 or VNI once two names show it (property)', () => {
    fc.assert(
      fc.property(fc.array(staffName, { minLength: 5, maxLength: 10 }), (names) => {
        // One changed name can be both: VNI "Hoà" is Hồ, and "Hoà" is also good Unicode.
        const changedByBoth = (encode: (s: string) => string) =>
          names.filter((n) => encode(n) !== n).length >= 2;
        fc.pre(changedByBoth(convertUnicodeToVni) && changedByBoth(convertUnicodeToTcvn3));
        expect(detectLegacyEncoding(names.map(convertUnicodeToVni))).toBe('vni');
        expect(detectLegacyEncoding(names.map(convertUnicodeToTcvn3))).toBe('tcvn3');
      }),
    );
  });
});

describe('toUnicode', () => {
  it('converts legacy text and leaves Unicode text alone', () => {
    expect(toUnicode('NguyÔn V¨n An')).toBe('Nguyễn Văn An');
    expect(toUnicode('Nguyeãn Vaên An')).toBe('Nguyễn Văn An');
    expect(toUnicode('Nguyễn Văn An')).toBe('Nguyễn Văn An');
  });

  it('uses the font: a .VnTimeH cell reads in capitals', () => {
    expect(toUnicode('danh s¸ch c¸n bé', '.VnTimeH')).toBe('DANH SÁCH CÁN BỘ');
    expect(toUnicode('danh s¸ch c¸n bé', '.VnTime')).toBe('danh sách cán bộ');
  });

  it('never changes a Unicode Vietnamese name (property)', () => {
    fc.assert(fc.property(name, (n) => toUnicode(n) === n));
    fc.assert(fc.property(name, (n) => toUnicode(n.normalize('NFD')) === n.normalize('NFD')));
  });

  it('never changes plain or arbitrary Unicode text without legacy characters (property)', () => {
    fc.assert(fc.property(fc.string(), (s) => toUnicode(s) === s));
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => /[\u00A1-\u00FF]/.test(s) || toUnicode(s) === s),
    );
  });

  it('reads back random names written in either legacy font (property)', () => {
    fc.assert(
      fc.property(name, (n) => {
        expect(toUnicode(convertUnicodeToVni(n), 'VNI-Times')).toBe(n);
        // Typed in lowercase ASCII: only the font makes it capitals.
        const typed = convertUnicodeToTcvn3(n).replace(/[A-Z]/g, (c) => c.toLowerCase());
        expect(toUnicode(typed, '.VnTimeH')).toBe(n.toLocaleUpperCase('vi'));
      }),
    );
  });
});
