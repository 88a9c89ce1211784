/**
 * Rule profiles: who must attend, what counts as the base and how many agree votes each title needs
 * (DOMAIN.md §5). Rules are data so a school can pick the profile of its year and edit it on "Quy chế".
 * Where a decree leaves the matter to the school's own rules, the seed 003 value is used and flagged
 * `schoolChoice`; values nobody has checked against the text are flagged `unverified` and the pane says so.
 */
import type { DomainIssue } from '../issues';
import { TITLES, TITLE_IDS, type TitleId } from '../titles';

/**
 * The base a percentage is taken of:
 * - present: those present, plus absent members consulted in writing when the rule counts written votes
 *   ("tính trên tổng số người tham gia họp hoặc được xin ý kiến", seed 003);
 * - allMembers: every member of the body, present or not;
 * - validBallots: valid ballots (plus counted written votes).
 */
export type VoteBase = 'present' | 'allMembers' | 'validBallots';

export const VOTE_BASES: VoteBase[] = ['present', 'allMembers', 'validBallots'];

export interface TitleRule {
  /** "từ 70% trở lên" is `{ percent: 70 }`, compared as agree × 100 ≥ 70 × base. At most two decimals. */
  threshold: { percent: number };
  base: VoteBase;
  secretBallot: boolean;
  /** Absent members may vote in writing, and those votes count. */
  absentWrittenVotes: boolean;
  source: string;
  /** The law leaves this to the school; the value shown is the seed 003 default. */
  schoolChoice?: boolean;
  unverified?: boolean;
}

/** Quorum: present × denominator ≥ members × numerator. */
export interface QuorumRule {
  numerator: number;
  denominator: number;
  of: 'members';
  source: string;
  schoolChoice?: boolean;
  unverified?: boolean;
}

/** "At most `percent`% of those holding `ofTitleId` may get `titleId`" (DOMAIN.md §7). */
export interface CapRule {
  titleId: TitleId;
  percent: number;
  ofTitleId: TitleId;
  source: string;
}

export interface RuleProfile {
  id: string;
  label: string;
  /** Legal citation of the profile as a whole. */
  source: string;
  /** Some value of this profile has not been checked against the legal text: shown on screen. */
  unverified?: boolean;
  /** null: the rule sets no quorum. */
  quorum: QuorumRule | null;
  perTitle: Record<TitleId, TitleRule>;
  caps?: CapRule[];
}

const SEED_003_SOURCE =
  'Kế hoạch thi đua cụm tiểu học Quận 1 năm học 2016–2017, TT 35/2015/TT-BGDĐT, QĐ 48/2014/QĐ-UBND';

const SEED_003_QUORUM: QuorumRule = {
  numerator: 2,
  denominator: 3,
  of: 'members',
  source: `${SEED_003_SOURCE}: họp hợp lệ khi có ít nhất 2/3 tổng số thành viên tham dự`,
};

function seed003Rule(titleId: TitleId): TitleRule {
  if (titleId === 'CSTD_TINH' || titleId === 'CSTD_TOAN_QUOC') {
    return {
      threshold: { percent: 90 },
      base: 'allMembers',
      secretBallot: true,
      absentWrittenVotes: true,
      source: `${SEED_003_SOURCE}: bỏ phiếu kín, từ 90% trên tổng số thành viên Hội đồng`,
    };
  }
  return {
    threshold: { percent: 70 },
    base: 'present',
    secretBallot: false,
    absentWrittenVotes: true,
    source: `${SEED_003_SOURCE}: từ 70% trên tổng số người tham gia họp hoặc được xin ý kiến`,
  };
}

function perTitle(rule: (titleId: TitleId) => TitleRule): Record<TitleId, TitleRule> {
  const rules = {} as Record<TitleId, TitleRule>;
  for (const id of TITLE_IDS) rules[id] = rule(id);
  return rules;
}

/** The school's own rule where a decree is silent: seed 003's value, flagged as the school's choice. */
function schoolChoice(titleId: TitleId, decree: string): TitleRule {
  return {
    ...seed003Rule(titleId),
    schoolChoice: true,
    source: `${decree}: theo quy chế của đơn vị (mặc định lấy theo kế hoạch thi đua cụm tiểu học Quận 1 năm học 2016–2017)`,
  };
}

const isProvincialOrAbove = (titleId: TitleId): boolean =>
  titleId === 'CSTD_TINH' || titleId === 'CSTD_TOAN_QUOC';

const SCHOOL_COUNCIL = 'Hội đồng Thi đua – Khen thưởng của trường (theo quy chế của trường)';

/**
 * What a built-in profile binds and when, beside the profile (the "Quy chế" sheet round-trips the profile
 * itself; these facts belong to the legal text, not to the school's copy).
 */
