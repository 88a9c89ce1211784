/**
 * TCVN3 (ABC) text: each Vietnamese letter is one byte, shown right only in .Vn* fonts. .VnTimeH-style
 * fonts draw every letter as a capital, so the same codes mean capitals there.
 */
import { TCVN3_TO_UNICODE, UNICODE_TO_TCVN3 } from './tables';

export interface Tcvn3Options {
  /**
   * true: the text was shown in an all-capitals font (.VnTimeH), make every letter a capital.
   * false: keep the case the codes have. 'auto' (default): capitalise the whole text when all its ASCII
   * letters are capitals ("Lª V¡N AN" -> "LÊ VĂN AN"), else each word with at least two ASCII letters, all
   * capitals ("TRÇN" -> "TRẦN"): TCVN3 has no codes for toned capitals, so such text was meant in capitals.
   */
  uppercase?: boolean | 'auto';
}

function isShouted(text: string): boolean {
  const ascii = text.replace(/[^A-Za-z]/g, '');
  return ascii.length >= 2 && ascii === ascii.toUpperCase();
}

function capitaliseShoutedWords(decoded: string, original: string): string {
  if (isShouted(original)) return decoded.toLocaleUpperCase('vi');
  // Decoding maps one character to one character, so word boundaries line up with the original.
  const words = original.split(/(\s+)/);
  let at = 0;
  return words
    .map((word) => {
      const out = decoded.slice(at, at + word.length);
      at += word.length;
      return isShouted(word) ? out.toLocaleUpperCase('vi') : out;
    })
    .join('');
}

/** Reads text typed in a TCVN3/ABC font: "NguyÔn V¨n An" -> "Nguyễn Văn An". Other characters pass. */
export function convertTcvn3ToUnicode(text: string, options: Tcvn3Options = {}): string {
  const uppercase = options.uppercase ?? 'auto';
  let decoded = '';
  for (const char of text) decoded += TCVN3_TO_UNICODE.get(char) ?? char;
  if (uppercase === true) return decoded.toLocaleUpperCase('vi');
  if (uppercase === 'auto') return capitaliseShoutedWords(decoded, text);
  return decoded;
}

/**
 * Unicode -> TCVN3 codes, as a .VnTime font would need them. Capitals with tones have no code of their own
 * and get the lowercase one (shown as capitals only in .VnTimeH fonts).
 */
export function convertUnicodeToTcvn3(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) out += UNICODE_TO_TCVN3.get(char) ?? char;
  return out;
}
