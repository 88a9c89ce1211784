/**
 * Runs the log-against-count check: waits for the ballots still being written, reads the two sheets (two
 * syncs) and keeps the result in the votes session store, tagged with the read it follows.
 */
import { useCallback } from 'react';
import { runExcel } from '../../../../excel';
import { readVoteSheets } from '../../../../excel/operations/votes-check';
import { useCase } from '../../../state/CaseProvider';
import { votesSessionStore } from '../../../state/votes-session';
import { checkLogAgainstCounts } from '../model/check';
import { useMeetingStrings } from '../use-meeting-strings';

/**
 * `quiet`: the automatic check after a read runs without the busy bar and without clearing an error the
 * pane is showing; if it fails, nothing is said (the button runs it again, loudly).
 */
export function useLogCheck(): (options?: { quiet?: boolean }) => Promise<void> {
  const s = useMeetingStrings();
  const { perform } = useCase();
  return useCallback(
    async ({ quiet = false } = {}) => {
      const start = votesSessionStore.getSnapshot();
      if (!start.session) return;
      const logSheet = start.session.logSheet;
      const read = async () => {
        await votesSessionStore.drained();
        return runExcel((context) => readVoteSheets(context, logSheet));
      };
      const values = quiet ? await read().catch(() => undefined) : await perform(s.check.busy, read);
      const { session, basis } = votesSessionStore.getSnapshot();
      if (!values || !session) return;
      if (!values.log || !values.count || !values.logSheet || !values.countSheet) {
        votesSessionStore.setCheck({ basis, issues: [], at: new Date(), missing: true });
        return;
      }
      const issues = checkLogAgainstCounts(session, {
        logSheet: values.logSheet,
        countSheet: values.countSheet,
        log: values.log,
        count: values.count,
      });
      votesSessionStore.setCheck({ basis, issues, at: new Date(), missing: false });
    },
    [perform, s],
  );
}
