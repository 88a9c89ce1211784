import fc from 'fast-check';
import { sampleRoster } from '../../../src/domain/sample';
import { matchesSearch, searchKey } from '../../../src/taskpane/panels/scores/search';

describe('finding a person by name', () => {
  const key = searchKey('Nguyễn Thị Thu Hà BH2-014');

  test('without accents: "nguyen thi ha" finds Nguyễn Thị Thu Hà', () => {
    expect(matchesSearch(key, 'nguyen thi ha')).toBe(true);
    expect(matchesSearch(key, 'NGUYEN   HA')).toBe(true);
  });

  test('with accents they count: "Hà" finds her, "Hạ" does not', () => {
    expect(matchesSearch(key, 'Hà')).toBe(true);
    expect(matchesSearch(key, 'Hạ')).toBe(false);
  });

  test('typed in NFD (macOS) it still finds the NFC name', () => {
    expect(matchesSearch(key, 'Thị Thu Hà'.normalize('NFD'))).toBe(true);
  });

  test('đ is found by d', () => {
    expect(matchesSearch(searchKey('Đỗ Văn Đức'), 'do van duc')).toBe(true);
  });

  test('by staff code', () => {
    expect(matchesSearch(key, 'bh2-014')).toBe(true);
  });

  test('every sample name is found by itself and by its unaccented form (property)', () => {
    const names = sampleRoster().staff.map((p) => p.fullName);
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.boolean(), (name, nfd) => {
        const k = searchKey(name);
        const typed = nfd ? name.normalize('NFD') : name;
        const plain = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
        expect(matchesSearch(k, typed)).toBe(true);
        expect(matchesSearch(k, plain.toLowerCase())).toBe(true);
      }),
    );
  });
});
