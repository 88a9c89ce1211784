/**
 * Every count of the meeting recomputed from the log alone: the setup checked on its own first (so an
 * impossible meeting is refused even before any ballot), then the events replayed, then the tally. The
 * case evaluation, the CLI and the pane go through this one entry point.
 */
import type { DomainIssue } from '../issues';
import { replay } from './ballot-log';
import { hasErrors, validateMeetingSetup } from './meeting';
import type { RuleProfile } from './profiles';
import { tallyMeeting, type MeetingTally } from './tally';
import type { BallotEvent, BallotState, Meeting } from './types';

export interface VotesEvaluation {
  state: BallotState;
  tally: MeetingTally;
  /** Setup first, then the log's refused entries, then the tally's notes. */
  issues: DomainIssue[];
}

export function evaluateVotes(
  profile: RuleProfile,
  meeting: Meeting,
  events: BallotEvent[],
  /** A cụm's schools, when its meeting lists none (see validateMeetingSetup). */
  clusterUnitNames?: readonly string[],
): VotesEvaluation {
  const setup = validateMeetingSetup(meeting, clusterUnitNames);
  const replayed = replay(events, meeting);
  const issues = [...setup];
  if (hasErrors(setup) && replayed.issues.length > 0) {
    // Each entry is refused for the same reason: say it once, with how many entries wait on it.
    issues.push({
      code: 'vote.meeting.invalid',
      severity: 'error',
      message: `${replayed.issues.length} mục trong Nhật ký phiếu chưa được tính vì thiết lập cuộc họp chưa hợp lệ; hãy sửa thiết lập ở trên, các mục sẽ được tính lại.`,
    });
  } else {
    issues.push(...replayed.issues);
  }
  const tally = tallyMeeting(profile, meeting, replayed.state);
  issues.push(...tally.issues);
  return { state: replayed.state, tally, issues };
}
