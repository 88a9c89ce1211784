/**
 * The targets area's rows on "Quy chế": which eligibility profile, whether registration is required, and
 * the numbers a school may change (months of service for LĐTT, LĐTT shares of TTLĐTT / TTLĐXS, caps). The
 * shares and the CSTĐCS cap get workbook names because formulas on "Đăng ký" and "Chỉ tiêu" read them.
 * `readTargetSettings` reads only these keys back, so other areas' rows never disturb it.
 */
import type { CellLocation, DomainIssue } from '../../domain/issues';
import type { TargetProfile, TargetProfileEdits, TargetProfileId } from '../../domain/targets';
import {
  TARGET_PROFILE_IDS,
  TARGET_PROFILES,
  customTargetProfile,
  isTargetProfileId,
  profileEditableValues,
  validateTargetProfile,
} from '../../domain/targets';
import { nameMatchKey } from '../../domain/text';
import type { CellValue } from '../grid';
import type { QuyCheEntry, QuyCheSection } from '../quy-che/entries';
import { isBlank, readNumber, text } from './cell-read';
import { NAMES } from './constants';

export const TARGET_SETTING_KEYS = {
  profile: 'targets.profile',
  requireRegistration: 'targets.requireRegistration',
  ldttMinMonths: 'targets.ldtt.minMonths',
  ttldttPercent: 'targets.ttldtt.ldttPercent',
  ttldxsPercent: 'targets.ttldxs.ldttPercent',
  cstdcsCap: 'targets.cap.cstdcsOfLdtt',
  htxsnvCap: 'targets.cap.htxsnvOfRated',
} as const;

export const TARGET_SETTINGS_TITLE = 'Chỉ tiêu và điều kiện xét danh hiệu';

const YES = 'Có';
const NO = 'Không';

function conditionNote(source: string | undefined, unverified: boolean | undefined, extra = ''): string {
  const base = source ?? '';
  return `${base}${extra}${unverified ? ' – chưa kiểm chứng với văn bản, nhà trường kiểm tra lại' : ''}`;
}

export function targetSettingsSection(profile: TargetProfile): QuyCheSection {
  const values = profileEditableValues(profile);
  const months = profile.individual.LDTT?.find((c) => c.kind === 'minMonthsWorked');
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
    return conditionNote(c?.source, c?.unverified, rule);
  };
  const percent = (name?: string): Pick<QuyCheEntry, 'validation' | 'name'> => ({
    ...(name ? { name } : {}),
    validation: { kind: 'decimal', min: 0, max: 100, errorMessage: 'Nhập một tỉ lệ phần trăm từ 0 đến 100.' },
  });
  const entries: QuyCheEntry[] = [
    {
      key: TARGET_SETTING_KEYS.profile,
      label: 'Bộ quy định xét danh hiệu',
      value: profile.id,
      note: `${profile.label}. Chọn: ${TARGET_PROFILE_IDS.map((id) => `${id} (${TARGET_PROFILES[id].label})`).join('; ')}.`,
      validation: {
        kind: 'list',
        list: [...TARGET_PROFILE_IDS],
        errorMessage: 'Chọn một bộ quy định trong danh sách.',
      },
    },
    {
      key: TARGET_SETTING_KEYS.requireRegistration,
      label: 'Phải đăng ký thi đua mới được xét',
      value: values.requireRegistration ? YES : NO,
      note: 'Nguyên tắc: không đăng ký thì không xét danh hiệu (kế hoạch cụm thi đua, mục II.2).',
      validation: { kind: 'list', list: [YES, NO], errorMessage: 'Chọn "Có" hoặc "Không".' },
    },
    {
      key: TARGET_SETTING_KEYS.ldttMinMonths,
      label: 'Số tháng công tác tối thiểu để xét LĐTT (nghỉ thai sản được tính)',
      value: values.ldttMinMonths,
      note: conditionNote(months?.source, months?.unverified),
      validation: {
        kind: 'whole',
        min: 0,
        max: 120,
        errorMessage: 'Nhập số tháng là số nguyên từ 0 đến 120.',
      },
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
        ? conditionNote(profile.caps.cstdcsOfLdtt.source, profile.caps.cstdcsOfLdtt.unverified)
        : 'Không áp dụng theo quy định hiện hành; tỉnh có thể quy định riêng (NĐ 91/2017/NĐ-CP Điều 9 khoản 3 trước đây là 15%).',
      ...percent(profile.caps.cstdcsOfLdtt ? NAMES.cstdcsCap : undefined),
    },
    {
      key: TARGET_SETTING_KEYS.htxsnvCap,
      label: 'Số xếp loại HTXSNV tối đa, tính theo % số HTTNV trở lên (để trống: không giới hạn)',
      value: values.htxsnvCapPercent,
      note: profile.caps.htxsnvOfRated
        ? conditionNote(profile.caps.htxsnvOfRated.source, profile.caps.htxsnvOfRated.unverified)
        : 'Không áp dụng trong bộ quy định này.',
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
  let baseId: TargetProfileId = 'luat-2022';
  if (isTargetProfileId(rawId)) baseId = rawId;
  else {
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
