/**
 * Is a word a possible Vietnamese syllable? Used only to judge which reading of garbled text makes sense
 * (legacy encoding detection), so it checks shape and tone position, not dictionary membership.
 */

const TONE = /^[\u0300\u0301\u0303\u0309\u0323]$/;
const INITIAL = '(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?';
// prettier-ignore
const NUCLEI = [
  'iêu', 'yêu', 'oai', 'oay', 'oao', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'uya', 'uyê', 'uyu',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'ôi', 'ơi', 'oo',
  'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'ưa', 'ưi', 'ươ', 'ưu', 'uy', 'yê',
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
];
const FINAL = '(ch|ng|nh|[cmnpt])?';
const SYLLABLE = new RegExp(`^${INITIAL}(${NUCLEI.join('|')})${FINAL}$`);

/** Open two-vowel nuclei ending in a glide take the tone on the first vowel: mái, lẽo, mùa. */
const TONE_FIRST = new Set(['ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oi', 'ôi', 'ơi']);
const TONE_FIRST_MORE = new Set(['ua', 'ui', 'ưa', 'ưi', 'ưu', 'oo']);
/** Medial o/u: old style hòa, thúy and new style hoà, thuý are both in use. */
const TONE_EITHER = new Set(['oa', 'oe', 'uy', 'uê', 'uơ', 'oă', 'uâ']);

/** Positions in the nucleus where its tone may sit. */
function tonePositions(nucleus: string, hasFinal: boolean): number[] {
  if (nucleus.length === 1) return [0];
  if (hasFinal) return [nucleus.length - 1];
  if (TONE_FIRST.has(nucleus) || TONE_FIRST_MORE.has(nucleus)) return [0];
  if (TONE_EITHER.has(nucleus)) return [0, 1];
  return [1];
}

/** Nuclei ending in a glide (or written with a for ia/ua/ưa) never take a final consonant. */
const NEVER_FINAL = new Set([
  ...TONE_FIRST,
  ...TONE_FIRST_MORE,
  ...['iêu', 'yêu', 'oai', 'oay', 'oao', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'uya', 'uyu'],
]);
NEVER_FINAL.delete('oo');
/** Nuclei that only occur closed by a final consonant: ăn, ân, tiên, muôn, được, khuyên. */
const ALWAYS_FINAL = new Set(['ă', 'â', 'iê', 'yê', 'uô', 'ươ', 'uyê', 'oă', 'uâ', 'oo']);

export function isVietnameseSyllable(word: string): boolean {
  let bare = '';
  let toneAt = -1;
  let tone = '';
  let letters = 0;
  for (const char of word.normalize('NFD').toLocaleLowerCase('vi')) {
    if (TONE.test(char)) {
      if (toneAt !== -1 || letters === 0) return false;
      toneAt = letters - 1;
      tone = char;
    } else {
      if (!/\p{M}/u.test(char)) letters++;
      bare += char;
    }
  }
  const match = SYLLABLE.exec(bare.normalize('NFC'));
  if (match === null) return false;
  const hasFinal = match[3] !== undefined;
  if (hasFinal ? NEVER_FINAL.has(match[2]) : ALWAYS_FINAL.has(match[2])) return false;
  // Syllables closed by p, t, c, ch carry only sắc or nặng: "học", "tết", never "hòc".
  if (/^(?:ch|[ptc])$/.test(match[3] ?? '') && tone !== '\u0301' && tone !== '\u0323') return false;
  if (toneAt === -1) return true;
  const nucleusStart = (match[1] ?? '').length;
  return tonePositions(match[2], hasFinal).includes(toneAt - nucleusStart);
}
