/**
 * The meeting's setup checked on its own, before and without any ballot: 80 present of 61 members, more
 * ballots issued than people present or a candidate twice are errors even when the log is empty, and no
 * quorum sentence is printed for such a meeting. The check is the domain's one setup check,
 * `validateMeetingSetup`, which the case evaluation already runs (evaluateVotes); this file only decides
 * what the CLI shows from it.
 */
import type { SchoolCase } from '../../domain/case';
import type { DomainIssue } from '../../domain/issues';
import { hasErrors, validateMeetingSetup } from '../../domain/votes';

/** The setup's errors that evaluation has not already reported (same code and message). */
export function meetingSetupErrors(schoolCase: SchoolCase, reported: readonly DomainIssue[]): DomainIssue[] {
  if (!schoolCase.votes) return [];
  const seen = new Set(reported.map((i) => `${i.code}\n${i.message}`));
  return validateMeetingSetup(schoolCase.votes.meeting).filter(
    (i) => i.severity === 'error' && !seen.has(`${i.code}\n${i.message}`),
  );
}

/** Whether the setup has any error at all (reported already or not). */
export function meetingSetupHasErrors(schoolCase: SchoolCase): boolean {
  return !!schoolCase.votes && hasErrors(validateMeetingSetup(schoolCase.votes.meeting));
}
