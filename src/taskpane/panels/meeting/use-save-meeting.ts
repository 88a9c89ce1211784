/**
 * Saving a meeting setup (the form, closing a round, opening the next): wait for the ballots still being
 * written, rebuild "Quy chế" and the vote sheets with every ballot of the log, write them (two syncs), then
 * read the workbook again so the count restarts from what the sheets now hold.
 */
import { useCallback } from 'react';
import type { CaseVotes } from '../../../domain/case';
import type { Meeting, RuleProfile } from '../../../domain/votes';
import { runExcel } from '../../../excel';
import { saveMeetingSheets } from '../../../excel/operations/votes-save';
import { useCase } from '../../state/CaseProvider';
import { votesSessionStore } from '../../state/votes-session';
import { sessionEvents } from '../../../domain/votes/tally/session';

/** The votes as they stand now: the live session when there is one, else what was read. */
export function currentVotes(read: ReturnType<typeof useCase>['read']): CaseVotes | undefined {
  const session = votesSessionStore.getSnapshot().session;
  if (session) return { profile: session.profile, meeting: session.meeting, events: sessionEvents(session) };
  return read?.schoolCase.votes;
}

/** Resolves to the Vietnamese notices of the write (renamed sheets), or undefined when it failed. */
export function useSaveMeeting(): (
  profile: RuleProfile,
  meeting: Meeting,
  message: string,
) => Promise<string[] | undefined> {
  const { read, perform } = useCase();
  return useCallback(
    async (profile, meeting, message) => {
      if (!read) return undefined;
      const result = await perform(
        message,
        async () => {
          await votesSessionStore.drained();
          const events = currentVotes(read)?.events ?? [];
          // The read that follows starts a new session from the rewritten sheets.
          return runExcel((context) => saveMeetingSheets(context, read, { profile, meeting, events }));
        },
        { reload: true },
      );
      return result?.notices;
    },
    [read, perform],
  );
}
