/**
 * Everything said about a setup before it is saved: what blocks it (impossible numbers, a bad profile, a
 * ballot already entered that the new setup would drop) and what the tellers should know (the rule changed
 * and every ballot is recounted, a candidate added after ballots are in, a rule mismatch).
 */
import type { CaseVotes } from '../../case';
import type { DomainIssue } from '../../issues';
import {
  activeBallots,
  describeCandidate,
  keyOf,
  profileChangeNotice,
  replay,
  tallyMeeting,
  validateMeetingSetup,
  validateProfile,
  type Meeting,
} from '..';
import { unconfirmedBrokenLog } from './gate';
import { meetingFromDraft, type MeetingDraft } from './setup-draft';

export interface SetupCheck {
  meeting?: Meeting;
  errors: DomainIssue[];
  /** Warnings and notes, shown beside the save button. */
  notes: DomainIssue[];
}

function split(issues: DomainIssue[], into: SetupCheck): void {
  for (const issue of issues) (issue.severity === 'error' ? into.errors : into.notes).push(issue);
}

/** Candidates added while the first round already has ballots: those ballots leave their rows blank. */
function addedAfterBallots(before: CaseVotes, meeting: Meeting, ballots: number): DomainIssue[] {
  if (ballots === 0 || meeting.rounds.length > 1) return [];
  const had = new Set(before.meeting.candidates.map(keyOf));
  return meeting.candidates
    .filter((c) => !had.has(keyOf(c)))
    .map((c) => ({
      code: 'meeting.candidate.added-late',
      severity: 'warning' as const,
      message: `${describeCandidate(c)} được thêm sau khi đã ghi ${ballots} phiếu: dòng của ứng viên này trên các phiếu đó tính là để trống. Nếu phiếu giấy có tên ứng viên này, hãy sửa từng phiếu.`,
    }));
}

export function checkSetup(draft: MeetingDraft, before: CaseVotes | undefined): SetupCheck {
  const check: SetupCheck = { errors: [], notes: [] };
  const built = meetingFromDraft(draft, before?.meeting);
  split(built.issues, check);
  split(validateProfile(draft.profile), check);
  const meeting = built.meeting;
  if (!meeting) return check;
  check.meeting = meeting;
  const meetingIssues = validateMeetingSetup(meeting);
  split(meetingIssues, check);
  // An invalid setup refuses every ballot on replay: say the cause once, not once per ballot.
  const events = meetingIssues.some((i) => i.severity === 'error') ? [] : (before?.events ?? []);
  const replayed = replay(events, meeting);
  const [first, ...more] = replayed.issues;
  if (first) {
    // One message for the lot: a removed candidate may sit on every ballot.
    const others = more.length > 0 ? ` (và ${more.length} mục khác trong nhật ký cũng vậy)` : '';
    check.errors.push({
      ...first,
      code: 'meeting.setup.would-drop-ballot',
      message: `Thiết lập mới làm mục đã ghi trong Nhật ký phiếu không còn hợp lệ, nên chưa lưu: ${first.message}${others}`,
    });
  }
  if (before) {
    check.notes.push(...profileChangeNotice(before.profile, draft.profile, meeting, replayed.state));
    const ballots = activeBallots(replayed.state, 1).length;
    check.notes.push(...addedAfterBallots(before, meeting, ballots));
  }
  split(tallyMeeting(draft.profile, meeting, replayed.state).issues, check);
  return check;
}

/**
 * Problems of the read that a save would make permanent: the save rebuilds "Quy chế" and the log from what
 * was read, so a setting that could not be read would be replaced by its default and an unreadable log row
 * dropped. These must be fixed in the workbook first. A log that no longer checks itself (a row deleted or
 * edited, a column deleted) would be rewritten with fresh check values, erasing the evidence: it blocks the
 * save until the tellers confirm those rows, as it blocks the tally (`confirmedLogKey`, see gate.ts).
 */
export function readBlockers(
  issues: DomainIssue[],
  quyCheSheet: string,
  confirmedLogKey?: string,
): DomainIssue[] {
  const evidence = new Set(unconfirmedBrokenLog(issues, confirmedLogKey));
  return issues.filter(
    (issue) =>
      evidence.has(issue) ||
      (issue.severity === 'error' &&
        (issue.code.startsWith('vote.settings.') ||
          issue.code === 'vote.log.unreadable' ||
          issue.code === 'vote.log.refused' ||
          issue.location?.sheet === quyCheSheet)),
  );
}