export interface VoteProfileInfo {
  /** Which council or body the profile's rules bind, in Vietnamese. */
  scope: string;
  /** ISO days its source is in force (to: last day); undefined when unknown or open. */
  from?: string;
  to?: string;
  /**
   * False for a rule that binds another council (NĐ 91/2017 Điều 45 khoản 8 binds ministries' and provinces'
   * councils): shown for reference, never picked as a school's default.
   */
  schoolDefault: boolean;
}

export const SEED_003_PROFILE: RuleProfile = {
  id: 'seed003-tt35-2015',
  label: 'Kế hoạch cụm 2016 – TT 35/2015/TT-BGDĐT, QĐ 48/2014/QĐ-UBND TP.HCM',
  source: SEED_003_SOURCE,
  quorum: SEED_003_QUORUM,
  perTitle: perTitle(seed003Rule),
};

const ND_91 = 'NĐ 91/2017/NĐ-CP Điều 45 khoản 8';

/**
 * Điều 45 khoản 8 binds the councils of ministries and provinces, not a school's: kept for reference (a school
 * whose Quy chế copies it), never a school's default.
 */
export const ND_91_2017_PROFILE: RuleProfile = {
  id: 'nd91-2017',
  label: 'Nghị định 91/2017/NĐ-CP Điều 45 khoản 8 (Hội đồng cấp bộ, cấp tỉnh)',
  source: ND_91,
  quorum: { ...SEED_003_QUORUM, schoolChoice: true, source: `${ND_91}: theo quy chế của đơn vị` },
  perTitle: perTitle((titleId) =>
    isProvincialOrAbove(titleId)
      ? {
          threshold: { percent: 90 },
          base: 'allMembers',
          secretBallot: true,
          absentWrittenVotes: true,
          source: `${ND_91}: bỏ phiếu kín, từ 90% trên tổng số thành viên Hội đồng; thành viên vắng mặt lấy ý kiến bằng văn bản`,
        }
      : schoolChoice(titleId, ND_91),
  ),
  caps: [
    {
      titleId: 'CSTDCS',
      percent: 15,
      ofTitleId: 'LDTT',
      source: 'NĐ 91/2017/NĐ-CP Điều 9 khoản 3: CSTĐCS không quá 15% số LĐTT',
    },
  ],
};

const ND_98 = 'NĐ 98/2023/NĐ-CP Điều 30 khoản 7';

/** The 80% for CSTĐCS (and 90% above it) was read from a summary, not the decree's text: unverified. */
export const ND_98_2023_PROFILE: RuleProfile = {
  id: 'nd98-2023',
  label: 'Nghị định 98/2023/NĐ-CP (01/01/2024 – 30/6/2025)',
  source: ND_98,
  unverified: true,
  quorum: { ...SEED_003_QUORUM, schoolChoice: true, source: `${ND_98}: theo quy chế của đơn vị` },
  perTitle: perTitle((titleId) => {
    if (titleId === 'CSTDCS') {
      return {
        threshold: { percent: 80 },
        base: 'allMembers',
        secretBallot: true,
        absentWrittenVotes: true,
        unverified: true,
        source: `${ND_98}: bỏ phiếu, từ 80% trên tổng số thành viên Hội đồng (đọc từ bản tóm tắt, chưa đối chiếu văn bản)`,
      };
    }
    if (isProvincialOrAbove(titleId)) {
      return {
        threshold: { percent: 90 },
        base: 'allMembers',
        secretBallot: true,
        absentWrittenVotes: true,
        unverified: true,
        source: `${ND_98}: từ 90% trên tổng số thành viên Hội đồng (đọc từ bản tóm tắt, chưa đối chiếu văn bản)`,
      };
    }
    return schoolChoice(titleId, ND_98);
  }),
};

const ND_152 = 'NĐ 152/2025/NĐ-CP';
const ND_152_NONE =
  `${ND_152} không quy định túc số, ngưỡng cho Hội đồng của trường (Điều 6 khoản 2 điểm đ, e giao bộ, tỉnh quy định; ` +
  `Điều 60 khoản 2: chưa có thì áp dụng NĐ 98/2023/NĐ-CP)`;

/**
 * NĐ 152/2025 (01/07/2025, expires 01/03/2027 by its Điều 60 khoản 1) sets no quorum or threshold for a school:
 * it leaves council rules to ministries and provinces and keeps NĐ 98/2023's until they set theirs. It states
 * ≥ 90% of all members only for CSTĐ toàn quốc and the Anh hùng titles, ≥ 80% for Cờ thi đua của Chính phủ
 * (Điều 33 khoản 5), which bind the councils that propose those awards.
 */
