import {
  UNICODE_TO_TCVN3,
  UNICODE_TO_VNI,
  VIETNAMESE_LETTERS,
} from '../../../../src/domain/text/legacy/tables';

/**
 * TCVN3 byte of each letter, written out from GNU libiconv lib/tcvn.h (TCVN 5712:1993), independently of
 * the tables in src/, which are laid out by vowel and tone.
 */
const LIBICONV_TCVN3: Record<number, string> = {
  0xa1: 'Ă',
  0xa2: 'Â',
  0xa3: 'Ê',
  0xa4: 'Ô',
  0xa5: 'Ơ',
  0xa6: 'Ư',
  0xa7: 'Đ',
  0xa8: 'ă',
  0xa9: 'â',
  0xaa: 'ê',
  0xab: 'ô',
  0xac: 'ơ',
  0xad: 'ư',
  0xae: 'đ',
  0xb5: 'à',
  0xb6: 'ả',
  0xb7: 'ã',
  0xb8: 'á',
  0xb9: 'ạ',
  0xbb: 'ằ',
  0xbc: 'ẳ',
  0xbd: 'ẵ',
  0xbe: 'ắ',
  0xc6: 'ặ',
  0xc7: 'ầ',
  0xc8: 'ẩ',
  0xc9: 'ẫ',
  0xca: 'ấ',
  0xcb: 'ậ',
  0xcc: 'è',
  0xce: 'ẻ',
  0xcf: 'ẽ',
  0xd0: 'é',
  0xd1: 'ẹ',
  0xd2: 'ề',
  0xd3: 'ể',
  0xd4: 'ễ',
  0xd5: 'ế',
  0xd6: 'ệ',
  0xd7: 'ì',
  0xd8: 'ỉ',
  0xdc: 'ĩ',
  0xdd: 'í',
  0xde: 'ị',
  0xdf: 'ò',
  0xe1: 'ỏ',
  0xe2: 'õ',
  0xe3: 'ó',
  0xe4: 'ọ',
  0xe5: 'ồ',
  0xe6: 'ổ',
  0xe7: 'ỗ',
  0xe8: 'ố',
  0xe9: 'ộ',
  0xea: 'ờ',
  0xeb: 'ở',
  0xec: 'ỡ',
  0xed: 'ớ',
  0xee: 'ợ',
  0xef: 'ù',
  0xf1: 'ủ',
  0xf2: 'ũ',
  0xf3: 'ú',
  0xf4: 'ụ',
  0xf5: 'ừ',
  0xf6: 'ử',
  0xf7: 'ữ',
  0xf8: 'ứ',
  0xf9: 'ự',
  0xfa: 'ỳ',
  0xfb: 'ỷ',
  0xfc: 'ỹ',
  0xfd: 'ý',
  0xfe: 'ỵ',
};

/** VNI Windows spellings from VBKey's table (Modules/mdlCodeTable.bas), one per vowel family and case. */
const VBKEY_VNI: Record<string, string> = {
  ấ: 'aá',
  ẵ: 'aü',
  ặ: 'aë',
  ă: 'aê',
  ễ: 'eã',
  ỉ: 'æ',
  ĩ: 'ó',
  ị: 'ò',
  ộ: 'oä',
  ơ: 'ô',
  ớ: 'ôù',
  ư: 'ö',
  ự: 'öï',
  ỵ: 'î',
  đ: 'ñ',
  Ẫ: 'AÃ',
  Ằ: 'AÈ',
  Ệ: 'EÄ',
  Ỉ: 'Æ',
  Ĩ: 'Ó',
  Ị: 'Ò',
  Ơ: 'Ô',
  Ợ: 'ÔÏ',
  Ư: 'Ö',
  Ừ: 'ÖØ',
  Ỵ: 'Î',
  Đ: 'Ñ',
  Ý: 'YÙ',
};

describe('legacy code tables', () => {
  it('cover all 134 Vietnamese letters with marks, 67 lowercase and 67 capitals', () => {
    expect(VIETNAMESE_LETTERS).toHaveLength(134);
    expect(new Set(VIETNAMESE_LETTERS).size).toBe(134);
    expect(VIETNAMESE_LETTERS.every((c) => c === c.normalize('NFC') && c.length === 1)).toBe(true);
    for (const letter of VIETNAMESE_LETTERS) {
      expect(UNICODE_TO_TCVN3.has(letter)).toBe(true);
      expect(UNICODE_TO_VNI.has(letter)).toBe(true);
    }
  });

  it('give every TCVN3 letter the byte libiconv gives it', () => {
    for (const [byte, letter] of Object.entries(LIBICONV_TCVN3)) {
      expect([letter, UNICODE_TO_TCVN3.get(letter)]).toEqual([letter, String.fromCharCode(Number(byte))]);
    }
    expect(Object.keys(LIBICONV_TCVN3)).toHaveLength(74);
  });

  it('give toned capitals the lowercase TCVN3 code, as .VnTimeH fonts expect', () => {
    expect(UNICODE_TO_TCVN3.get('Ễ')).toBe(UNICODE_TO_TCVN3.get('ễ'));
    expect(UNICODE_TO_TCVN3.get('Ă')).not.toBe(UNICODE_TO_TCVN3.get('ă'));
  });

  it('spell VNI letters as VBKey does', () => {
    for (const [letter, code] of Object.entries(VBKEY_VNI))
      expect([letter, UNICODE_TO_VNI.get(letter)]).toEqual([letter, code]);
  });

  it('give different letters different VNI spellings', () => {
    expect(new Set(UNICODE_TO_VNI.values()).size).toBe(UNICODE_TO_VNI.size);
  });
});
