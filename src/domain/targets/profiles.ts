/**
 * Eligibility profiles (DOMAIN.md §6, §7) as data: each title is a list of conditions, each condition
 * carries its legal source, so every "no" can say which condition failed and where it comes from. A school
 * edits the numbers on "Quy chế"; `customTargetProfile` applies such edits to a built-in profile.
 * Conditions marked `unverified` are ones the project could not check against the text of the law: the
 * sheet says so and the school confirms them.
 */
import type { PerformanceRating, TitleId } from '../titles';
import { SOURCES } from './sources';
import type { AchievementLevel, DisciplineLevel } from './types';

export interface RuleMeta {
  source: string;
  unverified?: boolean;
}

/** A condition that one achievement or rating can satisfy, offered as one of several paths. */
export type PathCondition =
  | { kind: 'ratingAtLeast'; rating: PerformanceRating }
  | { kind: 'hasInitiative'; levelAtLeast: AchievementLevel }
  | { kind: 'hasResearch'; levelAtLeast: AchievementLevel };

export type IndividualCondition = RuleMeta &
  (
    | PathCondition
    /** Served at least this many whole months by the year's end; maternity leave counts as served. */
    | { kind: 'minMonthsWorked'; months: number }
    | { kind: 'noDisciplineFrom'; level: DisciplineLevel }
    /** Reached (or can still reach) another title this year, e.g. CSTĐCS needs LĐTT. */
    | { kind: 'hasTitleThisYear'; titleId: TitleId }
    /** The title this year and in the `years − 1` school years just before it. */
    | { kind: 'consecutiveYears'; titleId: 'CSTDCS'; years: number }
    | { kind: 'anyOf'; options: PathCondition[] }
  );

export type CollectiveCondition = RuleMeta &
  (
    | { kind: 'unitRatingAtLeast'; rating: PerformanceRating }
    /** `comparison` 'atLeast' is "từ 70% trở lên" (≥); 'moreThan' is "trên 50%" (>). */
    | { kind: 'memberShareWithTitle'; titleId: TitleId; percent: number; comparison: 'atLeast' | 'moreThan' }
    | { kind: 'allMembersRatingAtLeast'; rating: PerformanceRating }
    | { kind: 'membersWithTitleAtLeast'; titleId: TitleId; count: number }
    | { kind: 'noMemberDisciplineFrom'; level: DisciplineLevel }
  );

/** A cap: the number with a title or rating may not exceed `percent` of a base, compared on integers. */
export interface CapRule extends RuleMeta {
  percent: number;
}

export type TargetProfileId = 'luat-2022' | 'luat-2003';

export interface TargetProfile {
  /** A built-in id, or a built-in id the school has edited (`customised`). */
  id: TargetProfileId;
  label: string;
  source: string;
  customised?: boolean;
  /** Seed 003 principle 2: no registration, no title. */
  requireRegistration: boolean;
  individual: Partial<Record<TitleId, IndividualCondition[]>>;
  collective: Partial<Record<TitleId, CollectiveCondition[]>>;
  caps: {
    /** CSTĐCS ≤ percent × LĐTT. */
    cstdcsOfLdtt: CapRule | null;
    /** HTXSNV ≤ percent × those rated HTTNV or better. */
    htxsnvOfRated: CapRule | null;
  };
}

