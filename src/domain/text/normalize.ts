/**
 * Names typed on macOS or some Vietnamese keyboards arrive decomposed (NFD), pasted names carry NBSP or
 * zero-width characters from web pages and Word: the same person then fails to match (DOMAIN.md §9).
 */

/**
 * Zero-width space/joiners, word joiner and BOM: invisible, never part of a name. The soft hyphen U+00AD
 * is kept: in TCVN3 text it is the letter "ư", so legacy conversion must see it.
 */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
/** NBSP and the other Unicode spaces; they become an ordinary space before whitespace is collapsed. */
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/** A cell that holds nothing: empty, or text of spaces only. Numbers and TRUE/FALSE are never blank. */
export function isBlankCell(value: string | number | boolean | null | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** NFC, invisible characters removed, every run of whitespace made one space, trimmed. Case is kept. */
export function normalizeName(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(ODD_SPACES, ' ').replace(/\s+/g, ' ').trim();
}

/** The form two names are compared in: normalised and lower-cased with Vietnamese rules. */
export function nameMatchKey(text: string): string {
  return normalizeName(text).toLocaleLowerCase('vi');
}

/** Same person's name? Ignores Unicode form, spacing and case; diacritics still count (Hà ≠ Hạ). */
export function namesEqual(a: string, b: string): boolean {
  return nameMatchKey(a) === nameMatchKey(b);
}
