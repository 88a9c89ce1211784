/**
 * The rectangle an import reads, wherever it came from: text pasted into the pane (not in the workbook, so
 * its cells cannot be selected) or the range selected in a sheet (its messages name real cells).
 */
import type { FontGrid, GridOrigin, ImportGrid } from '../../../../domain/import';
import { toUnicode } from '../../../../domain/text';
import type { SelectionRead } from '../../../../excel/operations/scoring-selection';
import { parseTabSeparated, textGrid } from './tabular-text';

export interface ImportSource {
  grid: ImportGrid;
  origin: GridOrigin;
  /** The sheet's name, or a name for the pasted text, as messages quote it. */
  sheet: string;
  fonts?: FontGrid;
  /** True when the cells are in the workbook and an issue's cell can be selected. */
  inWorkbook: boolean;
  /** "B3:J64" for a selection. */
  address?: string;
}

/** Pasted text; `name` is how messages call it ("Dữ liệu dán"). */
export function sourceFromText(text: string, name: string): ImportSource {
  return {
    grid: textGrid(parseTabSeparated(text)),
    origin: { row: 0, column: 0 },
    sheet: name,
    inWorkbook: false,
  };
}

export function sourceFromSelection(read: SelectionRead): ImportSource {
  const source: ImportSource = {
    grid: read.values,
    origin: read.origin,
    sheet: read.sheet,
    inWorkbook: true,
    address: read.address,
  };
  if (read.font) {
    const font = read.font;
    source.fonts = read.values.map((row) => row.map(() => font));
  }
  return source;
}

/** The first data row's value of each column, to help the user recognise it. */
export function exampleValues(grid: ImportGrid, headerRows: number): string[] {
  const width = grid.reduce((w, row) => Math.max(w, row.length), 0);
  return Array.from({ length: width }, (_, column) => {
    for (let row = headerRows; row < grid.length; row++) {
      const value = grid[row]?.[column];
      if (value !== null && value !== undefined && String(value).trim() !== '') {
        return typeof value === 'number'
          ? String(value).replace('.', ',')
          : String(value).normalize('NFC').trim();
      }
    }
    return '';
  });
}

/**
 * The grid as the user reads it, legacy-font text (TCVN3, VNI) turned into Unicode: for recognising
 * headers and showing examples. The importers read the raw grid and fonts themselves, and report each
 * conversion.
 */
export function readableGrid(source: ImportSource): ImportGrid {
  return source.grid.map((row, r) =>
    row.map((cell, c) => (typeof cell === 'string' ? toUnicode(cell, source.fonts?.[r]?.[c]) : cell)),
  );
}