const LUAT_2022: TargetProfile = {
  id: 'luat-2022',
  label: 'Luật Thi đua, khen thưởng 2022',
  source: SOURCES.luat2022,
  requireRegistration: true,
  individual: {
    LDTT: [
      { kind: 'ratingAtLeast', rating: 'HTTNV', source: SOURCES.ldtt2022 },
      { kind: 'minMonthsWorked', months: 6, source: SOURCES.ldttTenure2022 },
    ],
    CSTDCS: [
      { kind: 'hasTitleThisYear', titleId: 'LDTT', source: SOURCES.cstdcs2022 },
      {
        kind: 'anyOf',
        options: [
          { kind: 'ratingAtLeast', rating: 'HTXSNV' },
          { kind: 'hasInitiative', levelAtLeast: 'co-so' },
          { kind: 'hasResearch', levelAtLeast: 'co-so' },
        ],
        source: SOURCES.cstdcs2022,
      },
    ],
    CSTD_TINH: [
      { kind: 'hasTitleThisYear', titleId: 'CSTDCS', source: SOURCES.cstdTinh2022 },
      { kind: 'consecutiveYears', titleId: 'CSTDCS', years: 3, source: SOURCES.cstdTinh2022 },
      {
        kind: 'anyOf',
        options: [
          { kind: 'hasInitiative', levelAtLeast: 'tinh' },
          { kind: 'hasResearch', levelAtLeast: 'tinh' },
        ],
        source: SOURCES.cstdTinh2022,
      },
    ],
  },
  collective: {
    TTLDTT: [
      { kind: 'unitRatingAtLeast', rating: 'HTTNV', source: SOURCES.ttldtt2022 },
      {
        kind: 'memberShareWithTitle',
        titleId: 'LDTT',
        percent: 70,
        comparison: 'atLeast',
        source: SOURCES.ttldtt2022,
      },
      { kind: 'noMemberDisciplineFrom', level: 'canh-cao', source: SOURCES.ttldtt2022 },
    ],
    TTLDXS: [
      { kind: 'unitRatingAtLeast', rating: 'HTXSNV', source: SOURCES.ttldxs2022 },
      { kind: 'allMembersRatingAtLeast', rating: 'HTNV', source: SOURCES.ttldxs2022 },
      {
        kind: 'memberShareWithTitle',
        titleId: 'LDTT',
        percent: 70,
        comparison: 'atLeast',
        source: SOURCES.ttldxs2022,
      },
      { kind: 'membersWithTitleAtLeast', titleId: 'CSTDCS', count: 1, source: SOURCES.ttldxs2022 },
      { kind: 'noMemberDisciplineFrom', level: 'canh-cao', source: SOURCES.ttldxs2022 },
    ],
  },
  caps: {
    // Luật 2022 / NĐ 98/2023 dropped the national CSTĐCS cap; a province may set one on "Quy chế".
    cstdcsOfLdtt: null,
    htxsnvOfRated: { percent: 20, source: SOURCES.htxsnvCap },
  },
};

