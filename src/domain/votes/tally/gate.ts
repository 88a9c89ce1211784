/**
 * When the tally may go on. Two things stop it: a setup that cannot be counted (80 present of 61, issued
 * above present…: the domain's validation codes), and a ballot log that no longer checks itself
 * (`vote.log.broken`: a row deleted, inserted, reordered or edited on the sheet). A broken log stops the
 * tally until the tellers confirm, having seen which rows; a new break asks again.
 */
import type { DomainIssue } from '../../issues';
import { validateMeeting, validateProfile } from '..';
import type { TallySession } from './session';

export const BROKEN_LOG_CODE = 'vote.log.broken';

/** Errors of the setup itself, as validation words them; none when ballots can be counted. */
export function setupProblems(session: Pick<TallySession, 'meeting' | 'profile'>): DomainIssue[] {
  return [...validateMeeting(session.meeting), ...validateProfile(session.profile)].filter(
    (issue) => issue.severity === 'error',
  );
}

export function brokenLogIssues(issues: DomainIssue[]): DomainIssue[] {
  return issues.filter((issue) => issue.code === BROKEN_LOG_CODE);
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
  const mustConfirm = brokenLog.length > 0 && confirmedLogKey !== logKey;
  let blocked: string | null = null;
  if (setup.length > 0) {
    blocked = `Thiết lập cuộc họp chưa dùng được để kiểm phiếu: ${setup[0].message}`;
  } else if (mustConfirm) {
    const where = brokenRowsText(brokenLog);
    blocked =
      `Nhật ký phiếu có ${brokenLog.length} dòng không còn khớp với lúc ghi` +
      `${where !== '' ? ` (${where})` : ''}; hãy xem và xác nhận trước khi kiểm phiếu tiếp.`;
  }
  return { blocked, setup, brokenLog, mustConfirm, logKey };
}
