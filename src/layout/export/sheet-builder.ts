/**
 * Builds one printable SheetSpec row by row. Styles are resolved per cell and emitted as non-overlapping
 * ranges: the grid contract does not say how an adapter combines two ranges that style the same cell, so
 * every cell's full style (font included) is stated exactly once.
 */
import { rangeAddress } from '../a1';
import type { Cell, CellStyle, CellValue, PageSetupSpec, SheetSpec, StyledRange } from '../grid';
import { BASE_STYLE } from './page';

interface Rect {
  firstRow: number;
  lastRow: number;
  firstCol: number;
  lastCol: number;
}

function styleKey(style: CellStyle): string {
  const entries = Object.entries(style).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}

export class SheetBuilder {
  private readonly rows: (Cell | undefined)[][] = [];
  private readonly cellStyles = new Map<string, CellStyle>();
  private readonly mergeRects: Rect[] = [];

  constructor(readonly columnWidths: number[]) {}

  get columnCount(): number {
    return this.columnWidths.length;
  }

  get lastColumn(): number {
    return this.columnWidths.length - 1;
  }

  /** Index of the row the next addRow() returns. */
  get rowCount(): number {
    return this.rows.length;
  }

  /** Width in points of columns first…last. */
  width(firstCol: number, lastCol: number): number {
    return this.columnWidths.slice(firstCol, lastCol + 1).reduce((sum, w) => sum + w, 0);
  }

  addRow(): number {
    this.rows.push(new Array<Cell | undefined>(this.columnCount).fill(undefined));
    return this.rows.length - 1;
  }

  addBlankRows(count: number): void {
    for (let i = 0; i < count; i++) this.addRow();
  }

  set(row: number, col: number, value: CellValue): void {
    while (this.rows.length <= row) this.addRow();
    if (col < 0 || col >= this.columnCount) throw new RangeError(`Cột ${col} nằm ngoài bảng.`);
    this.rows[row][col] = value === null ? undefined : { value };
  }

  /** Adds `style` to every cell of the rectangle; later calls override earlier ones property by property. */
  style(firstRow: number, firstCol: number, lastRow: number, lastCol: number, style: CellStyle): void {
    for (let r = firstRow; r <= lastRow; r++) {
      for (let c = firstCol; c <= lastCol; c++) {
        const key = `${r}:${c}`;
        this.cellStyles.set(key, { ...this.cellStyles.get(key), ...style });
      }
    }
  }

  merge(firstRow: number, firstCol: number, lastRow: number, lastCol: number): void {
    if (firstRow === lastRow && firstCol === lastCol) return;
    this.mergeRects.push({ firstRow, firstCol, lastRow, lastCol });
  }

  /** A value in the first cell of columns first…last of `row`, merged and styled across them. */
  spanned(row: number, firstCol: number, lastCol: number, value: CellValue, style: CellStyle = {}): void {
    this.set(row, firstCol, value);
    this.merge(row, firstCol, row, lastCol);
    this.style(row, firstCol, row, lastCol, style);
  }

  build(name: string, pageSetup: PageSetupSpec, tabColor?: string): SheetSpec {
    return {
      name,
      cells: this.rows.map((row) => [...row]),
      columnWidths: [...this.columnWidths],
      styles: this.styledRanges(),
      merges: this.mergeRects.map((m) => rangeAddress(m.firstRow, m.firstCol, m.lastRow, m.lastCol)),
      pageSetup,
      ...(tabColor ? { tabColor } : {}),
    };
  }

  /** Runs of equal style along each row, joined downwards into rectangles where rows repeat. */
  private styledRanges(): StyledRange[] {
    const done: { rect: Rect; style: CellStyle }[] = [];
    let open = new Map<string, { rect: Rect; style: CellStyle }>();
    for (let r = 0; r < this.rows.length; r++) {
      const next = new Map<string, { rect: Rect; style: CellStyle }>();
      let c = 0;
      while (c < this.columnCount) {
        const style = this.resolved(r, c);
        const key = styleKey(style);
        let end = c;
        while (end + 1 < this.columnCount && styleKey(this.resolved(r, end + 1)) === key) end++;
        const runKey = `${c}:${end}:${key}`;
        const above = open.get(runKey);
        if (above) {
          above.rect.lastRow = r;
          next.set(runKey, above);
        } else {
          const entry = { rect: { firstRow: r, lastRow: r, firstCol: c, lastCol: end }, style };
          done.push(entry);
          next.set(runKey, entry);
        }
        c = end + 1;
      }
      open = next;
    }
    return done.map(({ rect, style }) => ({
      range: rangeAddress(rect.firstRow, rect.firstCol, rect.lastRow, rect.lastCol),
      style,
    }));
  }

  private resolved(row: number, col: number): CellStyle {
    return { ...BASE_STYLE, ...this.cellStyles.get(`${row}:${col}`) };
  }
}
