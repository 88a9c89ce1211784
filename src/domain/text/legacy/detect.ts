/**
 * Which encoding was this text typed in? The font name settles it when known (.Vn* fonts are TCVN3,
 * VNI-* fonts are VNI). Without it, each reading (as is, as TCVN3, as VNI) is scored by how many of its
 * words are Vietnamese syllables; Unicode wins ties, so readable text is never "converted".
 */
import { isVietnameseSyllable } from './syllable';
import { convertTcvn3ToUnicode } from './tcvn3';
import { convertVniToUnicode } from './vni';

export type TextEncoding = 'tcvn3' | 'vni' | 'unicode';

/** Letters only Unicode Vietnamese has (ă đ ĩ ũ ơ ư and the U+1EA0 block) or combining tone marks. */
const UNICODE_ONLY_LETTERS =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/;
const COMBINING_MARKS = /\p{M}/u;
/** Latin-1 range the legacy encodings live in. */
const LATIN1_HIGH = /[\u00A1-\u00FF]/;

/** The encoding a font implies: '.VnTime', '.VnArialH' -> tcvn3; 'VNI-Times' -> vni; others -> null. */
export function fontEncoding(fontName: string | undefined): Exclude<TextEncoding, 'unicode'> | null {
  const name = (fontName ?? '').trim();
  if (/^vni[-_ ]/i.test(name)) return 'vni';
  if (/^\.?vn/i.test(name)) return 'tcvn3';
  return null;
}

/** .VnTimeH, .VnArialH…: TCVN3 fonts that draw every letter as a capital. */
export function isAllCapsTcvn3Font(fontName: string | undefined): boolean {
  const name = (fontName ?? '').trim();
  return fontEncoding(name) === 'tcvn3' && /H$/.test(name);
}

/** Syllables that read as Vietnamese count for, words with stray marks or non-syllables against. */
function plausibility(text: string): number {
  let score = 0;
  for (const word of text.split(/[^\p{L}\p{M}\u00AD]+/u)) {
    if (/^[A-Za-z]*$/.test(word)) continue;
    score += isVietnameseSyllable(word) ? 1 : -1;
  }
  // Symbols such as ¸ ¨ § left over mean the reading is wrong.
  score -= (text.match(/[\u00A1-\u00BF\u00D7\u00F7]/g) ?? []).length;
  return score;
}

/** Encoding of a text (or of several cells read together, which is more reliable than one short name). */
export function detectLegacyEncoding(text: string | readonly string[], fontName?: string): TextEncoding {
  const byFont = fontEncoding(fontName);
  if (byFont !== null) return byFont;
  const all = typeof text === 'string' ? text : text.join('\n');
  if (!LATIN1_HIGH.test(all) || UNICODE_ONLY_LETTERS.test(all) || COMBINING_MARKS.test(all)) return 'unicode';
  const asIs = plausibility(all);
  const tcvn3 = plausibility(convertTcvn3ToUnicode(all, { uppercase: false }));
  const vni = plausibility(convertVniToUnicode(all));
  if (asIs >= tcvn3 && asIs >= vni) return 'unicode';
  return tcvn3 >= vni ? 'tcvn3' : 'vni';
}

/** Readable Unicode (NFC) from text in any of the three encodings; Unicode text comes back unchanged. */
export function toUnicode(text: string, fontName?: string): string {
  switch (detectLegacyEncoding(text, fontName)) {
    case 'tcvn3':
      return convertTcvn3ToUnicode(text, {
        uppercase: isAllCapsTcvn3Font(fontName) ? true : 'auto',
      }).normalize('NFC');
    case 'vni':
      return convertVniToUnicode(text).normalize('NFC');
    case 'unicode':
      return text;
  }
}
