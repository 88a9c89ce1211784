import fc from 'fast-check';
import { MAX_SHEET_NAME_LENGTH, safeSheetName } from '../../../src/layout/export/sheet-names';

describe('sheet names Excel accepts', () => {
  it('keeps a legal name as it is', () => {
    expect(safeSheetName('DS đề nghị CSTĐ tỉnh', new Set())).toBe('DS đề nghị CSTĐ tỉnh');
  });

  it('replaces the characters Excel forbids and trims apostrophes at the ends', () => {
    expect(safeSheetName("'Tổ 1/2: [Văn phòng]?'", new Set())).toBe('Tổ 1 2 Văn phòng');
  });

  it('cuts a long name to 31 characters', () => {
    const name = safeSheetName('Danh sách đề nghị danh hiệu Chiến sĩ thi đua toàn quốc', new Set());
    expect(name).toBe('Danh sách đề nghị danh hiệu Chi');
    expect(Array.from(name)).toHaveLength(31);
  });

  it('gives a second sheet of the same name (any case) a number that still fits', () => {
    const taken = new Set<string>();
    expect(safeSheetName('Biên bản kiểm phiếu', taken)).toBe('Biên bản kiểm phiếu');
    expect(safeSheetName('BIÊN BẢN KIỂM PHIẾU', taken)).toBe('BIÊN BẢN KIỂM PHIẾU (2)');
    const long = 'x'.repeat(40);
    expect(safeSheetName(long, taken)).toBe('x'.repeat(31));
    expect(safeSheetName(long, taken)).toBe(`${'x'.repeat(27)} (2)`);
  });

  it('always returns a legal, unique name, whatever is asked for', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 50 }), { maxLength: 30 }), (wanted) => {
        const taken = new Set<string>();
        const names = wanted.map((w) => safeSheetName(w, taken));
        for (const name of names) {
          expect(Array.from(name).length).toBeGreaterThan(0);
          expect(Array.from(name).length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
          expect(name).not.toMatch(/[\\/?*:[\]]/);
          expect(name).not.toMatch(/^'|'$/);
        }
        expect(new Set(names.map((n) => n.toLocaleLowerCase('vi'))).size).toBe(names.length);
      }),
    );
  });
});
