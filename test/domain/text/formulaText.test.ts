import fc from 'fast-check';
import { escapeFormulaText, looksLikeFormula } from '../../../src/domain/text';

describe('looksLikeFormula', () => {
  it.each(['=SUM(A1:A9)', '+84 912 345 678', '-Không', '@Lan'])('"%s" would become a formula', (text) => {
    expect(looksLikeFormula(text)).toBe(true);
  });

  it.each(['Nguyễn Văn An', ' =1', '9,5', '', "'=1"])('"%s" stays text', (text) => {
    expect(looksLikeFormula(text)).toBe(false);
  });
});

describe('escapeFormulaText', () => {
  it('flags a remark starting with = so the adapter forces text, and keeps the text unchanged', () => {
    expect(escapeFormulaText('=HYPERLINK("x")')).toEqual({ text: '=HYPERLINK("x")', forceText: true });
    expect(escapeFormulaText('Đồng ý')).toEqual({ text: 'Đồng ý', forceText: false });
  });

  it('flags exactly the texts starting with = + - @ (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const escaped = escapeFormulaText(text);
        expect(escaped.text).toBe(text);
        expect(escaped.forceText).toBe(['=', '+', '-', '@'].some((c) => text.startsWith(c)));
      }),
    );
  });
});
