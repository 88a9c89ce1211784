/**
 * The cụm thi đua's year-end vote (DOMAIN.md §8b, seed 003): the schools' delegates vote, with the same
 * quorum and thresholds as a school's council, to pick the leading school(s) of the cluster and to pass up
 * the lists of proposed collectives and individuals. Candidates are the cluster's schools (collective
 * titles) and people named with their school (individual titles). This file holds what differs from a
 * school's meeting: the checks on units and the cluster's part of the minutes.
 */
import type { DomainIssue } from '../issues';
import { citation, type RuleInfo } from '../targets/rules';
import { nameMatchKey } from '../text';
import { TITLES, TITLE_IDS, type TitleId } from '../titles';
import type { CandidateTally, MeetingTally } from './tally';
import type { Candidate, CandidateKey, Meeting, MeetingUnit } from './types';

/**
 * The title the leading school of a cluster is voted for: Cờ thi đua is what a cụm proposes for its đơn vị
 * dẫn đầu (CLUSTER_RULES.leadingSchool and .coThiDuaForLeaders).
 */
export const LEADING_SCHOOL_TITLE: TitleId = 'CO_THI_DUA';

/** The cluster's rules, in the RULES style of domain/targets/rules.ts: what, source, scope, dates, status. */
export const CLUSTER_RULES = {
  leadingSchool: {
    says: 'Cuối năm học, cụm thi đua tổng kết, bình xét thi đua, bình chọn đơn vị dẫn đầu cụm và thông qua danh sách đề nghị các tập thể, cá nhân để khen thưởng hoặc đề nghị cấp trên khen thưởng; túc số và ngưỡng phiếu như cuộc họp xét thi đua của đơn vị.',
    source:
      'Kế hoạch thi đua cụm tiểu học Quận 1 năm học 2016–2017, mục V (sinh hoạt cụm lần 3) và mục II.5–7',
    scope: 'Đại biểu các đơn vị trong cụm thi đua',
    status: 'cluster',
  },
  coThiDuaForLeaders: {
    says: 'Cờ thi đua (của Bộ Giáo dục và Đào tạo) xét tặng cho tập thể dẫn đầu phong trào thi đua của cụm, khối thi đua; cờ thi đua cấp tỉnh theo quy định của tỉnh (Luật Thi đua, khen thưởng 2022 Điều 26).',
    source: 'TT 29/2023/TT-BGDĐT Điều 4 khoản 2; Luật Thi đua, khen thưởng 2022 Điều 26',
    scope: 'Cụm, khối thi đua',
    from: '2024-02-15',
    // Read from a secondary publication of the circular, not the official gazette.
    status: 'unverified',
  },
} as const satisfies Record<string, RuleInfo>;

export const isClusterMeeting = (meeting: Pick<Meeting, 'body'>): boolean => meeting.body === 'cluster';

/** "Cụm thi đua số 3 – Cấp Tiểu học", or "Cụm thi đua <name>" when the name does not say it is a cụm. */
export function clusterName(name: string): string {
  const trimmed = name.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (trimmed === '') return 'Cụm thi đua …';
  return nameMatchKey(trimmed).startsWith(nameMatchKey('Cụm')) ? trimmed : `Cụm thi đua ${trimmed}`;
}

const isCount = (n: number | undefined): boolean => n === undefined || (Number.isInteger(n) && n >= 0);

function unitIssues(units: MeetingUnit[], meeting: Meeting): DomainIssue[] {
  const issues: DomainIssue[] = [];
  const error = (code: string, message: string): void => {
    issues.push({ code, severity: 'error', message });
  };
  const seen = new Set<string>();
  for (const unit of units) {
    const key = nameMatchKey(unit.name);
    if (key === '') {
      error(
        'vote.cluster.unit-no-name',
        'Danh sách đơn vị của cụm có một dòng chưa ghi tên trường; hãy ghi tên hoặc xóa dòng.',
      );
      continue;
    }
    if (seen.has(key)) {
      error(
        'vote.cluster.unit-twice',
        `Đơn vị "${unit.name}" được ghi hai lần trong danh sách đơn vị của cụm; hãy xóa dòng trùng.`,
      );
    }
    seen.add(key);
    if (!isCount(unit.delegates) || !isCount(unit.present)) {
      error(
        'vote.cluster.unit-count-invalid',
        `Số đại biểu của "${unit.name}" phải là số nguyên không âm; hãy nhập lại.`,
      );
    } else if (unit.delegates !== undefined && unit.present !== undefined && unit.present > unit.delegates) {
      error(
        'vote.cluster.unit-present-above-delegates',
        `"${unit.name}" có ${unit.present} đại biểu có mặt, nhiều hơn số đại biểu của đơn vị (${unit.delegates}); hãy kiểm tra lại.`,
      );
    }
  }
  const sum = (pick: (u: MeetingUnit) => number | undefined): number | undefined =>
    units.every((u) => pick(u) !== undefined) ? units.reduce((s, u) => s + (pick(u) ?? 0), 0) : undefined;
  const delegates = sum((u) => u.delegates);
  if (units.length > 0 && delegates !== undefined && delegates !== meeting.totalMembers) {
    error(
      'vote.cluster.delegates-mismatch',
      `Tổng số đại biểu của các đơn vị là ${delegates} nhưng tổng số đại biểu của cụm là ${meeting.totalMembers}; hãy sửa cho khớp.`,
    );
  }
  const present = sum((u) => u.present);
  if (units.length > 0 && present !== undefined && present !== meeting.present) {
    error(
      'vote.cluster.present-mismatch',
      `Số đại biểu có mặt của các đơn vị cộng lại là ${present} nhưng số người có mặt là ${meeting.present}; hãy sửa cho khớp.`,
    );
  }
  return issues;
}

