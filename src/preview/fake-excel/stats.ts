/**
 * Round trips and their size. Each context.sync() that sends operations counts once; payloadBytes is the
 * UTF-8 length of the queued operations as JSON (object paths, values arrays, formulas, formats), which is
 * close to what Office.js sends. Excel on the web refuses requests over 5 MB.
 */

export interface SyncRecord {
  index: number;
  operations: number;
  payloadBytes: number;
  /** Size of what the sync brought back (loaded properties), as JSON. */
  responseBytes: number;
}

export interface SyncStats {
  syncs: SyncRecord[];
  syncCount(): number;
  maxPayloadBytes(): number;
  reset(): void;
}

export function createStats(): SyncStats {
  const stats: SyncStats = {
    syncs: [],
    syncCount: () => stats.syncs.length,
    maxPayloadBytes: () => stats.syncs.reduce((max, s) => Math.max(max, s.payloadBytes), 0),
    reset: () => {
      stats.syncs.length = 0;
    },
  };
  return stats;
}
