/**
 * The targets area's rows on "Quy chế": the school's Quy chế for titles. A legal profile is the starting
 * point; every condition the school may change (registration, LĐTT rating and months, discipline, what
 * CSTĐCS needs beyond LĐTT, years of CSTĐCS for CSTĐ tỉnh, LĐTT shares of TTLĐTT / TTLĐXS, caps) is a row,
 * read back into the profile, so editing a cell changes the decisions with no code change. Each note shows
 * the rule's source, scope, dates and whether it was checked. The
 * shares and the CSTĐCS cap get workbook names because formulas on "Đăng ký" and "Chỉ tiêu" read them.
 * `readTargetSettings` reads only these keys back, so other areas' rows never disturb it.
 */
import type { CellLocation, DomainIssue } from '../../domain/issues';
import type {
  CstdcsPath,
  DisciplineSetting,
  RuleMeta,
  TargetProfile,
  TargetProfileEdits,
  TargetProfileId,
} from '../../domain/targets';
import {
  DISCIPLINE_LABELS,
  RULE_STATUS_TEXT,
  RULES,
  TARGET_PROFILE_IDS,
  TARGET_PROFILES,
  cite,
  customTargetProfile,
  effectiveText,
  isTargetProfileId,
  profileEditableValues,
  ruleStatusOf,
  SCHOOL_EDIT_NOTE,
  validateTargetProfile,
} from '../../domain/targets';
import type { PerformanceRating } from '../../domain/titles';
import { nameMatchKey } from '../../domain/text';
import type { CellValue } from '../grid';
import type { QuyCheEntry, QuyCheSection } from '../quy-che/entries';
import { isBlank, readNumber, text } from './cell-read';
import { NAMES } from './constants';

export const TARGET_SETTING_KEYS = {
  profile: 'targets.profile',
  requireRegistration: 'targets.requireRegistration',
  ldttMinRating: 'targets.ldtt.minRating',
  ldttMinMonths: 'targets.ldtt.minMonths',
  discipline: 'targets.discipline.mode',
  disciplineFrom: 'targets.discipline.from',
  cstdcsPath: 'targets.cstdcs.path',
  cstdTinhYears: 'targets.cstdTinh.years',
  ttldttPercent: 'targets.ttldtt.ldttPercent',
  ttldxsPercent: 'targets.ttldxs.ldttPercent',
  cstdcsCap: 'targets.cap.cstdcsOfLdtt',
  htxsnvCap: 'targets.cap.htxsnvOfRated',
} as const;

export const TARGET_SETTINGS_TITLE = 'Chỉ tiêu và điều kiện xét danh hiệu';

const YES = 'Có';
const NO = 'Không';

/** The words a user picks on the sheet for each choice, and back. */
export const DISCIPLINE_SETTING_TEXT: Record<DisciplineSetting, string> = {
  'from-term-end': 'Đang xem xét hoặc chưa hết thời hạn kỷ luật thì không xét',
  'whole-year': 'Bị kỷ luật trong năm thì không xét cả năm',
  none: 'Không xét điều kiện kỷ luật',
};

export const CSTDCS_PATH_TEXT: Record<CstdcsPath, string> = {
  any: 'HTXSNV hoặc sáng kiến hoặc đề tài',
  initiative: 'Sáng kiến hoặc đề tài',
  'htxsnv-and-initiative': 'HTXSNV và sáng kiến (hoặc đề tài)',
};

const RATING_CHOICES: PerformanceRating[] = ['HTXSNV', 'HTTNV', 'HTNV'];

/** "source – scope; hiệu lực …; đã kiểm chứng": every rule shown with what the school needs to judge it. */
export function ruleNote(meta: RuleMeta | undefined, extra = ''): string {
  if (!meta) return '';
  const status = RULE_STATUS_TEXT[ruleStatusOf(meta)];
  const info = meta.ruleId ? RULES[meta.ruleId] : undefined;
  // The school's own rule has no legal dates; what it is and why it is not the law's is what helps.
  if (info?.status === 'school' && !meta.source.endsWith(SCHOOL_EDIT_NOTE))
    return `${meta.source}: ${info.says}`;
  const where = info ? ` – phạm vi: ${info.scope}; hiệu lực: ${effectiveText(info)}` : '';
  const check = meta.unverified ? ' – nhà trường kiểm tra lại' : '';
  return `${meta.source}${extra}${where}; ${status}${check}`;
}

