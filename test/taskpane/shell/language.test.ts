import { chooseLanguage, dictionaries } from '../../../src/taskpane/i18n';

describe("the pane's language", () => {
  test('Vietnamese by default, English when Office shows English, Vietnamese for any other language', () => {
    expect(chooseLanguage(undefined)).toBe('vi');
    expect(chooseLanguage('vi-VN')).toBe('vi');
    expect(chooseLanguage('en-US')).toBe('en');
    expect(chooseLanguage('EN-gb')).toBe('en');
    expect(chooseLanguage('fr-FR')).toBe('vi');
  });

  test('the switch is named in the language it switches to', () => {
    expect(dictionaries.vi.switchLanguage).toBe('English');
    expect(dictionaries.en.switchLanguage).toBe('Tiếng Việt');
  });
});
