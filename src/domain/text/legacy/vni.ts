/** VNI Windows text: a base letter followed by a byte for its shape and tone ("Vaên" = "Văn"). */
import { UNICODE_TO_VNI, VNI_TO_UNICODE } from './tables';

/** Reads text typed in a VNI font: "Nguyeãn Vaên An" -> "Nguyễn Văn An". Other characters pass. */
export function convertVniToUnicode(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    // A two-byte letter wins over reading its first byte alone ("ôù" is ớ, not ơ then ù).
    const pair = i + 1 < chars.length ? VNI_TO_UNICODE.get(chars[i] + chars[i + 1]) : undefined;
    if (pair !== undefined) {
      out += pair;
      i++;
    } else {
      out += VNI_TO_UNICODE.get(chars[i]) ?? chars[i];
    }
  }
  return out;
}

/** Unicode -> VNI Windows bytes, as a VNI-Times font would need them. */
export function convertUnicodeToVni(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) out += UNICODE_TO_VNI.get(char) ?? char;
  return out;
}
