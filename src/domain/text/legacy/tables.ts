/**
 * Code tables of the two legacy Vietnamese 8-bit encodings still found in school sheets. Both put their
 * bytes in Windows-1252 positions 0xA1-0xFF, which are the same code points in Unicode, so a byte is
 * simply the character with that code.
 *
 * Sources, checked entry by entry against each other:
 * - TCVN 5712:1993 as implemented by GNU libiconv (lib/tcvn.h); TCVN3/ABC (.VnTime) is its VN3 subset:
 *   the 67 lowercase letters and the 7 uppercase base letters Ă Â Ê Ô Ơ Ư Đ.
 * - VBKey (khiemdoan/VBKey, Modules/mdlCodeTable.bas) TCVN3 and VNI Windows tables.
 */

/** The 12 vowels, each followed by its 5 toned forms, make 72 letters; with đ, 73 lowercase letters. */
export const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;
/** ngang, huyền, hỏi, ngã, sắc, nặng: the column order of the rows below. */
export const TONE_MARKS = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const;

/** TCVN3 code of each vowel in each tone (lowercase; .VnTimeH shows the same codes as capitals). */
const TCVN3_ROWS: Record<(typeof VOWELS)[number], string> = {
  a: 'a µ ¶ · ¸ ¹',
  ă: '¨ » ¼ ½ ¾ Æ',
  â: '© Ç È É Ê Ë',
  e: 'e Ì Î Ï Ð Ñ',
  ê: 'ª Ò Ó Ô Õ Ö',
  i: 'i × Ø Ü Ý Þ',
  o: 'o ß á â ã ä',
  ô: '« å æ ç è é',
  ơ: '¬ ê ë ì í î',
  u: 'u ï ñ ò ó ô',
  ư: '\u00AD õ ö ÷ ø ù',
  y: 'y ú û ü ý þ',
};
/** Uppercase letters TCVN3 has codes for; the toned capitals share the lowercase codes. */
const TCVN3_UPPER: Record<string, string> = { Ă: '¡', Â: '¢', Ê: '£', Ô: '¤', Ơ: '¥', Ư: '¦', Đ: '§' };

/** VNI Windows: base letter followed by a tone/shape byte, or one byte for i-tones, ỵ, ơ, ư, đ. */
const VNI_ROWS: Record<(typeof VOWELS)[number], string> = {
  a: 'a aø aû aõ aù aï',
  ă: 'aê aè aú aü aé aë',
  â: 'aâ aà aå aã aá aä',
  e: 'e eø eû eõ eù eï',
  ê: 'eâ eà eå eã eá eä',
  i: 'i ì æ ó í ò',
  o: 'o oø oû oõ où oï',
  ô: 'oâ oà oå oã oá oä',
  ơ: 'ô ôø ôû ôõ ôù ôï',
  u: 'u uø uû uõ uù uï',
  ư: 'ö öø öû öõ öù öï',
  y: 'y yø yû yõ yù î',
};
const VNI_D = 'ñ';

/** Plain vowels a e i o u y are the same in every encoding and stay out of the maps. */
function isAscii(char: string): boolean {
  return /^[\x20-\x7E]$/.test(char);
}

function letter(vowel: string, tone: string): string {
  return (vowel + tone).normalize('NFC');
}

function rows(table: Record<string, string>): [string, string][] {
  const pairs: [string, string][] = [];
  for (const vowel of VOWELS) {
    table[vowel].split(' ').forEach((code, i) => pairs.push([letter(vowel, TONE_MARKS[i]), code]));
  }
  return pairs;
}

/** All 134 Vietnamese letters that are not plain ASCII or that carry marks, lowercase then uppercase. */
export const VIETNAMESE_LETTERS: readonly string[] = (() => {
  const lower = [...VOWELS.flatMap((v) => TONE_MARKS.map((t) => letter(v, t))), 'đ'].filter(
    (c) => !/^[a-z]$/.test(c),
  );
  return [...lower, ...lower.map((c) => c.toUpperCase())];
})();

/** Unicode letter -> TCVN3 code, for all 134 letters (capitals with tones fall back to the lowercase code). */
export const UNICODE_TO_TCVN3: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [uni, code] of rows(TCVN3_ROWS)) {
    if (isAscii(uni)) continue;
    map.set(uni, code);
    map.set(uni.toUpperCase(), TCVN3_UPPER[uni.toUpperCase()] ?? code);
  }
  map.set('đ', '®');
  map.set('Đ', TCVN3_UPPER['Đ']);
  return map;
})();

/** TCVN3 code -> Unicode letter: the 67 lowercase codes and the 7 uppercase ones. */
export const TCVN3_TO_UNICODE: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [uni, code] of rows(TCVN3_ROWS)) if (!isAscii(uni)) map.set(code, uni);
  map.set('®', 'đ');
  for (const [uni, code] of Object.entries(TCVN3_UPPER)) map.set(code, uni);
  return map;
})();

/** Unicode letter -> VNI byte sequence, all 134 letters. */
export const UNICODE_TO_VNI: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [uni, code] of [...rows(VNI_ROWS), ['đ', VNI_D] as [string, string]]) {
    if (isAscii(uni)) continue;
    map.set(uni, code);
    map.set(uni.toUpperCase(), code.toUpperCase());
  }
  return map;
})();

/**
 * VNI sequence -> Unicode letter. Also accepts a tone byte whose case differs from its base ("Aù"), which
 * appears when Shift was held for the base letter only; the base letter decides the case.
 */
export const VNI_TO_UNICODE: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [uni, code] of UNICODE_TO_VNI) map.set(code, uni);
  for (const [uni, code] of UNICODE_TO_VNI) {
    if (code.length !== 2) continue;
    const swapped =
      code[0] + (code[1] === code[1].toLowerCase() ? code[1].toUpperCase() : code[1].toLowerCase());
    if (!map.has(swapped)) map.set(swapped, uni);
  }
  return map;
})();
