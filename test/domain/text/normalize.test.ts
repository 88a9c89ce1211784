import fc from 'fast-check';
import { namesEqual, normalizeName } from '../../../src/domain/text';

describe('normalizeName', () => {
  it('composes a name typed on macOS (NFD) into the NFC form Windows keyboards produce', () => {
    const nfd = 'Nguyễn Thị Hạnh'.normalize('NFD');
    expect(nfd).not.toBe('Nguyễn Thị Hạnh');
    expect(normalizeName(nfd)).toBe('Nguyễn Thị Hạnh'.normalize('NFC'));
  });

  it('trims, collapses inner spaces and turns NBSP into a space, keeping case', () => {
    expect(normalizeName('  Trần\u00A0 Đức   Minh \t')).toBe('Trần Đức Minh');
    expect(normalizeName('lÊ vĂn AN')).toBe('lÊ vĂn AN');
  });

  it('strips zero-width characters pasted from the web', () => {
    expect(normalizeName('Lê\u200B Thị\uFEFF Hoa\u200D')).toBe('Lê Thị Hoa');
  });

  it('keeps the soft hyphen, which is the letter ư in TCVN3 text still to be converted', () => {
    expect(normalizeName('Tr\u00ADêng')).toBe('Tr\u00ADêng');
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => normalizeName(normalizeName(s)) === normalizeName(s)));
  });
});

describe('namesEqual', () => {
  it('matches the same person whatever the Unicode form, spacing or case', () => {
    expect(namesEqual('Nguyễn Văn An'.normalize('NFD'), ' nguyễn  VĂN an ')).toBe(true);
    expect(namesEqual('ĐỖ THỊ HÀ', 'Đỗ Thị Hà')).toBe(true);
  });

  it('keeps diacritics apart: Hà and Hạ are different people', () => {
    expect(namesEqual('Lê Thị Hà', 'Lê Thị Hạ')).toBe(false);
    expect(namesEqual('Đào Văn Dũng', 'Dao Van Dung')).toBe(false);
  });
});