const LUAT_2003: TargetProfile = {
  id: 'luat-2003',
  label: 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013) và NĐ 91/2017/NĐ-CP',
  source: SOURCES.luat2003,
  requireRegistration: true,
  individual: {
    LDTT: [
      { kind: 'ratingAtLeast', rating: 'HTTNV', source: SOURCES.ldtt2003 },
      { kind: 'minMonthsWorked', months: 10, source: SOURCES.ldttConditions2003, unverified: true },
      {
        kind: 'noDisciplineFrom',
        level: 'khien-trach',
        source: SOURCES.ldttConditions2003,
        unverified: true,
      },
    ],
    CSTDCS: [
      { kind: 'hasTitleThisYear', titleId: 'LDTT', source: SOURCES.cstdcs2003 },
      // Under the 2003 law HTXSNV alone was not enough: a recognised sáng kiến (or accepted research) was.
      {
        kind: 'anyOf',
        options: [
          { kind: 'hasInitiative', levelAtLeast: 'co-so' },
          { kind: 'hasResearch', levelAtLeast: 'co-so' },
        ],
        source: SOURCES.cstdcs2003,
      },
    ],
    CSTD_TINH: [
      { kind: 'hasTitleThisYear', titleId: 'CSTDCS', source: SOURCES.cstdTinh2003 },
      { kind: 'consecutiveYears', titleId: 'CSTDCS', years: 3, source: SOURCES.cstdTinh2003 },
      {
        kind: 'anyOf',
        options: [
          { kind: 'hasInitiative', levelAtLeast: 'tinh' },
          { kind: 'hasResearch', levelAtLeast: 'tinh' },
        ],
        source: SOURCES.cstdTinh2003,
      },
    ],
  },
  collective: {
    TTLDTT: [
      { kind: 'unitRatingAtLeast', rating: 'HTTNV', source: SOURCES.ttldtt2003 },
      {
        kind: 'memberShareWithTitle',
        titleId: 'LDTT',
        percent: 50,
        comparison: 'moreThan',
        source: SOURCES.ttldtt2003,
      },
      { kind: 'noMemberDisciplineFrom', level: 'canh-cao', source: SOURCES.ttldtt2003 },
    ],
    TTLDXS: [
      { kind: 'unitRatingAtLeast', rating: 'HTXSNV', source: SOURCES.ttldxs2003 },
      { kind: 'allMembersRatingAtLeast', rating: 'HTNV', source: SOURCES.ttldxs2003 },
      {
        kind: 'memberShareWithTitle',
        titleId: 'LDTT',
        percent: 70,
        comparison: 'atLeast',
        source: SOURCES.ttldxs2003,
      },
      { kind: 'membersWithTitleAtLeast', titleId: 'CSTDCS', count: 1, source: SOURCES.ttldxs2003 },
      { kind: 'noMemberDisciplineFrom', level: 'canh-cao', source: SOURCES.ttldxs2003 },
    ],
  },
  caps: {
    cstdcsOfLdtt: { percent: 15, source: SOURCES.cstdcsCap },
    htxsnvOfRated: null,
  },
};

export const TARGET_PROFILES: Record<TargetProfileId, TargetProfile> = {
  'luat-2022': LUAT_2022,
  'luat-2003': LUAT_2003,
};

export const TARGET_PROFILE_IDS = Object.keys(TARGET_PROFILES) as TargetProfileId[];

export function isTargetProfileId(value: string): value is TargetProfileId {
  return Object.prototype.hasOwnProperty.call(TARGET_PROFILES, value);
}

/** Titles a profile has rules for: a target or registration for any other title is refused. */
export function profileKnowsTitle(profile: TargetProfile, titleId: TitleId): boolean {
  return profile.individual[titleId] !== undefined || profile.collective[titleId] !== undefined;
}

/** The numbers a school may edit on "Quy chế"; null switches a cap off. */
export interface TargetProfileEdits {
  requireRegistration?: boolean;
  ldttMinMonths?: number;
  ttldttPercent?: number;
  ttldxsPercent?: number;
  cstdcsCapPercent?: number | null;
  htxsnvCapPercent?: number | null;
}

/** Appended to the source of a number the school changed, so a flag never credits the law with it. */
export const SCHOOL_EDIT_NOTE = ' (nhà trường điều chỉnh)';

function edited(source: string): string {
  return source.endsWith(SCHOOL_EDIT_NOTE) ? source : `${source}${SCHOOL_EDIT_NOTE}`;
}

function withMinMonths(conditions: IndividualCondition[], months: number): IndividualCondition[] {
  return conditions.map((c) =>
    c.kind === 'minMonthsWorked' && c.months !== months ? { ...c, months, source: edited(c.source) } : c,
  );
}

function withLdttShare(conditions: CollectiveCondition[], percent: number): CollectiveCondition[] {
  return conditions.map((c) =>
    c.kind === 'memberShareWithTitle' && c.titleId === 'LDTT' && c.percent !== percent
      ? { ...c, percent, source: edited(c.source) }
      : c,
  );
}

function editCap(cap: CapRule | null, percent: number | null | undefined, source: string): CapRule | null {
  if (percent === undefined || percent === cap?.percent) return cap;
  if (percent === null) return null;
  // A cap the school sets takes the citation of the cap it stands for, marked as the school's choice.
  return { ...cap, percent, source: edited(cap?.source ?? source) };
}

