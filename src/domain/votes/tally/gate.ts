/**
 * When the tally may go on. Three things stop it: a setup that cannot be counted (80 present of 61, issued
 * above present…: the domain's one setup check, validateMeetingSetup), a ballot log that no longer checks
 * itself (`vote.log.broken`: a row deleted, inserted, reordered or edited on the sheet;
 * `vote.log.column-missing`: a column deleted), and a log still in the old format (`vote.log.old-format`:
 * appending to it would put the marks one column off until "Lưu thiết lập" converts it). A broken log
 * stops the tally until the tellers confirm, having seen which rows; a new break asks again.
 */
import type { DomainIssue } from '../../issues';
import { validateMeetingSetup, validateProfile } from '..';
import type { TallySession } from './session';

export const BROKEN_LOG_CODE = 'vote.log.broken';
export const COLUMN_MISSING_CODE = 'vote.log.column-missing';
export const OLD_FORMAT_CODE = 'vote.log.old-format';
/** The issues that are evidence of an edited log: kept in front of the tellers, never rewritten away. */
const EVIDENCE_CODES: ReadonlySet<string> = new Set([BROKEN_LOG_CODE, COLUMN_MISSING_CODE]);

/** Errors of the setup itself, as validation words them; none when ballots can be counted. */
export function setupProblems(session: Pick<TallySession, 'meeting' | 'profile'>): DomainIssue[] {
  return [...validateMeetingSetup(session.meeting), ...validateProfile(session.profile)].filter(
    (issue) => issue.severity === 'error',
  );
}

export function brokenLogIssues(issues: DomainIssue[]): DomainIssue[] {
  return issues.filter((issue) => EVIDENCE_CODES.has(issue.code));
}

export function oldFormatIssues(issues: DomainIssue[]): DomainIssue[] {
  return issues.filter((issue) => issue.code === OLD_FORMAT_CODE);
}

/** The broken-log evidence the tellers have not confirmed yet (none once they have, for this set of rows). */
export function unconfirmedBrokenLog(
  issues: DomainIssue[],
  confirmedLogKey: string | undefined,
): DomainIssue[] {
  const broken = brokenLogIssues(issues);
  return broken.length > 0 && brokenLogKey(broken) !== confirmedLogKey ? broken : [];
}

/** Identifies one set of broken rows: a confirmation holds for it, not for rows broken later. */
export function brokenLogKey(broken: DomainIssue[]): string {
  return broken.map((i) => `${i.location?.sheet ?? ''}!${i.location?.address ?? ''}|${i.message}`).join('\n');
}

/** "Nhật ký phiếu!A17, Nhật ký phiếu!A20": the cells named, for the confirmation's title line. */
export function brokenRowsText(broken: DomainIssue[]): string {
  const cells = broken.filter((i) => i.location).map((i) => `${i.location?.sheet}!${i.location?.address}`);
  return [...new Set(cells)].join(', ');
}

export interface EntryGate {
  /** Why nothing can be entered now, or null. */
  blocked: string | null;
  setup: DomainIssue[];
  brokenLog: DomainIssue[];
  /** True while the broken rows have not been confirmed. */
  mustConfirm: boolean;
  /** The log is in the old format: "Lưu thiết lập" must convert it before anything is appended. */
  oldFormat: DomainIssue[];
  logKey: string;
}

export function entryGate(
  session: Pick<TallySession, 'meeting' | 'profile'>,
  caseIssues: DomainIssue[],
  confirmedLogKey: string | undefined,
): EntryGate {
  const setup = setupProblems(session);
  const brokenLog = brokenLogIssues(caseIssues);
  const logKey = brokenLogKey(brokenLog);
  const mustConfirm = unconfirmedBrokenLog(caseIssues, confirmedLogKey).length > 0;
  const oldFormat = oldFormatIssues(caseIssues);
  let blocked: string | null = null;
  if (setup.length > 0) {
    blocked = `Thiết lập cuộc họp chưa dùng được để kiểm phiếu: ${setup[0].message}`;
  } else if (mustConfirm) {
    const where = brokenRowsText(brokenLog);
    blocked =
      `Nhật ký phiếu có ${brokenLog.length} dòng không còn khớp với lúc ghi` +
      `${where !== '' ? ` (${where})` : ''}; hãy xem và xác nhận trước khi kiểm phiếu tiếp.`;
  } else if (oldFormat.length > 0) {
    blocked =
      'Nhật ký phiếu theo mẫu cũ: hãy bấm "Lưu thiết lập" ở bước Thiết lập để chuyển sang mẫu mới trước khi kiểm phiếu (mọi phiếu đã ghi được giữ nguyên).';
  }
  return { blocked, setup, brokenLog, mustConfirm, oldFormat, logKey };
}
