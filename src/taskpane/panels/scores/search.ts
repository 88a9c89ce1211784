/**
 * Searching names the way people type them: without accents ("nguyen thi ha" finds "Nguyễn Thị Hà"), in
 * any Unicode form (NFC or NFD) and any case. A word typed with accents must match them ("Hà" does not
 * find "Hạ"), so a user who types them gets exactly what they asked for.
 */

function plain(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

function folded(text: string): string {
  return plain(text).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').normalize('NFC');
}

/** The text a person is found by (name and code), kept as typed but lower-cased and NFC. */
export function searchKey(text: string): string {
  return plain(text);
}

/** Every word of the query appears in the key, in any order; accents count only when typed. */
export function matchesSearch(key: string, query: string): boolean {
  const words = plain(query).split(' ').filter(Boolean);
  const keyFolded = folded(key);
  return words.every((word) => (folded(word) === word ? keyFolded.includes(word) : key.includes(word)));
}
