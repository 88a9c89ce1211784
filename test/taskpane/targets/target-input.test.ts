import { parseTargetInput } from '../../../src/taskpane/panels/targets/target-input';

describe('the number typed for a target', () => {
  it.each([
    ['9', 9],
    [' 61 ', 61],
    ['0', 0],
  ])('"%s" is the whole number %d', (text, value) => {
    expect(parseTargetInput(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', /Hãy nhập số chỉ tiêu/],
    ['chín', /"chín" không phải là số/],
    ['9,5', /phải là số nguyên; "9,5" có phần lẻ/],
    ['-1', /không thể âm \(-1\)/],
    ['100001', /quá lớn/],
  ])('"%s" is refused, saying what is wrong', (text, message) => {
    const parsed = parseTargetInput(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});
