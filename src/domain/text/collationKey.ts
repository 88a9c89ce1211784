/**
 * An explicit Vietnamese collation, used when the runtime's Intl.Collator('vi') does not order letters
 * and tones the Vietnamese way (small-ICU builds, some WebViews fall back to root collation, which puts
 * "đ" after "z" and tones in Unicode order). Three levels like ICU: base letter, then tone, then case.
 */

/** Vietnamese alphabet order; ASCII letters absent from it (f, j, w, z) sit where Latin puts them. */
const ALPHABET = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
/**
 * Tone order: ngang, huyền, hỏi, ngã, sắc, nặng. Marks not listed (breve, circumflex, horn) make a new
 * letter (ă â ê ô ơ ư) and stay with the base.
 */
const TONES: Record<string, number> = { '\u0300': 1, '\u0309': 2, '\u0303': 3, '\u0301': 4, '\u0323': 5 };

interface CharWeight {
  primary: number;
  tone: number;
  upper: number;
}

const letterRank = new Map([...ALPHABET].map((letter, i) => [letter, i]));
/** Spaces and punctuation before digits, digits before letters, anything else after letters. */
const DIGIT_BASE = 1000;
const LETTER_BASE = 2000;
const OTHER_BASE = 3000;

function weigh(char: string): CharWeight {
  const decomposed = char.normalize('NFD');
  let base = '';
  let tone = 0;
  for (const part of decomposed) {
    if (TONES[part] !== undefined) tone = TONES[part];
    else base += part;
  }
  const composed = base.normalize('NFC');
  const lower = composed.toLowerCase();
  const upper = composed !== lower ? 1 : 0;
  const rank = letterRank.get(lower);
  if (rank !== undefined) return { primary: LETTER_BASE + rank, tone, upper };
  if (/^\d$/.test(lower)) return { primary: DIGIT_BASE + Number(lower), tone, upper };
  const code = lower.codePointAt(0) ?? 0;
  if (/^[\s\p{P}\p{S}]$/u.test(lower)) return { primary: code % DIGIT_BASE, tone, upper };
  return { primary: OTHER_BASE + code, tone, upper };
}

/** Weights of each letter of an NFC string (one entry per precomposed letter). */
function weights(text: string): CharWeight[] {
  const out: CharWeight[] = [];
  // Group a base with its combining marks so NFD input weighs like NFC input.
  for (const cluster of text.normalize('NFC').match(/\P{M}\p{M}*/gu) ?? []) {
    out.push(weigh(cluster.normalize('NFC')));
  }
  return out;
}

function compareLevel(a: CharWeight[], b: CharWeight[], level: keyof CharWeight): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i][level] !== b[i][level]) return a[i][level] < b[i][level] ? -1 : 1;
  }
  return level === 'primary' ? Math.sign(a.length - b.length) : 0;
}

/** Vietnamese order of two strings without Intl: letters first, then tones, then lower before upper case. */
export function compareVietnameseFallback(a: string, b: string): number {
  const wa = weights(a);
  const wb = weights(b);
  return compareLevel(wa, wb, 'primary') || compareLevel(wa, wb, 'tone') || compareLevel(wa, wb, 'upper');
}
