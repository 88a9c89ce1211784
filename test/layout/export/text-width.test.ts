import fc from 'fast-check';
import { estimateTextWidth, wrapToWidth } from '../../../src/layout/export/text-width';
import { schoolNameLines } from '../../../src/layout/export/official-form';

describe('breaking sentences into printed lines', () => {
  it('keeps a short sentence on one line', () => {
    expect(wrapToWidth('- Lưu: VT.', 200, 13)).toEqual(['- Lưu: VT.']);
  });

  it('breaks between words, never inside one, and loses no word', () => {
    const words = fc.array(
      fc.constantFrom('Hội', 'đồng', 'thi', 'đua', 'khen', 'thưởng', 'Nguyễn', 'Văn', 'An'),
      {
        minLength: 1,
        maxLength: 40,
      },
    );
    fc.assert(
      fc.property(words, fc.integer({ min: 40, max: 700 }), (ws, width) => {
        const text = ws.join(' ');
        const lines = wrapToWidth(text, width, 13);
        expect(lines.join(' ')).toBe(text);
        for (const line of lines) {
          // A line wider than the room is only ever a single word that cannot be split.
          if (estimateTextWidth(line, 13) > width) expect(line).not.toContain(' ');
        }
      }),
    );
  });

  it('measures bold upper case wider than plain lower case', () => {
    expect(estimateTextWidth('HIỆU TRƯỞNG', 13, true)).toBeGreaterThan(estimateTextWidth('hiệu trưởng', 13));
  });

  it('breaks a long school name after its kind, not in the middle of its proper name', () => {
    expect(schoolNameLines('Trường Trung học cơ sở Nguyễn Văn Trỗi', 200, 12)).toEqual([
      'TRƯỜNG TRUNG HỌC CƠ SỞ',
      'NGUYỄN VĂN TRỖI',
    ]);
    expect(schoolNameLines('Trường Tiểu học Bình Hòa 2', 200, 12)).toEqual(['TRƯỜNG TIỂU HỌC BÌNH HÒA 2']);
  });
});
