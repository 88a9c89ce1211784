import { cellAddress } from '../layout/a1';
import type { SheetSpec } from '../layout/grid';
import { toFormulaInput, type FormulaInput } from './cell-input';
import { BLOCK_PAYLOAD_TARGET, jsonBytes } from './payload';
import type { QueuedWrite } from './write-queue';

interface Bounds {
  firstRow: number;
  firstCol: number;
  lastRow: number;
  lastCol: number;
}

/** The smallest rectangle holding every defined cell, or undefined for a sheet with no cells. */
export function definedBounds(cells: SheetSpec['cells']): Bounds | undefined {
  let bounds: Bounds | undefined;
  cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === undefined) return;
      if (!bounds) bounds = { firstRow: r, firstCol: c, lastRow: r, lastCol: c };
      bounds.firstRow = Math.min(bounds.firstRow, r);
      bounds.firstCol = Math.min(bounds.firstCol, c);
      bounds.lastRow = Math.max(bounds.lastRow, r);
      bounds.lastCol = Math.max(bounds.lastCol, c);
    }),
  );
  return bounds;
}

function inputRow(sheet: SheetSpec, r: number, bounds: Bounds): FormulaInput[] {
  const row = sheet.cells[r] ?? [];
  const inputs: FormulaInput[] = [];
  for (let c = bounds.firstCol; c <= bounds.lastCol; c++) {
    try {
      inputs.push(toFormulaInput(row[c]));
    } catch (error) {
      throw new RangeError(`Ô ${sheet.name}!${cellAddress(r, c)}: ${(error as Error).message}`);
    }
  }
  return inputs;
}

/**
 * The sheet's cells as `range.formulas` assignments: one per sheet (its defined rectangle), cut into row bands
 * only when one assignment would be too big for a request. Undefined cells go as null, which Office.js leaves
 * untouched.
 */
export function cellWrites(sheet: SheetSpec): QueuedWrite[] {
  const bounds = definedBounds(sheet.cells);
  if (!bounds) return [];
  const writes: QueuedWrite[] = [];
  let band: FormulaInput[][] = [];
  let bandStart = bounds.firstRow;
  let bandBytes = 0;
  const flush = () => {
    if (band.length === 0) return;
    const rows = band;
    const startRow = bandStart;
    writes.push({
      bytes: jsonBytes(rows),
      apply: (scope) => {
        const range = scope
          .sheet(sheet.name)
          .getRangeByIndexes(startRow, bounds.firstCol, rows.length, bounds.lastCol - bounds.firstCol + 1);
        range.formulas = rows;
      },
    });
    band = [];
    bandBytes = 0;
  };
  for (let r = bounds.firstRow; r <= bounds.lastRow; r++) {
    const row = inputRow(sheet, r, bounds);
    const rowBytes = jsonBytes(row);
    if (band.length > 0 && bandBytes + rowBytes > BLOCK_PAYLOAD_TARGET) flush();
    if (band.length === 0) bandStart = r;
    band.push(row);
    bandBytes += rowBytes;
  }
  flush();
  return writes;
}
