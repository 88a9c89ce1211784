/**
 * Keys the import makes up (a new tổ's mã from its name, a new person's mã from a prefix and a serial).
 * They end up in MATCH and COUNTIFS on every sheet, so they keep to what `keyProblem` accepts: ASCII letters,
 * digits and `-`, a tổ's starting with a letter, and none equal without case to a key already taken.
 */
import { keyMatch, keyProblem, type KeyKind } from '../scoring/keys';
import { foldKey } from './fold';

/** Letters and digits of `text` without diacritics, joined by "-": "Tổ Tiếng Anh – Tin học" → "to-tieng-anh-tin-hoc". */
function slug(text: string): string {
  return foldKey(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `base`, or `base-2`, `base-3`… : the first that no key in `taken` equals without case. */
export function uniqueKey(base: string, taken: ReadonlySet<string>): string {
  const used = new Set([...taken].map(keyMatch));
  let key = base;
  for (let n = 2; used.has(keyMatch(key)); n++) key = `${base}-${n}`;
  return key;
}

/** A mã tổ for a new tổ named `name`: "Tổ 1" → "to-1", "2021" → "to-2021", "***" → "to". */
export function newTeamKey(name: string, taken: ReadonlySet<string>): string {
  const base = slug(name);
  return uniqueKey(/^[a-z]/.test(base) ? base : base === '' ? 'to' : `to-${base}`, taken);
}

/** The prefix for made-up keys: the one given when a key built on it is safe, else `fallback`. */
export function safeKeyPrefix(
  prefix: string | undefined,
  fallback: string,
  kind: KeyKind = 'person',
): string {
  return prefix !== undefined && keyProblem(`${prefix}001`, kind) === undefined ? prefix : fallback;
}
