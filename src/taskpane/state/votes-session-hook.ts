/**
 * The Bình xét panel's view of the live count: the session store, started from the pane's last read, and
 * `commit`, which shows an accepted entry at once and writes its log row (one sync) behind it.
 */
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { runExcel } from '../../excel';
import { appendBallotLogRow } from '../../excel/operations/votes-ballot';
import { useErrorReporter } from '../shell/ErrorSurface';
import { useCase } from './CaseProvider';
import { votesSessionStore, type PaneStep, type VotesSessionSnapshot, type WriteRow } from './votes-session';

const writeRow: WriteRow = (logSheet, append) =>
  runExcel((context) => appendBallotLogRow(context, logSheet, append));

export interface VotesSession extends VotesSessionSnapshot {
  /** Shows the step and queues its log row; false when the domain refused it (the refusal is shown). */
  commit(step: PaneStep): boolean;
}

export function useVotesSession(): VotesSession {
  const store = votesSessionStore;
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const { status, read, readAt, reload } = useCase();
  const { report } = useErrorReporter();

  useEffect(() => {
    if (status === 'loading') return;
    const outcome = store.sync(readAt?.getTime(), read?.schoolCase.votes, read?.sheets.ballotLog);
    if (outcome === 'reread') void reload();
  }, [store, status, read, readAt, reload, snapshot.pending]);

  const commit = useCallback(
    (step: PaneStep) =>
      store.commit(step, writeRow, (error) => {
        // The rows after the failed one were dropped: read the log again so the screen matches the sheet,
        // then show the error (a reload clears the error surface when it starts).
        void reload().then(() => report(error));
      }),
    [store, report, reload],
  );
  return { ...snapshot, commit };
}
