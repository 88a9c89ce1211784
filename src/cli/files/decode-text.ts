/**
 * The text of a JSON case file from its bytes: UTF-8 (with or without BOM), UTF-16 and UTF-32 (told by the
 * BOM, or by the NUL bytes around the first "{"). Bytes that are not UTF-8 are read one byte per character,
 * which is how TCVN3 and VNI text arrives; the caller then looks for legacy names.
 */

export type TextEncodingName =
  | 'utf-8'
  | 'utf-16le'
  | 'utf-16be'
  | 'utf-32le'
  | 'utf-32be'
  | '8-bit'
  /** UTF-8 with a few broken bytes (a bad copy): `text` has U+FFFD in their place. */
  | 'utf-8-damaged';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** For 'utf-8-damaged': how many characters could not be decoded. */
  damaged?: number;
}

/**
 * Bytes that are not valid UTF-8 are either a file in an 8-bit code page (TCVN3, VNI: many lone high bytes,
 * hardly any valid sequence) or a UTF-8 file damaged in a few places (many valid sequences, few bad ones).
 */
function notUtf8(body: Buffer): DecodedText {
  const lenient = body.toString('utf8');
  let bad = 0;
  let good = 0;
  for (const char of lenient) {
    if (char === '\uFFFD') bad++;
    else if (char.charCodeAt(0) > 0x7f) good++;
  }
  if (good > bad) return { text: lenient, encoding: 'utf-8-damaged', damaged: bad };
  return { text: body.toString('latin1'), encoding: '8-bit' };
}

function utf32(bytes: Buffer, littleEndian: boolean): string {
  const parts: string[] = [];
  for (let i = 0; i + 3 < bytes.length; i += 4) {
    const code = littleEndian ? bytes.readUInt32LE(i) : bytes.readUInt32BE(i);
    parts.push(code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD');
  }
  return parts.join('');
}

function utf16be(bytes: Buffer): string {
  const swapped = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
  swapped.swap16();
  return swapped.toString('utf16le');
}

function detect(bytes: Buffer): { encoding: TextEncodingName; bom: number } {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { encoding: 'utf-32le', bom: 4 };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { encoding: 'utf-32be', bom: 4 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', bom: 2 };
  // No BOM: JSON starts with an ASCII character, so the NULs beside it give the width and the order.
  if (bytes.length >= 4) {
    if (a !== 0 && b === 0 && c === 0 && d === 0) return { encoding: 'utf-32le', bom: 0 };
    if (a === 0 && b === 0 && c === 0 && d !== 0) return { encoding: 'utf-32be', bom: 0 };
  }
  if (bytes.length >= 2) {
    if (a !== 0 && b === 0) return { encoding: 'utf-16le', bom: 0 };
    if (a === 0 && b !== 0) return { encoding: 'utf-16be', bom: 0 };
  }
  return { encoding: 'utf-8', bom: 0 };
}

export function decodeText(bytes: Buffer): DecodedText {
  const { encoding, bom } = detect(bytes);
  const body = bytes.subarray(bom);
  switch (encoding) {
    case 'utf-32le':
    case 'utf-32be':
      return { text: utf32(body, encoding === 'utf-32le'), encoding };
    case 'utf-16le':
      return { text: body.toString('utf16le'), encoding };
    case 'utf-16be':
      return { text: utf16be(body), encoding };
    default:
      try {
        return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
      } catch {
        return notUtf8(body);
      }
  }
}
