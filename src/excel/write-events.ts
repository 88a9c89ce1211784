/**
 * Every write the adapter makes into the open workbook is counted here, so the pane knows its case is older
 * than the workbook (a ballot appended, a sheet rebuilt) and reads it again before showing or exporting it.
 */
let revision = 0;
const listeners = new Set<() => void>();

/** How many writes the adapter has made since the pane loaded. */
export function workbookRevision(): number {
  return revision;
}

export function noteWorkbookWrite(): void {
  revision++;
  for (const listener of [...listeners]) listener();
}

export function onWorkbookWrite(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
