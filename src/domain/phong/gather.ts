/**
 * The Phòng's gathering of every school's summary (DOMAIN.md §8b): which files count, the district's totals
 * and lists, and every check a Phòng makes by hand today. A bad file is reported by its name and never stops
 * the others.
 */
import type { IssueSeverity } from '../issues';
import { compareVietnamese, compareVietnameseNames, nameMatchKey } from '../text';
import { TITLE_IDS, TITLES, type TitleId } from '../titles';
import { summaryIntact } from './check-value';
import type { SignedSummary, SummaryProposal } from './summary';

/** One file as read: its summary, or why it could not be read. */
export interface GatheredFile {
  fileName: string;
  summary?: SignedSummary;
  /** The school sent its whole workbook: the summary was computed here, there is no check value to verify. */
  computed?: boolean;
  /** Vietnamese reason the file gave no summary. */
  problem?: string;
  /**
   * Whether the check value matched, when it was checked as the file was read (keptForDistrict), so the
   * summary's per-person results could be let go; checked here when absent.
   */
  intact?: boolean;
}

/**
 * What the district needs of a file, and no more: the check value is verified now, then the school's
 * per-person results (the bulk of a summary, never printed by the Phòng) are dropped, so 3,000 schools'
 * summaries fit in little memory.
 */
export function keptForDistrict(file: GatheredFile): GatheredFile {
  const { summary } = file;
  if (!summary) return file;
  return {
    ...file,
    ...(file.computed ? {} : { intact: file.intact ?? summaryIntact(summary) }),
    summary: { ...summary, results: [] },
  };
}

export interface GatherSettings {
  /** Năm học the Phòng gathers; by default the year most files give. */
  schoolYear?: string;
  /** Hạn nộp, ISO yyyy-mm-dd: a file exported after it is late. */
  deadline?: string;
  /** The Phòng's own name: a school whose cơ quan cấp trên differs sent its file to the wrong place. */
  phongName?: string;
  /** Schools the Phòng expects (names as the schools write them). */
  expectedSchools?: string[];
}

export interface GatherIssue {
  code: string;
  severity: IssueSeverity;
  message: string;
  fileName?: string;
  schoolName?: string;
  /** The rule or practice the check rests on. */
  source?: string;
}

export interface DistrictSchool {
  fileName: string;
  summary: SignedSummary;
  computed: boolean;
}

export interface DistrictTitleTotal {
  titleId: TitleId;
  registered: number;
  eligible: number;
  approved: number;
  /** Sum of the schools' targets; undefined when no school set one. */
  target?: number;
  /** Proposals on the district's list (the schools' lists added up). */
  listed: number;
}

export interface DistrictProposal extends SummaryProposal {
  schoolName: string;
}

export interface DistrictGathering {
  schoolYear: string;
  /** Schools whose files count, in Vietnamese order of their names. */
  schools: DistrictSchool[];
  totals: DistrictTitleTotal[];
  /** Per title, every school's proposals, in the order official lists use (given name first). */
  lists: Partial<Record<TitleId, DistrictProposal[]>>;
  issues: GatherIssue[];
}

const PRACTICE = 'Hướng dẫn tổng hợp của Phòng GD&ĐT';

