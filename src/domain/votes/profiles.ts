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
  'Kế hoạch thi đua cụm tiểu học 2016–2017 (seed 003), TT 35/2015/TT-BGDĐT, QĐ 48/2014/QĐ-UBND';

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
    source: `${decree}: theo quy chế của đơn vị (mặc định lấy theo seed 003)`,
  };
}

const isProvincialOrAbove = (titleId: TitleId): boolean =>
  titleId === 'CSTD_TINH' || titleId === 'CSTD_TOAN_QUOC';

export const SEED_003_PROFILE: RuleProfile = {
  id: 'seed003-tt35-2015',
  label: 'Kế hoạch cụm 2016 – TT 35/2015/TT-BGDĐT, QĐ 48/2014/QĐ-UBND TP.HCM',
  source: SEED_003_SOURCE,
  quorum: SEED_003_QUORUM,
  perTitle: perTitle(seed003Rule),
};

const ND_91 = 'NĐ 91/2017/NĐ-CP Điều 45 khoản 8';

export const ND_91_2017_PROFILE: RuleProfile = {
  id: 'nd91-2017',
  label: 'Nghị định 91/2017/NĐ-CP',
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

export const ND_98_2023_PROFILE: RuleProfile = {
  id: 'nd98-2023',
  label: 'Nghị định 98/2023/NĐ-CP (01/01/2024 – 30/6/2025)',
  source: ND_98,
  quorum: { ...SEED_003_QUORUM, schoolChoice: true, source: `${ND_98}: theo quy chế của đơn vị` },
  perTitle: perTitle((titleId) => {
    if (titleId === 'CSTDCS') {
      return {
        threshold: { percent: 80 },
        base: 'allMembers',
        secretBallot: true,
        absentWrittenVotes: true,
        source: `${ND_98}: bỏ phiếu, từ 80% trên tổng số thành viên Hội đồng`,
      };
    }
    if (isProvincialOrAbove(titleId)) {
      return {
        threshold: { percent: 90 },
        base: 'allMembers',
        secretBallot: true,
        absentWrittenVotes: true,
        source: `${ND_98}: từ 90% trên tổng số thành viên Hội đồng`,
      };
    }
    return schoolChoice(titleId, ND_98);
  }),
};

const ND_152 = 'NĐ 152/2025/NĐ-CP (từ 01/7/2025)';

/** Nobody has checked these against NĐ 152/2025: every value is the seed 003 one, flagged unverified. */
export const ND_152_2025_PROFILE: RuleProfile = {
  id: 'nd152-2025',
  label: 'Nghị định 152/2025/NĐ-CP (chưa kiểm chứng)',
  source: ND_152,
  unverified: true,
  quorum: {
    ...SEED_003_QUORUM,
    unverified: true,
    source: `${ND_152}: chưa kiểm chứng, tạm lấy 2/3 như seed 003`,
  },
  perTitle: perTitle((titleId) => ({
    ...seed003Rule(titleId),
    unverified: true,
    source: `${ND_152}: chưa kiểm chứng, tạm lấy theo seed 003`,
  })),
};

export const BUILT_IN_PROFILES: RuleProfile[] = [
  SEED_003_PROFILE,
  ND_91_2017_PROFILE,
  ND_98_2023_PROFILE,
  ND_152_2025_PROFILE,
];

export const CUSTOM_PROFILE_ID = 'custom';

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
