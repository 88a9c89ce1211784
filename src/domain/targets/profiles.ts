/**
 * Eligibility profiles (DOMAIN.md §6, §7) as data: each title is a list of conditions, each condition
 * carries its legal source, so every "no" can say which condition failed and where it comes from. A school
 * edits the numbers on "Quy chế"; `customTargetProfile` applies such edits to a built-in profile.
 * Conditions marked `unverified` are ones the project could not check against the text of the law: the
 * sheet says so and the school confirms them.
 */
import type { PerformanceRating, TitleId } from '../titles';
import type { RuleId, RuleStatus } from './rules';
import { citation, RULES } from './rules';
import type { AchievementLevel, DisciplineLevel } from './types';

export interface RuleMeta {
  source: string;
  /** The entry of `RULES` this condition applies (scope, dates, what it says); absent for school edits. */
  ruleId?: RuleId;
  unverified?: boolean;
  /** The school's own rule (Quy chế của trường), not the law's. */
  schoolRule?: boolean;
}

/** The fields a condition takes from its entry in `RULES`. */
export function cite(id: RuleId): RuleMeta {
  const rule = RULES[id];
  const status: RuleStatus = rule.status;
  return {
    ruleId: id,
    source: rule.source,
    ...(status === 'unverified' ? { unverified: true } : {}),
    ...(status === 'school' ? { schoolRule: true } : {}),
  };
}

/** checked / unverified / school, as `RULES` would say for a condition (edits keep the school's mark). */
export function ruleStatusOf(meta: RuleMeta): RuleStatus {
  if (meta.schoolRule) return 'school';
  return meta.unverified ? 'unverified' : 'checked';
}

/** "TT 01/2024/TT-BNV (chưa kiểm chứng)": a condition's source as a flag quotes it. */
export function citeMeta(meta: RuleMeta): string {
  return citation(meta.source, ruleStatusOf(meta));
}

/** A condition that one achievement or rating can satisfy, offered as one of several paths. */
export type PathCondition =
  | { kind: 'ratingAtLeast'; rating: PerformanceRating }
  | { kind: 'hasInitiative'; levelAtLeast: AchievementLevel }
  | { kind: 'hasResearch'; levelAtLeast: AchievementLevel };

/**
 * How a discipline bars a title:
 * - whole-year (Luật 2003, NĐ 91/2017 Điều 10): a discipline from `level` up that touches the school year
 *   bars the title for that year;
 * - from-term-end (NĐ 152/2025 Điều 4 khoản 4): nobody is commended while a case is under consideration,
 *   and achievements count only from the end of the discipline's term, so a term that ends after the year
 *   starts leaves the year incomplete.
 */
export type DisciplineMode = 'whole-year' | 'from-term-end';

export type IndividualCondition = RuleMeta &
  (
    | PathCondition
    /** Served at least this many whole months by the year's end; maternity leave counts as served. */
    | { kind: 'minMonthsWorked'; months: number }
    | { kind: 'noDisciplineFrom'; level: DisciplineLevel; mode?: DisciplineMode }
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
  /** ISO days the law behind the profile is in force (to: last day); undefined when open. */
  from?: string;
  to?: string;
  customised?: boolean;
  /** No registration, no title: the law's (2003) or the school's own rule (2022, seed 000's plan). */
  requireRegistration: boolean;
  /** The rule behind `requireRegistration`, quoted when someone is stopped for not registering. */
  registration: RuleMeta;
  individual: Partial<Record<TitleId, IndividualCondition[]>>;
  collective: Partial<Record<TitleId, CollectiveCondition[]>>;
  caps: {
    /** CSTĐCS ≤ percent × LĐTT. */
    cstdcsOfLdtt: CapRule | null;
    /** HTXSNV ≤ percent × those rated HTTNV or better. */
    htxsnvOfRated: CapRule | null;
  };
}

const CSTDCS_ANY_PATH: PathCondition[] = [
  { kind: 'ratingAtLeast', rating: 'HTXSNV' },
  { kind: 'hasInitiative', levelAtLeast: 'co-so' },
  { kind: 'hasResearch', levelAtLeast: 'co-so' },
];
const INITIATIVE_PATH: PathCondition[] = [
  { kind: 'hasInitiative', levelAtLeast: 'co-so' },
  { kind: 'hasResearch', levelAtLeast: 'co-so' },
];

