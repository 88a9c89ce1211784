import type { Style } from 'exceljs';
import { parseRangeAddress } from '../layout/a1';
import type { StyledRange } from '../layout/grid';
import { layerStyle } from './cell-style';

interface StyledRect {
  firstRow: number;
  firstCol: number;
  lastRow: number;
  lastCol: number;
  range: StyledRange;
}

/**
 * Every cell's final style, row by row, for the streaming writer: the sheet's ranges layered in order, as
 * applyCellStyle layers them on an in-memory sheet. Cells covered by the same ranges share one style object,
 * so ExcelJS finds their style id by identity instead of serialising each cell's style, and rows covered by
 * the same ranges share one row of styles (a 5,000-row score sheet has a handful of distinct rows).
 */
export class SheetStyles {
  private readonly rects: StyledRect[];
  private readonly byCells = new Map<string, Partial<Style>>();
  private readonly byRows = new Map<string, (Partial<Style> | undefined)[]>();
  /** Rows (0-based) up to which some range reaches, exclusive. */
  readonly rowCount: number;

  constructor(ranges: StyledRange[]) {
    this.rects = ranges.map((range) => ({ ...parseRangeAddress(range.range), range }));
    this.rowCount = this.rects.reduce((most, rect) => Math.max(most, rect.lastRow + 1), 0);
  }

  /** Styles of row r (0-based), indexed by 0-based column; undefined where no range reaches. */
  row(r: number): (Partial<Style> | undefined)[] {
    const active: number[] = [];
    this.rects.forEach((rect, i) => {
      if (rect.firstRow <= r && r <= rect.lastRow) active.push(i);
    });
    const signature = active.join(',');
    const cached = this.byRows.get(signature);
    if (cached) return cached;
    const width = active.reduce((most, i) => Math.max(most, this.rects[i].lastCol + 1), 0);
    const styles: (Partial<Style> | undefined)[] = new Array<Partial<Style> | undefined>(width);
    for (let c = 0; c < width; c++) {
      const covering = active.filter((i) => this.rects[i].firstCol <= c && c <= this.rects[i].lastCol);
      if (covering.length > 0) styles[c] = this.layered(covering);
    }
    this.byRows.set(signature, styles);
    return styles;
  }

  private layered(covering: number[]): Partial<Style> {
    const key = covering.join(',');
    let style = this.byCells.get(key);
    if (!style) {
      style = covering.reduce<Partial<Style>>(
        (previous, i) => layerStyle(previous, this.rects[i].range.style),
        {},
      );
      this.byCells.set(key, style);
    }
    return style;
  }
}
