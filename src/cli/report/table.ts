/** Plain-text tables for the terminal: columns padded to the widest cell (names are NFC, one char each). */
export function textTable(
  headers: string[],
  rows: (string | number)[][],
  alignRight: boolean[] = [],
): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, c) => Math.max(...cells.map((row) => [...(row[c] ?? '')].length)));
  const pad = (text: string, c: number) => {
    const gap = ' '.repeat(widths[c] - [...text].length);
    return alignRight[c] ? gap + text : text + gap;
  };
  const line = (row: string[]) =>
    row
      .map((cell, c) => pad(cell, c))
      .join('  ')
      .trimEnd();
  return [line(cells[0]), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join(
    '\n',
  );
}
