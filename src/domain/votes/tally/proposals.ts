/**
 * Candidates proposed from the results the pane already has: LĐTT from the year's band (HTXSNV or HTTNV,
 * DOMAIN.md §6), CSTĐ and collective titles from the eligibility the targets area computed. The tellers
 * review the list before it goes on the ballot; nothing is proposed that the results do not support.
 */
import type { CaseResults } from '../../case';
import type { SchoolRoster } from '../../school/types';
import { sortByVietnameseName } from '../../text';
import { TITLES, type TitleId } from '../../titles';
import type { Candidate } from '..';

export interface Proposal {
  candidates: Candidate[];
  /** Vietnamese sentence: where the list comes from, or why it is empty. */
  basis: string;
}

const LDTT_BANDS = new Set(['HTXSNV', 'HTTNV']);

function personName(roster: SchoolRoster, id: string): string {
  return roster.staff.find((person) => person.id === id)?.fullName ?? id;
}

function byName(candidates: Candidate[]): Candidate[] {
  return sortByVietnameseName(candidates, (candidate) => candidate.name);
}

function proposeLdtt(roster: SchoolRoster, results: CaseResults): Proposal {
  const notEligible = new Set(
    (results.targets?.people ?? [])
      .filter((status) => status.titleId === 'LDTT' && status.eligibility.verdict === 'not-eligible')
      .map((status) => status.subject.id),
  );
  const banded = results.scoring.people.filter((person) => LDTT_BANDS.has(person.bandId ?? ''));
  const kept = banded.filter((person) => !notEligible.has(person.personId));
  const left = banded.length - kept.length;
  const candidates = kept.map((person): Candidate => ({
    titleId: 'LDTT',
    id: person.personId,
    name: personName(roster, person.personId),
  }));
  const excluded = left > 0 ? `; bỏ ${left} người chưa đủ điều kiện theo sheet Đăng ký` : '';
  return {
    candidates: byName(candidates),
    basis: `${candidates.length} người xếp loại HTXSNV hoặc HTTNV trên bảng tổng hợp năm${excluded}.`,
  };
}

function proposeFromEligibility(titleId: TitleId, roster: SchoolRoster, results: CaseResults): Proposal {
  const label = TITLES[titleId].shortLabel;
  const targets = results.targets;
  if (!targets) {
    if (titleId === 'CSTDCS') {
      // Without the targets' records, HTXSNV is the one CSTĐCS path the scores alone show (Điều 23).
      const candidates = results.scoring.people
        .filter((person) => person.bandId === 'HTXSNV')
        .map((person): Candidate => ({
          titleId,
          id: person.personId,
          name: personName(roster, person.personId),
        }));
      return {
        candidates: byName(candidates),
        basis: `${candidates.length} người xếp loại HTXSNV. Sổ chưa có sheet Chỉ tiêu và Đăng ký nên chưa xét sáng kiến; hãy kiểm tra lại danh sách.`,
      };
    }
    return {
      candidates: [],
      basis: `Sổ chưa có sheet Chỉ tiêu và Đăng ký nên chưa xét được điều kiện ${label}; hãy chọn ứng viên bằng tay.`,
    };
  }
  const people = targets.people
    .filter((status) => status.titleId === titleId && status.eligibility.verdict === 'eligible')
    .map((status): Candidate => ({ titleId, id: status.subject.id, name: status.personName }));
  const teams = targets.teams
    .filter(
      (status) =>
        status.titleId === titleId &&
        status.subject.kind === 'team' &&
        status.eligibility.verdict === 'eligible',
    )
    .map((status): Candidate => ({
      titleId,
      id: (status.subject as { id: string }).id,
      name: status.teamName,
    }));
  const candidates = [...byName(people), ...teams];
  return {
    candidates,
    basis:
      candidates.length > 0
        ? `${candidates.length} ${TITLES[titleId].scope === 'collective' ? 'tập thể' : 'người'} đủ điều kiện ${label} theo sheet Đăng ký.`
        : `Chưa có ai đủ điều kiện ${label} theo sheet Đăng ký; hãy kiểm tra đăng ký và hồ sơ, hoặc chọn bằng tay.`,
  };
}

/** The candidates the results support for `titleId`, in Vietnamese name order (tổ in roster order). */
export function proposeCandidates(titleId: TitleId, roster: SchoolRoster, results: CaseResults): Proposal {
  return titleId === 'LDTT' ? proposeLdtt(roster, results) : proposeFromEligibility(titleId, roster, results);
}
