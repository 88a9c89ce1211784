/** The board the room sees for a session, in the pane's words; the same data for the pane and the dialog. */
import { boardModel, type BoardModel } from '../../../../domain/votes/tally/board';
import { sessionTally, type TallySession } from '../../../../domain/votes/tally/session';
import type { MeetingStrings } from '../strings';

export function boardOf(
  session: TallySession,
  strings: MeetingStrings,
  lang: string,
  warnings?: ReadonlyMap<string, string>,
): BoardModel {
  const p = strings.projector;
  return boardModel(
    session,
    sessionTally(session),
    {
      passed: strings.tally.passed,
      failed: strings.tally.failed,
      needMore: strings.tally.needMore,
      leading: strings.tally.leading,
    },
    {
      title: p.title,
      round: p.round,
      counted: p.counted,
      ballots: p.ballots,
      ballot: p.ballot,
      agree: p.agree,
      percent: p.percent,
      result: p.result,
      light: p.light,
      dark: p.dark,
      waiting: p.waiting,
    },
    { lang, ...(warnings ? { warnings } : {}) },
  );
}