/**
 * What a cluster meeting needs beyond a school's: every person proposed names the school they come from,
 * and, when the cluster's schools are known (the meeting's units, else `unitNames` from the roster), every
 * school named, and every school standing for a collective title, is one of them.
 */
export function validateClusterSetup(meeting: Meeting, unitNames?: readonly string[]): DomainIssue[] {
  if (!isClusterMeeting(meeting)) return [];
  const issues = meeting.units ? unitIssues(meeting.units, meeting) : [];
  const known = meeting.units?.map((u) => u.name) ?? unitNames;
  const keys = known && known.length > 0 ? new Set(known.map(nameMatchKey)) : undefined;
  const error = (code: string, message: string): void => {
    issues.push({ code, severity: 'error', message });
  };
  for (const c of meeting.candidates) {
    const short = TITLES[c.titleId].shortLabel;
    if (TITLES[c.titleId].scope === 'individual') {
      const unit = c.unitName?.normalize('NFC').trim() ?? '';
      if (unit === '') {
        error(
          'vote.cluster.candidate-no-unit',
          `${c.name} (mã ${c.id}) được đề nghị ${short} trong cuộc họp cụm nhưng chưa ghi đơn vị; hãy ghi tên trường của người này.`,
        );
      } else if (keys && !keys.has(nameMatchKey(unit))) {
        error(
          'vote.cluster.candidate-unit-unknown',
          `Đơn vị "${unit}" của ${c.name} (${short}) không có trong danh sách các đơn vị của cụm; hãy chọn đúng tên trường trong cụm.`,
        );
      }
    } else if (keys && !keys.has(nameMatchKey(c.name)) && !keys.has(nameMatchKey(c.unitName ?? ''))) {
      error(
        'vote.cluster.candidate-not-unit',
        `"${c.name}" được đề nghị ${short} nhưng không phải đơn vị trong cụm; ở cuộc họp cụm, tập thể được xét là các trường của cụm.`,
      );
    }
  }
  return issues;
}

/** One line of a list the cluster passes up: the person or school and its đơn vị. */
export interface ClusterListEntry {
  name: string;
  /** The school: the person's, or the school itself for a collective title. */
  unitName: string;
  candidateId: string;
  /** Agree votes and the base of the round that passed it. */
  agree: number;
  base: number;
}

export interface ClusterList {
  titleId: TitleId;
  titleLabel: string;
  entries: ClusterListEntry[];
}

/** The cluster's part of the minutes. */
export interface ClusterMinutes {
  /** "Cụm thi đua số 3 – Cấp Tiểu học". */
  name: string;
  /** The participating schools, with their delegates when recorded. */
  units: MeetingUnit[];
  /** Đơn vị dẫn đầu cụm: the schools whose Cờ thi đua vote passed (latest round). */
  leading: string[];
  /** Lists passed up, per title in the usual order, each passed candidate with its đơn vị. */
  passedUp: ClusterList[];
  /** Where "đơn vị dẫn đầu" comes from, with its status, as the minutes cite it. */
  leadingSource: string;
}

/** Each passed candidate's latest tally: a later round replaces an earlier one. */
function passedTallies(tally: MeetingTally): Map<CandidateKey, CandidateTally> {
  const latest = new Map<CandidateKey, CandidateTally>();
  for (const round of tally.rounds) for (const c of round.candidates) latest.set(c.key, c);
  return new Map([...latest].filter(([, c]) => c.status === 'passed'));
}

const unitOf = (c: Candidate): string =>
  TITLES[c.titleId].scope === 'collective' ? c.name : (c.unitName?.normalize('NFC').trim() ?? '');

export function clusterMinutes(
  meeting: Meeting,
  tally: MeetingTally,
  options: { name: string; unitNames?: readonly string[] },
): ClusterMinutes {
  const passed = passedTallies(tally);
  const won = meeting.candidates.filter((c) => passed.has(`${c.titleId}:${c.id}`));
  const passedUp = TITLE_IDS.map((titleId): ClusterList => ({
    titleId,
    titleLabel: TITLES[titleId].label,
    entries: won
      .filter((c) => c.titleId === titleId)
      .map((c) => {
        const counted = passed.get(`${c.titleId}:${c.id}`);
        return {
          name: c.name,
          unitName: unitOf(c),
          candidateId: c.id,
          agree: counted?.agree ?? 0,
          base: counted?.base ?? 0,
        };
      }),
  })).filter((list) => meeting.candidates.some((c) => c.titleId === list.titleId));
  const rules = [CLUSTER_RULES.leadingSchool, CLUSTER_RULES.coThiDuaForLeaders];
  return {
    name: clusterName(options.name),
    units: meeting.units ?? (options.unitNames ?? []).map((name) => ({ name })),
    leading: won.filter((c) => c.titleId === LEADING_SCHOOL_TITLE).map((c) => c.name),
    passedUp,
    leadingSource: rules.map((r) => citation(r.source, r.status)).join('; '),
  };
}