function schoolKey(name: string): string {
  return nameMatchKey(name);
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

/** Files that gave a summary and belong to this gathering; the rest reported. */
function admissible(files: GatheredFile[], settings: GatherSettings, year: string, issues: GatherIssue[]) {
  const kept: DistrictSchool[] = [];
  for (const file of files) {
    const { summary, fileName } = file;
    if (!summary) {
      issues.push({
        code: 'phong.file-unreadable',
        severity: 'error',
        fileName,
        message: `Tệp "${fileName}": ${file.problem ?? 'không đọc được.'}`,
      });
      continue;
    }
    const schoolName = summary.school.name;
    if (summary.school.schoolYear !== year) {
      issues.push({
        code: 'phong.other-year',
        severity: 'error',
        fileName,
        schoolName,
        message: `Tệp "${fileName}" (${schoolName}) là của năm học ${summary.school.schoolYear}, không phải ${year}: không được cộng vào tổng hợp.`,
      });
      continue;
    }
    const phong = settings.phongName?.trim();
    if (phong && nameMatchKey(summary.school.parentBody) !== nameMatchKey(phong)) {
      issues.push({
        code: 'phong.other-phong',
        severity: 'error',
        fileName,
        schoolName,
        message: `Tệp "${fileName}" (${schoolName}) gửi "${summary.school.parentBody}", không phải "${phong}": không được cộng vào tổng hợp.`,
      });
      continue;
    }
    if (!file.computed && !(file.intact ?? summaryIntact(summary))) {
      issues.push({
        code: 'phong.edited-after-export',
        severity: 'error',
        fileName,
        schoolName,
        message: `Tệp "${fileName}" (${schoolName}) đã bị sửa sau khi xuất (mã kiểm tra không khớp): hãy đề nghị trường xuất lại từ Thi Đua.`,
        source: PRACTICE,
      });
    }
    kept.push({ fileName, summary, computed: file.computed === true });
  }
  return kept;
}

/** Two files for one school: the later export counts, the other is named. */
function oneFilePerSchool(schools: DistrictSchool[], issues: GatherIssue[]): DistrictSchool[] {
  const byKey = new Map<string, DistrictSchool>();
  for (const school of schools) {
    const key = schoolKey(school.summary.school.name);
    const other = byKey.get(key);
    if (!other) {
      byKey.set(key, school);
      continue;
    }
    const [newer, older] =
      other.summary.exportedAt >= school.summary.exportedAt ? [other, school] : [school, other];
    byKey.set(key, newer);
    issues.push({
      code: 'phong.duplicate-school',
      severity: 'warning',
      fileName: older.fileName,
      schoolName: school.summary.school.name,
      message: `${school.summary.school.name} có hai tệp: "${newer.fileName}" (xuất lúc ${newer.summary.exportedAt}) được dùng, "${older.fileName}" (xuất lúc ${older.summary.exportedAt}) bị bỏ qua.`,
    });
  }
  return [...byKey.values()];
}

function schoolChecks(school: DistrictSchool, settings: GatherSettings, profile: string | undefined) {
  const issues: GatherIssue[] = [];
  const { summary, fileName } = school;
  const schoolName = summary.school.name;
  const at = { fileName, schoolName };
  if (settings.deadline && summary.exportedAt.slice(0, 10) > settings.deadline) {
    issues.push({
      ...at,
      code: 'phong.late',
      severity: 'warning',
      message: `${schoolName} xuất tệp ngày ${summary.exportedAt.slice(0, 10)}, sau hạn nộp ${settings.deadline}.`,
      source: PRACTICE,
    });
  }
  if (profile && summary.profiles.targets && summary.profiles.targets !== profile) {
    issues.push({
      ...at,
      code: 'phong.other-profile',
      severity: 'warning',
      message: `${schoolName} xét theo bộ quy tắc "${summary.profiles.targets}", khác với đa số các trường ("${profile}").`,
    });
  }
  const approved = new Map(summary.titles.map((t) => [t.titleId, t.approved]));
  for (const titleId of TITLE_IDS) {
    const listed = summary.proposals.filter((p) => p.titleId === titleId).length;
    const stated = approved.get(titleId);
    if (stated !== undefined && stated !== listed) {
      issues.push({
        ...at,
        code: 'phong.totals-disagree',
        severity: 'error',
        message: `${schoolName}: bảng tổng hợp ghi ${stated} ${TITLES[titleId].shortLabel} được đề nghị nhưng danh sách có ${listed} người/tập thể.`,
      });
    }
  }
  for (const cap of summary.caps) {
    const count = summary.proposals.filter((p) => p.titleId === cap.titleId).length;
    const of = summary.proposals.filter((p) => p.titleId === cap.ofTitleId).length;
    // Exact: count ≤ percent% of `of`, compared on integers.
    if (count * 100 > cap.percent * of) {
      issues.push({
        ...at,
        code: 'phong.over-cap',
        severity: 'warning',
        message: `${schoolName} đề nghị ${count} ${TITLES[cap.titleId].shortLabel}, vượt ${cap.percent}% của ${of} ${TITLES[cap.ofTitleId].shortLabel}.`,
        source: cap.source,
      });
    }
  }
  return issues;
}

/** A person on two schools' lists for one title: same name, and same birth date where both give one. */
function proposedTwice(schools: DistrictSchool[]): GatherIssue[] {
  const seen = new Map<string, { school: DistrictSchool; proposal: SummaryProposal }[]>();
  for (const school of schools) {
    for (const proposal of school.summary.proposals) {
      if (TITLES[proposal.titleId].scope !== 'individual') continue;
      const key = `${proposal.titleId}|${nameMatchKey(proposal.fullName)}`;
      seen.set(key, [...(seen.get(key) ?? []), { school, proposal }]);
    }
  }
  const issues: GatherIssue[] = [];
  for (const group of seen.values()) {
    const schoolsOf = new Set(group.map((g) => schoolKey(g.school.summary.school.name)));
    if (schoolsOf.size < 2) continue;
    const births = new Set(group.map((g) => g.proposal.birthDate).filter((b): b is string => Boolean(b)));
    if (births.size > 1) continue; // namesakes: different birth dates
    const { proposal } = group[0];
    issues.push({
      code: 'phong.proposed-twice',
      severity: 'warning',
      message: `${proposal.fullName} được đề nghị ${TITLES[proposal.titleId].shortLabel} ở ${schoolsOf.size} trường: ${group.map((g) => `${g.school.summary.school.name} (tệp "${g.school.fileName}")`).join(', ')}.`,
    });
  }
  return issues;
}

function missingSchools(schools: DistrictSchool[], expected: string[]): GatherIssue[] {
  const have = new Set(schools.map((s) => schoolKey(s.summary.school.name)));
  return expected
    .filter((name) => name.trim() && !have.has(schoolKey(name)))
    .map((name) => ({
      code: 'phong.school-missing',
      severity: 'error' as const,
      schoolName: name,
      message: `Chưa có tệp của ${name}.`,
    }));
}

function totalsOf(schools: DistrictSchool[], lists: DistrictGathering['lists']): DistrictTitleTotal[] {
  const used = TITLE_IDS.filter(
    (id) => schools.some((s) => s.summary.titles.some((t) => t.titleId === id)) || lists[id],
  );
  return used.map((titleId) => {
    const rows = schools.flatMap((s) => s.summary.titles.filter((t) => t.titleId === titleId));
    const targets = rows.filter((r) => r.target !== undefined);
    return {
      titleId,
      registered: rows.reduce((sum, r) => sum + r.registered, 0),
      eligible: rows.reduce((sum, r) => sum + r.eligible, 0),
      approved: rows.reduce((sum, r) => sum + r.approved, 0),
      ...(targets.length > 0 ? { target: targets.reduce((sum, r) => sum + (r.target ?? 0), 0) } : {}),
      listed: lists[titleId]?.length ?? 0,
    };
  });
}

export function gatherDistrict(files: GatheredFile[], settings: GatherSettings = {}): DistrictGathering {
  const issues: GatherIssue[] = [];
  const year =
    settings.schoolYear ??
    mostCommon(files.flatMap((f) => (f.summary ? [f.summary.school.schoolYear] : []))) ??
    '';
  const schools = oneFilePerSchool(admissible(files, settings, year, issues), issues).sort((a, b) =>
    compareVietnamese(a.summary.school.name, b.summary.school.name),
  );
  const profile = mostCommon(
    schools.flatMap((s) => (s.summary.profiles.targets ? [s.summary.profiles.targets] : [])),
  );
  for (const school of schools) issues.push(...schoolChecks(school, settings, profile));
  issues.push(...proposedTwice(schools), ...missingSchools(schools, settings.expectedSchools ?? []));

  const lists: DistrictGathering['lists'] = {};
  for (const titleId of TITLE_IDS) {
    const rows = schools.flatMap((s) =>
      s.summary.proposals
        .filter((p) => p.titleId === titleId)
        .map((p): DistrictProposal => ({ ...p, schoolName: s.summary.school.name })),
    );
    if (rows.length > 0) {
      lists[titleId] = rows.sort(
        (a, b) =>
          compareVietnameseNames(a.fullName, b.fullName) || compareVietnamese(a.schoolName, b.schoolName),
      );
    }
  }
  return { schoolYear: year, schools, totals: totalsOf(schools, lists), lists, issues };
}