function choice<T extends string>(list: readonly T[], message: string): Pick<QuyCheEntry, 'validation'> {
  return { validation: { kind: 'list', list: [...list], errorMessage: message } };
}

export function targetSettingsSection(profile: TargetProfile): QuyCheSection {
  const values = profileEditableValues(profile);
  const ldtt = profile.individual.LDTT ?? [];
  const months = ldtt.find((c) => c.kind === 'minMonthsWorked');
  const rating = ldtt.find((c) => c.kind === 'ratingAtLeast');
  const discipline =
    ldtt.find((c) => c.kind === 'noDisciplineFrom') ??
    profile.individual.CSTDCS?.find((c) => c.kind === 'noDisciplineFrom');
  const cstdcs = profile.individual.CSTDCS?.find((c) => c.kind === 'anyOf');
  const years = profile.individual.CSTD_TINH?.find((c) => c.kind === 'consecutiveYears');
  const share = (titleId: 'TTLDTT' | 'TTLDXS') =>
    profile.collective[titleId]?.find((c) => c.kind === 'memberShareWithTitle' && c.titleId === 'LDTT');
  const shareNote = (titleId: 'TTLDTT' | 'TTLDXS') => {
    const c = share(titleId);
    const rule =
      c && c.kind === 'memberShareWithTitle'
        ? c.comparison === 'atLeast'
          ? ' (từ … % trở lên)'
          : ' (trên … %)'
        : '';
    return ruleNote(c, rule);
  };
  const percent = (name?: string): Pick<QuyCheEntry, 'validation' | 'name'> => ({
    ...(name ? { name } : {}),
    validation: { kind: 'decimal', min: 0, max: 100, errorMessage: 'Nhập một tỉ lệ phần trăm từ 0 đến 100.' },
  });
  const entries: QuyCheEntry[] = [
    {
      key: TARGET_SETTING_KEYS.profile,
      label: 'Bộ quy định xét danh hiệu (điểm xuất phát; các điều kiện bên dưới là quy chế của trường)',
      value: profile.id,
      note: `${profile.label}. Chọn: ${TARGET_PROFILE_IDS.map((id) => `${id} (${TARGET_PROFILES[id].label})`).join('; ')}.`,
      ...choice(TARGET_PROFILE_IDS, 'Chọn một bộ quy định trong danh sách.'),
    },
    {
      key: TARGET_SETTING_KEYS.requireRegistration,
      label: 'Phải đăng ký thi đua mới được xét',
      value: values.requireRegistration ? YES : NO,
      note: ruleNote(profile.registration),
      ...choice([YES, NO], 'Chọn "Có" hoặc "Không".'),
    },
    {
      key: TARGET_SETTING_KEYS.ldttMinRating,
      label: 'Xếp loại tối thiểu để xét LĐTT',
      value: values.ldttMinRating,
      note: ruleNote(rating),
      ...choice(RATING_CHOICES, 'Chọn HTXSNV, HTTNV hoặc HTNV.'),
    },
    {
      key: TARGET_SETTING_KEYS.ldttMinMonths,
      label: 'Số tháng công tác tối thiểu để xét LĐTT (nghỉ thai sản được tính)',
      value: values.ldttMinMonths,
      note: ruleNote(months),
      validation: {
        kind: 'whole',
        min: 0,
        max: 120,
        errorMessage: 'Nhập số tháng là số nguyên từ 0 đến 120.',
      },
    },
    {
      key: TARGET_SETTING_KEYS.discipline,
      label: 'Kỷ luật và danh hiệu LĐTT, CSTĐCS',
      value: DISCIPLINE_SETTING_TEXT[values.discipline],
      note: discipline ? ruleNote(discipline) : 'Không xét điều kiện kỷ luật (nhà trường chọn).',
      ...choice(Object.values(DISCIPLINE_SETTING_TEXT), 'Chọn một cách xét kỷ luật trong danh sách.'),
    },
    {
      key: TARGET_SETTING_KEYS.disciplineFrom,
      label: 'Hình thức kỷ luật nhẹ nhất bị tính',
      value: DISCIPLINE_LABELS[values.disciplineFrom],
      note: 'Khiển trách, cảnh cáo, hạ bậc lương, giáng chức, cách chức, buộc thôi việc (nhẹ đến nặng).',
      ...choice(Object.values(DISCIPLINE_LABELS), 'Chọn một hình thức kỷ luật trong danh sách.'),
    },
    {
      key: TARGET_SETTING_KEYS.cstdcsPath,
      label: 'CSTĐCS: ngoài LĐTT còn cần',
      value: CSTDCS_PATH_TEXT[values.cstdcsPath],
      note: ruleNote(cstdcs),
      ...choice(Object.values(CSTDCS_PATH_TEXT), 'Chọn một điều kiện trong danh sách.'),
    },
    {
      key: TARGET_SETTING_KEYS.cstdTinhYears,
      label: 'CSTĐ cấp tỉnh: số năm liên tục đạt CSTĐCS',
      value: values.cstdTinhYears,
      note: ruleNote(years),
      validation: { kind: 'whole', min: 1, max: 10, errorMessage: 'Nhập số năm từ 1 đến 10.' },
    },
    {
      key: TARGET_SETTING_KEYS.ttldttPercent,
      label: 'Tỉ lệ thành viên đạt LĐTT để tổ đạt Tập thể lao động tiên tiến (%)',
      value: values.ttldttPercent,
      note: shareNote('TTLDTT'),
      ...percent(NAMES.ttldttPercent),
    },
    {
      key: TARGET_SETTING_KEYS.ttldxsPercent,
      label: 'Tỉ lệ thành viên đạt LĐTT để đạt Tập thể lao động xuất sắc (%)',
      value: values.ttldxsPercent,
      note: shareNote('TTLDXS'),
      ...percent(NAMES.ttldxsPercent),
    },
    {
      key: TARGET_SETTING_KEYS.cstdcsCap,
      label: 'Số CSTĐCS tối đa, tính theo % số LĐTT (để trống: không giới hạn)',
      value: values.cstdcsCapPercent,
      note: profile.caps.cstdcsOfLdtt
        ? ruleNote(profile.caps.cstdcsOfLdtt)
        : `Không áp dụng theo quy định hiện hành; tỉnh có thể quy định riêng (trước đây: ${ruleNote(cite('cstdcsCap2017'))}).`,
      ...percent(profile.caps.cstdcsOfLdtt ? NAMES.cstdcsCap : undefined),
    },
    {
      key: TARGET_SETTING_KEYS.htxsnvCap,
      label: 'Số xếp loại HTXSNV tối đa, tính theo % số HTTNV trở lên (để trống: không giới hạn)',
      value: values.htxsnvCapPercent,
      note: profile.caps.htxsnvOfRated
        ? ruleNote(profile.caps.htxsnvOfRated)
        : `Không áp dụng cho trường trừ khi nhà trường chọn (${ruleNote(cite('htxsnvCap'))}).`,
      ...percent(),
    },
  ];
  return { title: TARGET_SETTINGS_TITLE, entries };
}

