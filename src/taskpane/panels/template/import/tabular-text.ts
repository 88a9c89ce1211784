/**
 * Cells copied from Excel arrive as tab-separated lines. A cell holding a line break, a tab or a double
 * quote is wrapped in double quotes with inner quotes doubled, so a plain split would cut it apart.
 */
import type { ImportGrid } from '../../../../domain/import';

export function parseTabSeparated(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const source = text.replace(/\r\n?/g, '\n');
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  while (i < source.length) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell === '') quoted = true;
    else if (ch === '\t') endCell();
    else if (ch === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else cell += ch;
    i++;
  }
  if (cell !== '' || row.length > 0) {
    endCell();
    rows.push(row);
  }
  // Excel ends a copy with a line break; blank lines at the end are no rows.
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c.trim() === '')) rows.pop();
  return rows;
}

/** Text cells as an import grid: blanks become null so the importers see empty cells. */
export function textGrid(rows: readonly (readonly string[])[]): ImportGrid {
  return rows.map((row) => row.map((cell) => (cell.trim() === '' ? null : cell)));
}
