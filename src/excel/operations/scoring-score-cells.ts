/**
 * Writes imported scores into the round sheets' input cells in at most two syncs: one to read what the
 * cells hold now, one to write. A cell that already holds a different value is never overwritten unless
 * the caller says so: with `ifFilled: 'ask'` nothing is written and the filled cells come back, so the
 * pane can ask and call again with 'overwrite' or 'skip'.
 */
import { cellAddress } from '../../layout/a1';
import { noteWorkbookWrite } from '../write-events';

import type { IfFilled, ScoreCellWrite } from '../../layout/workbook/patches';

export type { IfFilled, ScoreCellWrite };

export interface FilledCell {
  sheet: string;
  address: string;
  /** What the cell holds now, as Excel gives it. */
  current: string | number | boolean;
  value: number;
}

export interface WriteScoreCellsResult {
  /** Cells written. */
  written: number;
  /** Cells that already held exactly the value: left as they are. */
  unchanged: number;
  /** Cells holding another value: asked about ('ask'), overwritten ('overwrite') or left ('skip'). */
  filled: FilledCell[];
  /** False when nothing was written because filled cells need an answer. */
  done: boolean;
}

interface Box {
  firstRow: number;
  firstCol: number;
  lastRow: number;
  lastCol: number;
}

function boxes(writes: readonly ScoreCellWrite[]): Map<string, Box> {
  const result = new Map<string, Box>();
  for (const w of writes) {
    const box = result.get(w.sheet);
    if (!box) result.set(w.sheet, { firstRow: w.row, firstCol: w.column, lastRow: w.row, lastCol: w.column });
    else {
      box.firstRow = Math.min(box.firstRow, w.row);
      box.firstCol = Math.min(box.firstCol, w.column);
      box.lastRow = Math.max(box.lastRow, w.row);
      box.lastCol = Math.max(box.lastCol, w.column);
    }
  }
  return result;
}

/** Cells of one sheet row side by side become one write. */
function runs(
  writes: readonly ScoreCellWrite[],
): { sheet: string; row: number; column: number; values: number[] }[] {
  const sorted = [...writes].sort((a, b) =>
    a.sheet !== b.sheet ? (a.sheet < b.sheet ? -1 : 1) : a.row - b.row || a.column - b.column,
  );
  const result: { sheet: string; row: number; column: number; values: number[] }[] = [];
  for (const w of sorted) {
    const last = result[result.length - 1];
    if (
      last &&
      last.sheet === w.sheet &&
      last.row === w.row &&
      last.column + last.values.length === w.column
    ) {
      last.values.push(w.value);
    } else result.push({ sheet: w.sheet, row: w.row, column: w.column, values: [w.value] });
  }
  return result;
}

function isEmpty(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}

export async function writeScoreCells(
  context: Excel.RequestContext,
  writes: readonly ScoreCellWrite[],
  ifFilled: IfFilled,
): Promise<WriteScoreCellsResult> {
  const sheets = context.workbook.worksheets;
  const reads = [...boxes(writes)].map(([sheet, box]) => ({
    sheet,
    box,
    range: sheets
      .getItem(sheet)
      .getRangeByIndexes(
        box.firstRow,
        box.firstCol,
        box.lastRow - box.firstRow + 1,
        box.lastCol - box.firstCol + 1,
      )
      .load('values'),
  }));
  await context.sync();

  const current = new Map(reads.map((read) => [read.sheet, read]));
  const filled: FilledCell[] = [];
  const toWrite: ScoreCellWrite[] = [];
  let unchanged = 0;
  for (const w of writes) {
    const read = current.get(w.sheet);
    const now: unknown = read?.range.values[w.row - read.box.firstRow]?.[w.column - read.box.firstCol];
    if (isEmpty(now)) toWrite.push(w);
    else if (now === w.value) unchanged++;
    else {
      filled.push({
        sheet: w.sheet,
        address: cellAddress(w.row, w.column),
        current: now as string | number | boolean,
        value: w.value,
      });
      if (ifFilled === 'overwrite') toWrite.push(w);
    }
  }
  if (ifFilled === 'ask' && filled.length > 0) return { written: 0, unchanged, filled, done: false };
  if (toWrite.length > 0) {
    for (const run of runs(toWrite)) {
      sheets.getItem(run.sheet).getRangeByIndexes(run.row, run.column, 1, run.values.length).values = [
        run.values,
      ];
    }
    await context.sync();
    noteWorkbookWrite();
  }
  return { written: toWrite.length, unchanged, filled, done: true };
}