export const ND_152_2025_PROFILE: RuleProfile = {
  id: 'nd152-2025',
  label: 'Nghị định 152/2025/NĐ-CP (01/07/2025 – 28/02/2027)',
  source: `${ND_152}; Điều 60 khoản 2: ${ND_98}`,
  // The CSTĐCS and CSTĐ tỉnh values come from NĐ 98/2023, read from a summary.
  unverified: true,
  quorum: {
    ...SEED_003_QUORUM,
    schoolChoice: true,
    source: `${ND_152_NONE}: theo quy chế của đơn vị (mặc định lấy theo kế hoạch thi đua cụm tiểu học Quận 1 năm học 2016–2017)`,
  },
  perTitle: perTitle((titleId) => {
    if (titleId === 'CSTD_TOAN_QUOC') {
      return {
        threshold: { percent: 90 },
        base: 'allMembers',
        secretBallot: true,
        absentWrittenVotes: true,
        source: `${ND_152} Điều 33 khoản 5: từ 90% trên tổng số thành viên Hội đồng xét đề nghị (Chiến sĩ thi đua toàn quốc, danh hiệu Anh hùng; Cờ thi đua của Chính phủ từ 80%)`,
      };
    }
    const nd98 = ND_98_2023_PROFILE.perTitle[titleId];
    if (nd98.schoolChoice) return schoolChoice(titleId, ND_152_NONE);
    return { ...nd98, source: `${ND_152} Điều 60 khoản 2 (áp dụng tiếp NĐ 98/2023): ${nd98.source}` };
  }),
};

export const BUILT_IN_PROFILES: RuleProfile[] = [
  SEED_003_PROFILE,
  ND_91_2017_PROFILE,
  ND_98_2023_PROFILE,
  ND_152_2025_PROFILE,
];

export const CUSTOM_PROFILE_ID = 'custom';

const PROFILE_INFO: Record<string, VoteProfileInfo> = {
  [SEED_003_PROFILE.id]: { scope: `${SCHOOL_COUNCIL}; cụm thi đua`, schoolDefault: true },
  [ND_91_2017_PROFILE.id]: {
    scope: 'Hội đồng TĐKT cấp bộ, cấp tỉnh (không phải Hội đồng của trường)',
    from: '2017-10-01',
    to: '2023-12-31',
    schoolDefault: false,
  },
  [ND_98_2023_PROFILE.id]: {
    scope: SCHOOL_COUNCIL,
    from: '2024-01-01',
    to: '2025-06-30',
    schoolDefault: true,
  },
  [ND_152_2025_PROFILE.id]: {
    scope: SCHOOL_COUNCIL,
    from: '2025-07-01',
    to: '2027-02-28',
    schoolDefault: true,
  },
};

/** Scope, dates and default use of a built-in profile; a school's own profile binds its own council. */
export function voteProfileInfo(profile: Pick<RuleProfile, 'id'>): VoteProfileInfo {
  return PROFILE_INFO[profile.id] ?? { scope: SCHOOL_COUNCIL, schoolDefault: true };
}

const DATED_SCHOOL_PROFILES = (): RuleProfile[] =>
  BUILT_IN_PROFILES.filter((p) => voteProfileInfo(p).schoolDefault && voteProfileInfo(p).from !== undefined);

function inForceOn(p: RuleProfile, day: string): boolean {
  const { from, to } = voteProfileInfo(p);
  return (from === undefined || from <= day) && (to === undefined || to >= day);
}

/**
 * The vote profile a school starts from for a year: the dated school profile in force on the year's last day
 * (when titles are voted), else seed 003's school rule. A year during which another profile was in force gets
 * a warning naming both; NĐ 91/2017's profile binds provincial councils and is never the default.
 */
export function defaultVoteProfileFor(
  yearStart: string,
  yearEnd: string,
): { profile: RuleProfile; issues: DomainIssue[] } {
  const dated = DATED_SCHOOL_PROFILES();
  const profile = dated.find((p) => inForceOn(p, yearEnd)) ?? SEED_003_PROFILE;
  const during = dated.filter((p) => {
    const { from, to } = voteProfileInfo(p);
    return p !== profile && (from ?? '') <= yearEnd && (to === undefined || to >= yearStart);
  });
  // A year that starts before the chosen profile's first day began under whatever preceded it.
  const chosenFrom = voteProfileInfo(profile).from;
  const startedEarlier = chosenFrom !== undefined && chosenFrom > yearStart;
  const others = during.length > 0 ? during : startedEarlier ? [SEED_003_PROFILE] : [];
  const issues: DomainIssue[] =
    others.length === 0
      ? []
      : [
          {
            code: 'vote.profile.year-straddles',
            severity: 'warning',
            message: `Năm học ${yearStart.slice(0, 4)}-${yearEnd.slice(0, 4)} có hai quy định bỏ phiếu: ${[
              ...others,
              profile,
            ]
              .map((p) => p.label)
              .join(
                ' và ',
              )}. Đang dùng "${profile.label}" (quy định có hiệu lực khi bình xét cuối năm); hội đồng kiểm tra lại trên sheet Quy chế.`,
            source: [...others, profile].map((p) => p.source).join('; '),
          },
        ];
  return { profile, issues };
}

