/**
 * Request-size estimates. Excel on the web refuses a request over 5 MB; writes are grouped into syncs under a
 * 4 MB budget so the JSON envelope Office.js adds around our data still fits.
 */
export const SYNC_PAYLOAD_BUDGET = 4 * 1024 * 1024;
/** Largest single `formulas` assignment: big sheets are cut into row bands of about this size. */
export const BLOCK_PAYLOAD_TARGET = 1024 * 1024;
/** Per queued operation: object path, action ids and property names. */
export const OPERATION_OVERHEAD_BYTES = 200;

/** Bytes of the string in UTF-8, the request's encoding (Vietnamese letters take 2–3 bytes). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? '') + OPERATION_OVERHEAD_BYTES;
}
