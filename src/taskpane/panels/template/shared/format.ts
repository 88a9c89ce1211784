/** Numbers as the pane shows them: decimal comma, no trailing zeros ("9,5", "100"). */
export function showNumber(value: number | undefined | null): string {
  if (value === undefined || value === null || !Number.isFinite(value)) return '';
  return String(value).replace('.', ',');
}