export function findBuiltInProfile(id: string): RuleProfile | undefined {
  return BUILT_IN_PROFILES.find((profile) => profile.id === id);
}

/** A copy of `base` the school edits; its source says which profile it started from. */
export function customProfile(base: RuleProfile): RuleProfile {
  return {
    ...base,
    id: CUSTOM_PROFILE_ID,
    label: `Quy chế riêng của đơn vị (dựa trên ${base.label})`,
    source: `Quy chế của đơn vị, dựa trên ${base.source}`,
    quorum: base.quorum ? { ...base.quorum } : null,
    perTitle: perTitle((titleId) => ({
      ...base.perTitle[titleId],
      threshold: { ...base.perTitle[titleId].threshold },
    })),
    caps: base.caps?.map((cap) => ({ ...cap })),
  };
}

const isWhole = (n: number): boolean => Number.isInteger(n);

/** Two decimals at most, so `percent × 100` is an integer and every decision stays exact. */
export function hasAtMostTwoDecimals(n: number): boolean {
  return Number.isFinite(n) && Math.abs(Math.round(n * 100) - n * 100) < 1e-9;
}

/** Problems that make the profile unusable (errors) or worth a look (warnings), in Vietnamese. */
export function validateProfile(profile: RuleProfile): DomainIssue[] {
  const issues: DomainIssue[] = [];
  const error = (code: string, message: string, source?: string): void => {
    issues.push({ code, severity: 'error', message, source });
  };
  const q = profile.quorum;
  if (q) {
    if (!isWhole(q.numerator) || !isWhole(q.denominator) || q.numerator < 0 || q.denominator <= 0) {
      error(
        'vote.profile.quorum-not-fraction',
        `Túc số của "${profile.label}" phải là một phân số với tử và mẫu là số nguyên dương (đang là ${q.numerator}/${q.denominator}); hãy sửa trên sheet Quy chế, ví dụ 2/3.`,
        q.source,
      );
    } else if (q.numerator > q.denominator) {
      error(
        'vote.profile.quorum-above-one',
        `Túc số ${q.numerator}/${q.denominator} của "${profile.label}" lớn hơn toàn bộ thành viên; hãy nhập một phân số không quá 1, ví dụ 2/3.`,
        q.source,
      );
    }
  }
  for (const titleId of TITLE_IDS) {
    const rule = profile.perTitle[titleId];
    const label = TITLES[titleId].shortLabel;
    if (!rule) {
      error(
        'vote.profile.title-missing',
        `Quy chế "${profile.label}" thiếu quy định bỏ phiếu cho danh hiệu ${label}; hãy bổ sung ngưỡng và cơ sở tính trên sheet Quy chế.`,
      );
      continue;
    }
    const percent = rule.threshold.percent;
    if (!Number.isFinite(percent) || percent < 0 || percent > 100) {
      error(
        'vote.profile.percent-out-of-range',
        `Ngưỡng phiếu đồng ý của ${label} là ${percent}%, ngoài khoảng 0–100%; hãy sửa trên sheet Quy chế.`,
        rule.source,
      );
    } else if (!hasAtMostTwoDecimals(percent)) {
      error(
        'vote.profile.percent-too-precise',
        `Ngưỡng phiếu đồng ý của ${label} là ${percent}%, có quá hai chữ số thập phân; hãy làm tròn tới hai chữ số (ví dụ 66,67%).`,
        rule.source,
      );
    }
    if (!['present', 'allMembers', 'validBallots'].includes(rule.base)) {
      error(
        'vote.profile.unknown-base',
        `Cơ sở tính tỉ lệ của ${label} không hợp lệ; hãy chọn "có mặt", "toàn thể thành viên" hoặc "phiếu hợp lệ".`,
        rule.source,
      );
    }
  }
  for (const cap of profile.caps ?? []) {
    if (!Number.isFinite(cap.percent) || cap.percent < 0 || cap.percent > 100) {
      error(
        'vote.profile.cap-out-of-range',
        `Giới hạn ${TITLES[cap.titleId].shortLabel} là ${cap.percent}% số ${TITLES[cap.ofTitleId].shortLabel}, ngoài khoảng 0–100%; hãy sửa trên sheet Quy chế.`,
        cap.source,
      );
    }
  }
  return issues;
}

/** Largest number allowed under a cap: ⌊count × percent / 100⌋, on integers (15% of 61 → 9). */
export function capMaximum(cap: CapRule, ofCount: number): number {
  const hundredths = Math.round(cap.percent * 100);
  return Math.floor((ofCount * hundredths) / 10000);
}
