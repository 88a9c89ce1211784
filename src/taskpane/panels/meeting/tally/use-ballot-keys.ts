/**
 * The keyboard handler of the ballot entry, shared by the pane and the projector view. It reads the session
 * from the store at the moment of the keystroke (never from a render's closure), so keys typed faster than
 * the screen repaints each apply to the ballot as the previous key left it.
 */
import { useCallback } from 'react';
import { votesSessionStore } from '../../../state/votes-session';
import { useVotesSession } from '../../../state/votes-session-hook';
import { ballotKeyAction, type KeyStroke } from '../../../../domain/votes/tally/ballot-keys';
import { entryBlocked, pressKey, undoLast } from '../../../../domain/votes/tally/session';
import { useGateNow } from './use-entry-gate';
import { localTimestamp } from '../../../../domain/votes/tally/timestamp';

export function useBallotKeys(): (stroke: KeyStroke & { preventDefault(): void }) => boolean {
  const { commit } = useVotesSession();
  const gate = useGateNow();
  return useCallback(
    (stroke) => {
      const action = ballotKeyAction(stroke);
      if (!action) return false;
      stroke.preventDefault();
      const { session, enteredBy } = votesSessionStore.getSnapshot();
      if (!session) return true;
      const who = enteredBy.trim() || 'Thư ký';
      const now = localTimestamp(new Date());
      // An impossible setup or an unconfirmed broken log stops undo as well as new ballots.
      const blocked = gate() ?? (action.kind === 'undo' ? null : entryBlocked(session));
      if (blocked) {
        commit({
          ok: false,
          session,
          issue: { code: 'meeting.entry.blocked', severity: 'error', message: blocked },
        });
        return true;
      }
      if (action.kind === 'undo') commit(undoLast(session, who, now));
      else commit(pressKey(session, action.key, who, now));
      return true;
    },
    [commit, gate],
  );
}
