/**
 * Writes one entry of the ballot log: the new row, the seal at the top of the sheet (rows written, last
 * check value) and, for an undo or a correction, the status cell of the row it acts on, in ONE sync
 * (appendRow). Nothing is read: the row comes from the replayed state.
 */
import { valueCell } from '../../layout/grid';
import type { LogAppend } from '../../layout/votes';
import { appendRow, type CellUpdate } from '../append-row';

export function appendBallotLogRow(
  context: Excel.RequestContext,
  logSheet: string,
  append: LogAppend,
): Promise<void> {
  const updates: CellUpdate[] = [
    { address: append.sealUpdate.address, cells: [append.sealUpdate.values.map((v) => valueCell(v))] },
  ];
  if (append.statusUpdate) {
    updates.push({ address: append.statusUpdate.address, cells: [[valueCell(append.statusUpdate.value)]] });
  }
  return appendRow(context, logSheet, append.row, append.cells, updates);
}