/** A built-in profile with the school's edits; unchanged values keep the built-in condition and source. */
export function customTargetProfile(baseId: TargetProfileId, edits: TargetProfileEdits): TargetProfile {
  const base = TARGET_PROFILES[baseId];
  const individual = { ...base.individual };
  const collective = { ...base.collective };
  if (edits.ldttMinMonths !== undefined && individual.LDTT) {
    individual.LDTT = withMinMonths(individual.LDTT, edits.ldttMinMonths);
  }
  if (edits.ttldttPercent !== undefined && collective.TTLDTT) {
    collective.TTLDTT = withLdttShare(collective.TTLDTT, edits.ttldttPercent);
  }
  if (edits.ttldxsPercent !== undefined && collective.TTLDXS) {
    collective.TTLDXS = withLdttShare(collective.TTLDXS, edits.ttldxsPercent);
  }
  const profile: TargetProfile = {
    ...base,
    requireRegistration: edits.requireRegistration ?? base.requireRegistration,
    individual,
    collective,
    caps: {
      cstdcsOfLdtt: editCap(base.caps.cstdcsOfLdtt, edits.cstdcsCapPercent, SOURCES.cstdcsCap),
      htxsnvOfRated: editCap(base.caps.htxsnvOfRated, edits.htxsnvCapPercent, SOURCES.htxsnvCap),
    },
  };
  return { ...profile, customised: !sameRules(profile, base) };
}

function sameRules(a: TargetProfile, b: TargetProfile): boolean {
  return JSON.stringify({ ...a, customised: undefined }) === JSON.stringify({ ...b, customised: undefined });
}

/** Editable numbers of a profile, as "Quy chế" shows them. */
export function profileEditableValues(profile: TargetProfile): Required<TargetProfileEdits> {
  const months = profile.individual.LDTT?.find((c) => c.kind === 'minMonthsWorked');
  const share = (titleId: TitleId): number => {
    const c = profile.collective[titleId]?.find(
      (x) => x.kind === 'memberShareWithTitle' && x.titleId === 'LDTT',
    );
    return c && c.kind === 'memberShareWithTitle' ? c.percent : 0;
  };
  return {
    requireRegistration: profile.requireRegistration,
    ldttMinMonths: months && months.kind === 'minMonthsWorked' ? months.months : 0,
    ttldttPercent: share('TTLDTT'),
    ttldxsPercent: share('TTLDXS'),
    cstdcsCapPercent: profile.caps.cstdcsOfLdtt?.percent ?? null,
    htxsnvCapPercent: profile.caps.htxsnvOfRated?.percent ?? null,
  };
}

/** Problems with a profile's own numbers (percent outside 0..100, negative months), in Vietnamese. */
export function validateTargetProfile(profile: TargetProfile): string[] {
  const problems: string[] = [];
  const v = profileEditableValues(profile);
  const percent = (label: string, value: number | null) => {
    if (value !== null && (!Number.isFinite(value) || value < 0 || value > 100)) {
      problems.push(`${label} phải từ 0 đến 100 (đang là ${value}).`);
    }
  };
  percent('Tỉ lệ LĐTT của Tập thể lao động tiên tiến', v.ttldttPercent);
  percent('Tỉ lệ LĐTT của Tập thể lao động xuất sắc', v.ttldxsPercent);
  percent('Giới hạn CSTĐCS theo số LĐTT', v.cstdcsCapPercent);
  percent('Giới hạn HTXSNV', v.htxsnvCapPercent);
  if (!Number.isInteger(v.ldttMinMonths) || v.ldttMinMonths < 0 || v.ldttMinMonths > 120) {
    problems.push(
      `Số tháng công tác tối thiểu để xét LĐTT phải là số nguyên từ 0 đến 120 (đang là ${v.ldttMinMonths}).`,
    );
  }
  return problems;
}
