/**
 * The tally's gate as the pane sees it: the session's setup, the case's issues (a `vote.log.broken` from
 * the last read) and the tellers' confirmation of those broken rows. The confirmation lives for the
 * pane's lifetime, outside any component, so the projector's keys and a tab switch see the same answer.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { entryGate, type EntryGate } from '../../../../domain/votes/tally/gate';
import { useCase } from '../../../state/CaseProvider';
import { votesSessionStore } from '../../../state/votes-session';
import { useVotesSession } from '../../../state/votes-session-hook';
import type { DomainIssue } from '../../../../domain/issues';

let confirmedLogKey: string | undefined;
/** The case's issues as of the last render, for keys that arrive from outside React (the dialog window). */
let currentIssues: DomainIssue[] = [];
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const getConfirmed = () => confirmedLogKey;

export function confirmBrokenLog(key: string): void {
  confirmedLogKey = key;
  for (const listener of [...listeners]) listener();
}

/** The tellers' confirmation of the broken rows they have seen (undefined before any). */
export function useConfirmedLogKey(): string | undefined {
  return useSyncExternalStore(subscribe, getConfirmed);
}

/** The gate for the current session, or null without a session. */
export function useEntryGate(): EntryGate | null {
  const { session } = useVotesSession();
  const { issues } = useCase();
  const confirmed = useSyncExternalStore(subscribe, getConfirmed);
  return useMemo(
    () => (session ? entryGate(session, issues, confirmed) : null),
    [session, issues, confirmed],
  );
}

/** Reads the gate at the moment of a keystroke (never from a render's closure). */
export function useGateNow(): () => string | null {
  const { issues } = useCase();
  useEffect(() => {
    currentIssues = issues;
  }, [issues]);
  return gateNow;
}

function gateNow(): string | null {
  const { session } = votesSessionStore.getSnapshot();
  return session ? entryGate(session, currentIssues, confirmedLogKey).blocked : null;
}