const LUAT_2022: TargetProfile = {
  id: 'luat-2022',
  label: 'Luật Thi đua, khen thưởng 2022',
  source: 'Luật Thi đua, khen thưởng 2022',
  from: '2024-01-01',
  // Điều 7 of the 2022 law dropped registration as a condition; a school may keep it in its Quy chế.
  requireRegistration: false,
  registration: cite('registration2022'),
  individual: {
    LDTT: [
      { kind: 'ratingAtLeast', rating: 'HTTNV', ...cite('ldtt2022') },
      { kind: 'minMonthsWorked', months: 6, ...cite('ldttTenure2022') },
      { kind: 'noDisciplineFrom', level: 'khien-trach', mode: 'from-term-end', ...cite('discipline2022') },
    ],
    CSTDCS: [
      { kind: 'hasTitleThisYear', titleId: 'LDTT', ...cite('cstdcs2022') },
      { kind: 'anyOf', options: CSTDCS_ANY_PATH, ...cite('cstdcs2022') },
      { kind: 'noDisciplineFrom', level: 'khien-trach', mode: 'from-term-end', ...cite('discipline2022') },
    ],
    CSTD_TINH: [
      { kind: 'hasTitleThisYear', titleId: 'CSTDCS', ...cite('cstdTinh2022') },
      { kind: 'consecutiveYears', titleId: 'CSTDCS', years: 3, ...cite('cstdTinh2022') },
      {
        kind: 'anyOf',
        options: [
          { kind: 'hasInitiative', levelAtLeast: 'tinh' },
          { kind: 'hasResearch', levelAtLeast: 'tinh' },
        ],
        ...cite('cstdTinh2022'),
      },
    ],
  },
  collective: {
    TTLDTT: [
      { kind: 'unitRatingAtLeast', rating: 'HTTNV', ...cite('ttldtt2022') },
      {
        kind: 'memberShareWithTitle',
        titleId: 'LDTT',
        percent: 70,
        comparison: 'atLeast',
        ...cite('ttldtt2022'),
      },
      { kind: 'noMemberDisciplineFrom', level: 'canh-cao', ...cite('ttldtt2022') },
    ],
    // Điều 27 lists no discipline clause: "no member disciplined from cảnh cáo up" was the 2003 law's.
    TTLDXS: [
      { kind: 'unitRatingAtLeast', rating: 'HTXSNV', ...cite('ttldxs2022') },
      { kind: 'allMembersRatingAtLeast', rating: 'HTNV', ...cite('ttldxs2022') },
      {
        kind: 'memberShareWithTitle',
        titleId: 'LDTT',
        percent: 70,
        comparison: 'atLeast',
        ...cite('ttldxs2022'),
      },
      { kind: 'membersWithTitleAtLeast', titleId: 'CSTDCS', count: 1, ...cite('ttldxs2022') },
    ],
  },
  caps: {
    // Luật 2022 / NĐ 98/2023 dropped the national CSTĐCS cap; a province may set one on "Quy chế".
    cstdcsOfLdtt: null,
    // NĐ 335/2025's 20% binds công chức, not a school's viên chức: off until the school turns it on.
    htxsnvOfRated: null,
  },
};

