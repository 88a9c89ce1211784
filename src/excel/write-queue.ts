import { SYNC_PAYLOAD_BUDGET } from './payload';
import { noteWorkbookWrite } from './write-events';

/** What a queued write can reach: the context and the worksheet proxies of the current batch. */
export interface BatchScope {
  context: Excel.RequestContext;
  /** The proxy for a sheet: the one `add` returned in this batch, else a fresh `getItem`. */
  sheet(name: string): Excel.Worksheet;
  remember(name: string, sheet: Excel.Worksheet): void;
}

/** One write, planned before any proxy call so the plan can be cut into syncs by size. */
export interface QueuedWrite {
  /** Estimated request bytes. */
  bytes: number;
  apply(scope: BatchScope): void;
}

function newScope(context: Excel.RequestContext): BatchScope {
  const sheets = new Map<string, Excel.Worksheet>();
  return {
    context,
    sheet(name) {
      let sheet = sheets.get(name);
      if (!sheet) {
        sheet = context.workbook.worksheets.getItem(name);
        sheets.set(name, sheet);
      }
      return sheet;
    },
    remember(name, sheet) {
      sheets.set(name, sheet);
    },
  };
}

/** Groups writes in order into batches whose estimated size stays under the budget (one oversize write alone). */
export function planBatches(writes: QueuedWrite[], budget = SYNC_PAYLOAD_BUDGET): QueuedWrite[][] {
  const batches: QueuedWrite[][] = [];
  let current: QueuedWrite[] = [];
  let size = 0;
  for (const write of writes) {
    if (current.length > 0 && size + write.bytes > budget) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(write);
    size += write.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Applies the writes, one context.sync() per batch; returns how many syncs it took. */
export async function runWrites(
  context: Excel.RequestContext,
  writes: QueuedWrite[],
  budget = SYNC_PAYLOAD_BUDGET,
): Promise<number> {
  const batches = planBatches(writes, budget);
  for (const batch of batches) {
    const scope = newScope(context);
    for (const write of batch) write.apply(scope);
    await context.sync();
  }
  if (batches.length > 0) noteWorkbookWrite();
  return batches.length;
}
