/**
 * The titles a finished year gave each person, as the history should keep them: a title the awarding body
 * approved, and a title the council voted that nobody rejected (a school's LĐTT and CSTĐCS are usually
 * recognised on the council's vote; the note says so, and the Lịch sử cell can be corrected). A vote that
 * passed for someone the rules found not eligible is not carried: a warning names the person and why.
 */
import type { CaseResults } from '../case/evaluate';
import type { SchoolCase } from '../case/types';
import { voteDecisions } from '../case/vote-decisions';
import type { DomainIssue } from '../issues';
import type { TitleDecision } from '../targets/types';
import type { TitleId } from '../titles';
import { TITLES } from '../titles';
import { mergeHistories } from './lookup';
import { schoolYearLabel } from './title-text';
import type { TitleHistory } from './types';

export interface LastYearTitles {
  history: TitleHistory;
  issues: DomainIssue[];
}

const personKey = (personId: string, titleId: TitleId) => `${personId}\u0000${titleId}`;

function personDecisions(decisions: readonly TitleDecision[]): Map<string, TitleDecision> {
  const found = new Map<string, TitleDecision>();
  for (const d of decisions) {
    if (d.subject.kind !== 'person' || TITLES[d.titleId].scope !== 'individual') continue;
    const key = personKey(d.subject.id, d.titleId);
    const known = found.get(key);
    // A vote and an approval of the same title are two steps of one decision: keep both.
    found.set(key, { ...known, ...d, vote: d.vote ?? known?.vote, approval: d.approval ?? known?.approval });
  }
  return found;
}

export function lastYearTitles(lastCase: SchoolCase, results: CaseResults, year: number): LastYearTitles {
  const names = new Map(lastCase.roster.staff.map((p) => [p.id, p.fullName]));
  const who = (id: string) => `${names.get(id) ?? id} (mã ${id})`;
  const decisions = personDecisions([
    ...(results.votes ? voteDecisions(results.votes) : []),
    ...(lastCase.targets?.approvals ?? []),
  ]);
  const statuses = new Map(
    (results.targets?.people ?? []).map((s) => [personKey(s.subject.id, s.titleId), s]),
  );
  const byPerson = new Map<string, TitleId[]>();
  const votedOnly: string[] = [];
  const issues: DomainIssue[] = [];
  for (const [key, d] of decisions) {
    const personId = d.subject.kind === 'person' ? d.subject.id : '';
    const label = TITLES[d.titleId].shortLabel;
    if (d.approval === 'rejected') continue;
    if (d.approval !== 'approved') {
      if (d.vote !== 'passed') continue;
      const status = statuses.get(key);
      if (status?.out) {
        issues.push({
          code: 'history.voted-not-eligible',
          severity: 'warning',
          message: `${who(personId)} đạt bình xét ${label} năm ${schoolYearLabel(year)} nhưng không đủ điều kiện (${status.reasons[0]?.message ?? 'xem trang Đăng ký'}), nên không ghi vào Lịch sử. Nếu đã có quyết định công nhận, ghi tay vào trang Lịch sử.`,
        });
        continue;
      }
      votedOnly.push(`${who(personId)}: ${label}`);
    }
    byPerson.set(personId, [...(byPerson.get(personId) ?? []), d.titleId]);
  }
  if (votedOnly.length > 0) {
    issues.push({
      code: 'history.carried-from-vote',
      severity: 'info',
      message: `Năm ${schoolYearLabel(year)} chưa nhập quyết định công nhận, nên Lịch sử ghi theo kết quả bình xét: ${votedOnly.join('; ')}. Nếu cấp có thẩm quyền không công nhận ai, sửa ô của người đó trên trang Lịch sử.`,
    });
  }
  const history: TitleHistory = [...byPerson].map(([personId, titles]) => ({ personId, year, titles }));
  return { history: mergeHistories(history), issues };
}

/** The old "CSTĐCS các năm trước" column of the hồ sơ xét, as history entries. */
export function recordHistory(lastCase: SchoolCase): TitleHistory {
  return (lastCase.targets?.records ?? []).flatMap((r) =>
    (r.cstdcsYears ?? []).map((year) => ({ personId: r.personId, year, titles: ['CSTDCS' as TitleId] })),
  );
}
