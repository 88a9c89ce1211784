/**
 * Small helpers every scoring sheet builder shares: a growing cell grid, the house colours, print setup.
 */
import type { Cell, CellStyle, PageSetupSpec, StyledRange } from '../grid';

export const COLORS = {
  header: '#D9E1F2',
  section: '#FCE4D6',
  input: '#FFFFFF',
  formula: '#F2F2F2',
  notApplicable: '#BFBFBF',
  total: '#FFF2CC',
} as const;

export const TOTAL_FORMAT = '0.00';

/**
 * The title (A1), the note under it (A2) and the header band every scoring sheet opens with; `header`
 * adds to the band's style. Listed first, so later styles on the same cells win.
 */
export function headingStyles(headerRange: string, header: CellStyle = {}): StyledRange[] {
  return [
    { range: 'A1', style: { bold: true, fontSize: 14 } },
    { range: 'A2', style: { italic: true } },
    {
      range: headerRange,
      style: {
        bold: true,
        fill: COLORS.header,
        borders: true,
        wrapText: true,
        horizontalAlignment: 'center',
        ...header,
      },
    },
  ];
}

export class Grid {
  readonly cells: (Cell | undefined)[][] = [];

  set(row: number, col: number, cell: Cell): void {
    while (this.cells.length <= row) this.cells.push([]);
    this.cells[row][col] = cell;
  }

  value(row: number, col: number, value: string | number | boolean | null): void {
    this.set(row, col, { value });
  }

  formula(row: number, col: number, formula: string): void {
    this.set(row, col, { formula: formula.startsWith('=') ? formula : `=${formula}` });
  }
}

export function landscape(printTitleRows?: string): PageSetupSpec {
  return {
    orientation: 'landscape',
    paperSize: 'A4',
    margins: { top: 0.5, bottom: 0.5, left: 0.4, right: 0.4 },
    fitToWidth: true,
    ...(printTitleRows ? { printTitleRows } : {}),
  };
}