export interface TargetSettingsReadResult {
  profile: TargetProfile;
  issues: DomainIssue[];
}

/**
 * The profile the "Quy chế" values describe: a built-in profile with the school's numbers. A value that
 * cannot be read keeps the built-in number and says so at its cell.
 */
export function readTargetSettings(
  values: ReadonlyMap<string, CellValue>,
  locate?: (key: string) => CellLocation | undefined,
  /** The profile in force for the year (`defaultTargetProfileFor`), used when the cell is empty or wrong. */
  fallbackId: TargetProfileId = 'luat-2022',
): TargetSettingsReadResult {
  const issues: DomainIssue[] = [];
  const problem = (key: string, message: string) => {
    const location = locate?.(key);
    issues.push({
      code: 'targets.settings.bad-value',
      severity: 'error',
      message,
      ...(location ? { location } : {}),
    });
  };
  const rawId = text(values.get(TARGET_SETTING_KEYS.profile) ?? null);
  let baseId: TargetProfileId = fallbackId;
  if (isTargetProfileId(rawId)) baseId = rawId;
  else if (rawId !== '') {
    problem(
      TARGET_SETTING_KEYS.profile,
      `Bộ quy định "${rawId}" không có; đang dùng ${baseId} (${TARGET_PROFILES[baseId].label}). Chọn một trong: ${TARGET_PROFILE_IDS.join(', ')}.`,
    );
  }
  const edits: TargetProfileEdits = {};
  const reg = values.get(TARGET_SETTING_KEYS.requireRegistration);
  if (reg !== undefined && !isBlank(reg)) {
    const t = nameMatchKey(text(reg));
    if (t === nameMatchKey(YES) || t === 'true') edits.requireRegistration = true;
    else if (t === nameMatchKey(NO) || t === 'false') edits.requireRegistration = false;
    else
      problem(
        TARGET_SETTING_KEYS.requireRegistration,
        `"Phải đăng ký thi đua mới được xét" ghi "${text(reg)}"; chỉ ghi "Có" hoặc "Không". Đang giữ giá trị của bộ quy định.`,
      );
  }
  const number = (key: string, label: string, allowBlank: boolean): number | null | undefined => {
    const raw = values.get(key);
    if (raw === undefined) return undefined;
    if (isBlank(raw)) {
      if (allowBlank) return null;
      problem(key, `${label} đang trống; đang dùng số của bộ quy định. Nhập một số.`);
      return undefined;
    }
    const parsed = readNumber(raw);
    if (parsed.ok) return parsed.value;
    problem(key, `${label}: ${parsed.reason}; đang dùng số của bộ quy định. Nhập một số.`);
    return undefined;
  };
  const pick = <T extends string>(key: string, label: string, words: Record<T, string>): T | undefined => {
    const raw = values.get(key);
    if (raw === undefined || isBlank(raw)) return undefined;
    const t = nameMatchKey(text(raw));
    const found = (Object.keys(words) as T[]).find(
      (k) => nameMatchKey(words[k]) === t || nameMatchKey(k) === t,
    );
    if (found === undefined) {
      problem(
        key,
        `${label} ghi "${text(raw)}"; chọn một trong: ${Object.values<string>(words).join('; ')}. Đang giữ giá trị của bộ quy định.`,
      );
    }
    return found;
  };
  const ratingWords = Object.fromEntries(RATING_CHOICES.map((r) => [r, r])) as Record<
    PerformanceRating,
    string
  >;
  const minRating = pick(TARGET_SETTING_KEYS.ldttMinRating, 'Xếp loại tối thiểu để xét LĐTT', ratingWords);
  if (minRating) edits.ldttMinRating = minRating;
  const discipline = pick(TARGET_SETTING_KEYS.discipline, 'Kỷ luật và danh hiệu', DISCIPLINE_SETTING_TEXT);
  if (discipline) edits.discipline = discipline;
  const from = pick(
    TARGET_SETTING_KEYS.disciplineFrom,
    'Hình thức kỷ luật nhẹ nhất bị tính',
    DISCIPLINE_LABELS,
  );
  if (from) edits.disciplineFrom = from;
  const path = pick(TARGET_SETTING_KEYS.cstdcsPath, 'Điều kiện CSTĐCS', CSTDCS_PATH_TEXT);
  if (path) edits.cstdcsPath = path;
  const years = number(TARGET_SETTING_KEYS.cstdTinhYears, 'Số năm liên tục đạt CSTĐCS', false);
  if (typeof years === 'number') edits.cstdTinhYears = years;
  const months = number(TARGET_SETTING_KEYS.ldttMinMonths, 'Số tháng công tác tối thiểu để xét LĐTT', false);
  if (typeof months === 'number') edits.ldttMinMonths = months;
  const ttldtt = number(
    TARGET_SETTING_KEYS.ttldttPercent,
    'Tỉ lệ LĐTT của Tập thể lao động tiên tiến',
    false,
  );
  if (typeof ttldtt === 'number') edits.ttldttPercent = ttldtt;
  const ttldxs = number(TARGET_SETTING_KEYS.ttldxsPercent, 'Tỉ lệ LĐTT của Tập thể lao động xuất sắc', false);
  if (typeof ttldxs === 'number') edits.ttldxsPercent = ttldxs;
  const cstdcs = number(TARGET_SETTING_KEYS.cstdcsCap, 'Giới hạn CSTĐCS', true);
  if (cstdcs !== undefined) edits.cstdcsCapPercent = cstdcs;
  const htxsnv = number(TARGET_SETTING_KEYS.htxsnvCap, 'Giới hạn HTXSNV', true);
  if (htxsnv !== undefined) edits.htxsnvCapPercent = htxsnv;

  const edited = customTargetProfile(baseId, edits);
  const invalid = validateTargetProfile(edited);
  if (invalid.length > 0) {
    for (const message of invalid)
      problem(TARGET_SETTING_KEYS.profile, `${message} Đang dùng số của bộ quy định ${baseId}.`);
    return { profile: TARGET_PROFILES[baseId], issues };
  }
  return { profile: edited, issues };
}
