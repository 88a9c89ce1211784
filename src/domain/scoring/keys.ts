/**
 * Keys (mã cán bộ, mã tổ) find a person's or a tổ's row on every sheet: MATCH(key, keys, 0) and
 * COUNTIFS(tổ keys, key, …). Excel reads `*`, `?` and `~` in a lookup value as wildcards, a leading
 * `<`, `>` or `=` in a criterion as an operator, and a criterion that reads as a number or a date as one;
 * so a key is letters, digits, `.`, `_` and `-`, starting with a letter or a digit, and a tổ key (a
 * COUNTIFS criterion) starts with a letter. Keys are compared without case, as MATCH and COUNTIF do.
 */

const SAFE_KEY = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;
const SAFE_TEAM_KEY = /^\p{L}[\p{L}\p{N}._-]*$/u;

export type KeyKind = 'person' | 'team';

const EXAMPLES: Record<KeyKind, string> = { person: 'GV01, BH2-004', team: 'to-1, TVP' };
const WHAT: Record<KeyKind, string> = { person: 'Mã cán bộ', team: 'Mã tổ' };

/** Why `key` cannot be a key, in Vietnamese, or undefined when it can. */
export function keyProblem(key: string, kind: KeyKind): string | undefined {
  const text = key.normalize('NFC');
  const rule = kind === 'team' ? SAFE_TEAM_KEY : SAFE_KEY;
  if (rule.test(text)) return undefined;
  const start = kind === 'team' ? 'bắt đầu bằng chữ cái' : 'bắt đầu bằng chữ cái hoặc chữ số';
  return (
    `${WHAT[kind]} "${key}" không dùng được làm mã: mã chỉ gồm chữ cái, chữ số, dấu chấm, gạch dưới, gạch ngang, ` +
    `${start}, không có dấu cách (ví dụ ${EXAMPLES[kind]}); các ký tự khác (* ? ~ < > = dấu cách…) làm công thức tìm nhầm dòng.`
  );
}

/** The key as Excel's MATCH and COUNTIF compare it: without case. */
export function keyMatch(key: string): string {
  return key.normalize('NFC').toLocaleUpperCase('vi');
}