const LUAT_2003: TargetProfile = {
  id: 'luat-2003',
  label: 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013) và NĐ 91/2017/NĐ-CP',
  source: 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013), NĐ 91/2017/NĐ-CP',
  to: '2023-12-31',
  requireRegistration: true,
  registration: cite('registration2003'),
  individual: {
    LDTT: [
      { kind: 'ratingAtLeast', rating: 'HTTNV', ...cite('ldtt2003') },
      { kind: 'minMonthsWorked', months: 10, ...cite('ldttMonths2003') },
      { kind: 'noDisciplineFrom', level: 'khien-trach', mode: 'whole-year', ...cite('ldttDiscipline2003') },
    ],
    CSTDCS: [
      { kind: 'hasTitleThisYear', titleId: 'LDTT', ...cite('cstdcs2003') },
      // Under the 2003 law HTXSNV alone was not enough: a recognised sáng kiến (or accepted research) was.
      { kind: 'anyOf', options: INITIATIVE_PATH, ...cite('cstdcs2003') },
    ],
    CSTD_TINH: [
      { kind: 'hasTitleThisYear', titleId: 'CSTDCS', ...cite('cstdTinh2003') },
      { kind: 'consecutiveYears', titleId: 'CSTDCS', years: 3, ...cite('cstdTinh2003') },
      {
        kind: 'anyOf',
        options: [
          { kind: 'hasInitiative', levelAtLeast: 'tinh' },
          { kind: 'hasResearch', levelAtLeast: 'tinh' },
        ],
        ...cite('cstdTinh2003'),
      },
    ],
  },
  collective: {
    TTLDTT: [
      { kind: 'unitRatingAtLeast', rating: 'HTTNV', ...cite('ttldtt2003') },
      {
        kind: 'memberShareWithTitle',
        titleId: 'LDTT',
        percent: 50,
        comparison: 'moreThan',
        ...cite('ttldtt2003'),
      },
      { kind: 'noMemberDisciplineFrom', level: 'canh-cao', ...cite('ttldtt2003') },
    ],
    TTLDXS: [
      { kind: 'unitRatingAtLeast', rating: 'HTXSNV', ...cite('ttldxs2003') },
      { kind: 'allMembersRatingAtLeast', rating: 'HTNV', ...cite('ttldxs2003') },
      {
        kind: 'memberShareWithTitle',
        titleId: 'LDTT',
        percent: 70,
        comparison: 'atLeast',
        ...cite('ttldxs2003'),
      },
      { kind: 'membersWithTitleAtLeast', titleId: 'CSTDCS', count: 1, ...cite('ttldxs2003') },
      { kind: 'noMemberDisciplineFrom', level: 'canh-cao', ...cite('ttldxs2003') },
    ],
  },
  caps: {
    cstdcsOfLdtt: { percent: 15, ...cite('cstdcsCap2017') },
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

/** CSTĐCS beyond LĐTT: one of HTXSNV / sáng kiến / đề tài (2022), sáng kiến or đề tài (2003), or both. */
export type CstdcsPath = 'any' | 'initiative' | 'htxsnv-and-initiative';

/** How discipline bars LĐTT and CSTĐCS; 'none' drops the condition (the school's choice). */
export type DisciplineSetting = DisciplineMode | 'none';

/** What a school may change on "Quy chế"; null switches a cap off. */
export interface TargetProfileEdits {
  requireRegistration?: boolean;
  ldttMinRating?: PerformanceRating;
  ldttMinMonths?: number;
  discipline?: DisciplineSetting;
  disciplineFrom?: DisciplineLevel;
  cstdcsPath?: CstdcsPath;
  cstdTinhYears?: number;
  ttldttPercent?: number;
  ttldxsPercent?: number;
  cstdcsCapPercent?: number | null;
  htxsnvCapPercent?: number | null;
}

/** Appended to the source of a number the school changed, so a flag never credits the law with it. */
export const SCHOOL_EDIT_NOTE = ' (nhà trường điều chỉnh)';

function edited<T extends RuleMeta>(meta: T): T {
  const source = meta.source.endsWith(SCHOOL_EDIT_NOTE) ? meta.source : `${meta.source}${SCHOOL_EDIT_NOTE}`;
  const copy: T = { ...meta, source, schoolRule: true };
  delete copy.unverified;
  return copy;
}

function metaOf(c: RuleMeta): RuleMeta {
  return {
    source: c.source,
    ...(c.ruleId ? { ruleId: c.ruleId } : {}),
    ...(c.unverified ? { unverified: true } : {}),
    ...(c.schoolRule ? { schoolRule: true } : {}),
  };
}

function withMinMonths(conditions: IndividualCondition[], months: number): IndividualCondition[] {
  return conditions.map((c) =>
    c.kind === 'minMonthsWorked' && c.months !== months ? edited({ ...c, months }) : c,
  );
}

function withMinRating(conditions: IndividualCondition[], rating: PerformanceRating): IndividualCondition[] {
  return conditions.map((c) =>
    c.kind === 'ratingAtLeast' && c.rating !== rating ? edited({ ...c, rating }) : c,
  );
}

function withDiscipline(
  conditions: IndividualCondition[],
  setting: DisciplineSetting | undefined,
  level: DisciplineLevel | undefined,
  fallback: RuleMeta,
): IndividualCondition[] {
  if (setting === undefined && level === undefined) return conditions;
  const current = conditions.find((c) => c.kind === 'noDisciplineFrom');
  const rest = conditions.filter((c) => c.kind !== 'noDisciplineFrom');
  if (setting === 'none') return current ? rest : conditions;
  const mode = setting ?? (current?.kind === 'noDisciplineFrom' ? (current.mode ?? 'whole-year') : undefined);
  if (mode === undefined) return conditions;
  const from = level ?? (current?.kind === 'noDisciplineFrom' ? current.level : 'khien-trach');
  if (
    current?.kind === 'noDisciplineFrom' &&
    (current.mode ?? 'whole-year') === mode &&
    current.level === from
  ) {
    return conditions;
  }
  const meta = current ? metaOf(current) : fallback;
  return [...rest, edited({ kind: 'noDisciplineFrom', level: from, mode, ...meta })];
}

function withCstdcsPath(conditions: IndividualCondition[], path: CstdcsPath): IndividualCondition[] {
  if (cstdcsPathOf(conditions) === path) return conditions;
  const anyOf = conditions.find((c) => c.kind === 'anyOf');
  const meta = edited(anyOf ? metaOf(anyOf) : metaOf(conditions[0]));
  const keep = conditions.filter((c) => c.kind !== 'anyOf' && c.kind !== 'ratingAtLeast');
  const paths: IndividualCondition[] =
    path === 'any'
      ? [{ kind: 'anyOf', options: CSTDCS_ANY_PATH, ...meta }]
      : path === 'initiative'
        ? [{ kind: 'anyOf', options: INITIATIVE_PATH, ...meta }]
        : [
            { kind: 'ratingAtLeast', rating: 'HTXSNV', ...meta },
            { kind: 'anyOf', options: INITIATIVE_PATH, ...meta },
          ];
  const [title, ...others] = keep;
  return title ? [title, ...paths, ...others] : paths;
}

function cstdcsPathOf(conditions: IndividualCondition[] | undefined): CstdcsPath {
  if (conditions?.some((c) => c.kind === 'ratingAtLeast' && c.rating === 'HTXSNV')) {
    return 'htxsnv-and-initiative';
  }
  const anyOf = conditions?.find((c) => c.kind === 'anyOf');
  return anyOf?.kind === 'anyOf' && anyOf.options.some((o) => o.kind === 'ratingAtLeast')
    ? 'any'
    : 'initiative';
}

function withYears(conditions: IndividualCondition[], years: number): IndividualCondition[] {
  return conditions.map((c) =>
    c.kind === 'consecutiveYears' && c.years !== years ? edited({ ...c, years }) : c,
  );
}

function withLdttShare(conditions: CollectiveCondition[], percent: number): CollectiveCondition[] {
  return conditions.map((c) =>
    c.kind === 'memberShareWithTitle' && c.titleId === 'LDTT' && c.percent !== percent
      ? edited({ ...c, percent })
      : c,
  );
}

function editCap(cap: CapRule | null, percent: number | null | undefined, id: RuleId): CapRule | null {
  if (percent === undefined || percent === cap?.percent) return cap;
  if (percent === null) return null;
  // A cap the school sets takes the citation of the cap it stands for, marked as the school's choice.
  return edited({ ...(cap ?? cite(id)), percent });
}

/** A built-in profile with the school's edits; unchanged values keep the built-in condition and source. */
export function customTargetProfile(baseId: TargetProfileId, edits: TargetProfileEdits): TargetProfile {
  const base = TARGET_PROFILES[baseId];
  const individual = { ...base.individual };
  const collective = { ...base.collective };
  const disciplineMeta = cite(baseId === 'luat-2003' ? 'ldttDiscipline2003' : 'discipline2022');
  if (individual.LDTT) {
    let ldtt = individual.LDTT;
    if (edits.ldttMinMonths !== undefined) ldtt = withMinMonths(ldtt, edits.ldttMinMonths);
    if (edits.ldttMinRating !== undefined) ldtt = withMinRating(ldtt, edits.ldttMinRating);
    individual.LDTT = withDiscipline(ldtt, edits.discipline, edits.disciplineFrom, disciplineMeta);
  }
  if (individual.CSTDCS) {
    let cstdcs = individual.CSTDCS;
    if (edits.cstdcsPath !== undefined) cstdcs = withCstdcsPath(cstdcs, edits.cstdcsPath);
    // CSTĐCS needs LĐTT, so the 2003 law's discipline bar reaches it through LĐTT; it is written out only
    // where the profile writes it (2022) or the school asks.
    const own = cstdcs.some((c) => c.kind === 'noDisciplineFrom');
    individual.CSTDCS =
      own || edits.discipline === 'from-term-end'
        ? withDiscipline(cstdcs, edits.discipline, edits.disciplineFrom, disciplineMeta)
        : cstdcs;
  }
  if (edits.cstdTinhYears !== undefined && individual.CSTD_TINH) {
    individual.CSTD_TINH = withYears(individual.CSTD_TINH, edits.cstdTinhYears);
  }
  if (edits.ttldttPercent !== undefined && collective.TTLDTT) {
    collective.TTLDTT = withLdttShare(collective.TTLDTT, edits.ttldttPercent);
  }
  if (edits.ttldxsPercent !== undefined && collective.TTLDXS) {
    collective.TTLDXS = withLdttShare(collective.TTLDXS, edits.ttldxsPercent);
  }
  const requireRegistration = edits.requireRegistration ?? base.requireRegistration;
  const profile: TargetProfile = {
    ...base,
    requireRegistration,
    registration:
      requireRegistration === base.requireRegistration ? base.registration : cite('registration2022'),
    individual,
    collective,
    caps: {
      cstdcsOfLdtt: editCap(base.caps.cstdcsOfLdtt, edits.cstdcsCapPercent, 'cstdcsCap2017'),
      htxsnvOfRated: editCap(base.caps.htxsnvOfRated, edits.htxsnvCapPercent, 'htxsnvCap'),
    },
  };
  return { ...profile, customised: !sameRules(profile, base) };
}

function sameRules(a: TargetProfile, b: TargetProfile): boolean {
  return JSON.stringify({ ...a, customised: undefined }) === JSON.stringify({ ...b, customised: undefined });
}

/** Everything a school may change, as "Quy chế" shows it. */
export function profileEditableValues(profile: TargetProfile): Required<TargetProfileEdits> {
  const ldtt = profile.individual.LDTT ?? [];
  const months = ldtt.find((c) => c.kind === 'minMonthsWorked');
  const rating = ldtt.find((c) => c.kind === 'ratingAtLeast');
  const discipline = ldtt.find((c) => c.kind === 'noDisciplineFrom');
  const years = profile.individual.CSTD_TINH?.find((c) => c.kind === 'consecutiveYears');
  const share = (titleId: TitleId): number => {
    const c = profile.collective[titleId]?.find(
      (x) => x.kind === 'memberShareWithTitle' && x.titleId === 'LDTT',
    );
    return c && c.kind === 'memberShareWithTitle' ? c.percent : 0;
  };
  return {
    requireRegistration: profile.requireRegistration,
    ldttMinRating: rating?.kind === 'ratingAtLeast' ? rating.rating : 'HTTNV',
    ldttMinMonths: months && months.kind === 'minMonthsWorked' ? months.months : 0,
    discipline: discipline?.kind === 'noDisciplineFrom' ? (discipline.mode ?? 'whole-year') : 'none',
    disciplineFrom: discipline?.kind === 'noDisciplineFrom' ? discipline.level : 'khien-trach',
    cstdcsPath: cstdcsPathOf(profile.individual.CSTDCS),
    cstdTinhYears: years?.kind === 'consecutiveYears' ? years.years : 3,
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
  if (!Number.isInteger(v.cstdTinhYears) || v.cstdTinhYears < 1 || v.cstdTinhYears > 10) {
    problems.push(
      `Số năm liên tục đạt CSTĐCS để xét CSTĐ cấp tỉnh phải là số nguyên từ 1 đến 10 (đang là ${v.cstdTinhYears}).`,
    );
  }
  return problems;
}
