/**
 * The meeting's setup checked on its own, before and without any ballot: 80 present of 61 members, more
 * ballots issued than people present or a candidate twice are errors even when the log is empty, and no
 * quorum sentence is printed for such a meeting.
 *
 * To swap: when domain/votes exports `validateMeetingSetup`, call it here instead of `validateMeeting`.
 */
import type { SchoolCase } from '../../domain/case';
import type { DomainIssue } from '../../domain/issues';
import { validateMeeting } from '../../domain/votes';

/** The setup's errors that evaluation has not already reported (same code and message). */
export function meetingSetupErrors(schoolCase: SchoolCase, reported: readonly DomainIssue[]): DomainIssue[] {
  if (!schoolCase.votes) return [];
  const seen = new Set(reported.map((i) => `${i.code}\n${i.message}`));
  return validateMeeting(schoolCase.votes.meeting).filter(
    (i) => i.severity === 'error' && !seen.has(`${i.code}\n${i.message}`),
  );
}

/** Whether the setup has any error at all (reported already or not). */
export function meetingSetupHasErrors(schoolCase: SchoolCase): boolean {
  return !!schoolCase.votes && validateMeeting(schoolCase.votes.meeting).some((i) => i.severity === 'error');
}
