import fc from 'fast-check';
import { MAX_SHEET_NAME_LENGTH, uniqueSheetName, validateSheetName } from '../../../src/domain/text';

const codes = (name: string): string[] => validateSheetName(name).map((i) => i.code);

describe('validateSheetName', () => {
  it('accepts ordinary Vietnamese names', () => {
    expect(validateSheetName('Tổ Toán - Tin')).toEqual([]);
    expect(validateSheetName('Đợt 1 (HK I)')).toEqual([]);
    expect(validateSheetName("Tổ 'Văn' Sử")).toEqual([]);
  });

  it('refuses an empty name', () => {
    expect(codes('')).toEqual(['sheet-name.empty']);
    expect(codes('   ')).toEqual(['sheet-name.empty']);
  });

  it('refuses more than 31 characters and says how long the name is', () => {
    const name = 'Danh sách đề nghị Chiến sĩ thi đua';
    const issues = validateSheetName(name);
    expect(issues.map((i) => i.code)).toEqual(['sheet-name.too-long']);
    expect(issues[0].message).toContain(`${name.length} ký tự`);
    expect(codes('x'.repeat(31))).toEqual([]);
  });

  it('counts an NFD name by its NFC length', () => {
    const name = 'Tổ Ngữ văn – Lịch sử – Địa lý'.normalize('NFD');
    expect(name.length).toBeGreaterThan(31);
    expect(codes(name)).toEqual([]);
  });

  it.each([':', '\\', '/', '?', '*', '[', ']'])('refuses the character %s and names it', (char) => {
    const issues = validateSheetName(`Tổ${char}Toán`);
    expect(issues.map((i) => i.code)).toEqual(['sheet-name.forbidden-character']);
    expect(issues[0].message).toContain(`: ${char}.`);
  });

  it('refuses an apostrophe at the start or end', () => {
    expect(codes("'Tổ Toán")).toEqual(['sheet-name.apostrophe']);
    expect(codes("Tổ Toán'")).toEqual(['sheet-name.apostrophe']);
  });

  it('refuses the reserved name History in any case', () => {
    expect(codes('History')).toEqual(['sheet-name.reserved']);
    expect(codes('HISTORY')).toEqual(['sheet-name.reserved']);
  });

  it('reports every problem at once, each as an error', () => {
    const issues = validateSheetName("'Tổ/Toán?" + 'x'.repeat(30));
    expect(issues.map((i) => i.code).sort()).toEqual([
      'sheet-name.apostrophe',
      'sheet-name.forbidden-character',
      'sheet-name.too-long',
    ]);
    expect(issues.every((i) => i.severity === 'error')).toBe(true);
  });
});

describe('uniqueSheetName', () => {
  it('keeps a free name', () => {
    expect(uniqueSheetName('Tổ Toán', ['Tổ Văn'])).toBe('Tổ Toán');
  });

  it('adds (2), (3)… comparing without case', () => {
    expect(uniqueSheetName('Tổ Toán', ['tổ toán'])).toBe('Tổ Toán (2)');
    expect(uniqueSheetName('Tổ Toán', ['TỔ TOÁN', 'Tổ Toán (2)'])).toBe('Tổ Toán (3)');
  });

  it('shortens the base so the suffix fits in 31 characters', () => {
    const base = 'Danh sách đề nghị CSTĐCS năm học';
    const first = uniqueSheetName(base, []);
    expect(first).toHaveLength(31);
    const second = uniqueSheetName(base, [first]);
    expect(second.endsWith(' (2)')).toBe(true);
    expect(second).toHaveLength(31);
  });

  it('makes forbidden text valid and avoids History', () => {
    expect(uniqueSheetName('Tổ Toán/Tin', [])).toBe('Tổ Toán-Tin');
    expect(uniqueSheetName("'Đợt 1'", [])).toBe('Đợt 1');
    expect(validateSheetName(uniqueSheetName('History', []))).toEqual([]);
    expect(validateSheetName(uniqueSheetName('', []))).toEqual([]);
  });

  it('always returns a valid name not already taken (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.array(fc.string({ maxLength: 40 }), { maxLength: 10 }),
        (base, taken) => {
          const name = uniqueSheetName(base, taken);
          expect(validateSheetName(name)).toEqual([]);
          expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
          expect(taken.map((t) => t.normalize('NFC').toLocaleLowerCase('vi'))).not.toContain(
            name.toLocaleLowerCase('vi'),
          );
        },
      ),
    );
  });

  it('stays unique when names are taken one after another', () => {
    const taken: string[] = [];
    for (let i = 0; i < 12; i++) taken.push(uniqueSheetName('Kết quả bỏ phiếu đợt một năm học 2024', taken));
    expect(new Set(taken.map((t) => t.toLowerCase())).size).toBe(12);
  });
});
