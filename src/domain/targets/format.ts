/**
 * Number and date text for messages: decimal comma (9,15; 70,49%) and dd/mm/yyyy, as Vietnamese users
 * read them. Display only; decisions never compare these strings.
 */

/** 9.15 → "9,15"; 9 → "9"; at most `decimals` decimals, trailing zeros dropped. */
export function formatDecimal(value: number, decimals = 2): string {
  const fixed = value.toFixed(decimals);
  const trimmed = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  return trimmed.replace('.', ',');
}

/** part / whole as "70,49%" (two decimals, as on the vote sheets); "0%" for an empty whole. */
export function formatPercent(part: number, whole: number): string {
  if (whole === 0) return '0%';
  return `${(Math.round((part * 10000) / whole) / 100).toFixed(2).replace('.', ',')}%`;
}

/** "2021-05-28" → "28/05/2021". */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
