/**
 * Bad input in registrations, records, proposals and decisions. Each problem becomes an issue at its cell;
 * what can still be used is kept (the first of two duplicates, a record with an impossible date that the
 * rules then judge), what cannot (a registration for an unknown code) is named in the issue.
 */
import type { CellLocation, DomainIssue } from '../issues';
import type { PerformanceRating, TitleId } from '../titles';
import { PERFORMANCE_RATINGS, TITLES } from '../titles';
import { parseIsoDate } from './dates';
import { personLabel } from './eligibility';
import { formatIsoDate } from './format';
import type { TargetProfile } from './profiles';
import { profileKnowsTitle } from './profiles';
import type { SubjectDirectory } from './subjects';
import { subjectExists, subjectKey, subjectLabel, subjectTitleKey } from './subjects';
import type {
  AchievementTally,
  PersonRecord,
  Proposal,
  Registration,
  SubjectRef,
  Target,
  TitleDecision,
  UnitRecord,
} from './types';

function at(location: CellLocation | undefined): { location?: CellLocation } {
  return location ? { location } : {};
}

function where(location: CellLocation | undefined): string {
  return location ? ` (ô ${location.address} sheet ${location.sheet})` : '';
}

function unknownSubject(subject: SubjectRef, what: string, location: CellLocation | undefined): DomainIssue {
  const message =
    subject.kind === 'person'
      ? `${what} cho mã cán bộ "${subject.id}"${where(location)} nhưng danh sách không có ai mang mã này. Sửa mã hoặc bổ sung người vào danh sách.`
      : `${what} cho tổ mã "${subject.kind === 'team' ? subject.id : ''}"${where(location)} nhưng trường không có tổ này. Sửa tên tổ hoặc bổ sung tổ.`;
  return { code: 'targets.unknown-subject', severity: 'error', message, ...at(location) };
}

function titleProblem(
  subject: SubjectRef,
  titleId: TitleId,
  profile: TargetProfile,
  dir: SubjectDirectory,
  what: string,
  location: CellLocation | undefined,
): DomainIssue | undefined {
  const who = subjectLabel(subject, dir);
  const title = TITLES[titleId];
  if (!profileKnowsTitle(profile, titleId)) {
    return {
      code: 'targets.unknown-title',
      severity: 'error',
      message: `${who}: ${what} ${title.label}, nhưng quy chế "${profile.label}" không có tiêu chuẩn cho danh hiệu này nên không xét được. Đổi danh hiệu hoặc quy chế.`,
      source: profile.source,
      ...at(location),
    };
  }
  const wantsIndividual = subject.kind === 'person';
  if ((title.scope === 'individual') !== wantsIndividual) {
    return {
      code: 'targets.wrong-scope',
      severity: 'error',
      message: `${who}: ${what} ${title.label}, là danh hiệu ${title.scope === 'individual' ? 'cá nhân' : 'tập thể'}. Ghi ở đúng khối (cá nhân hoặc tổ) trên sheet Đăng ký.`,
      ...at(location),
    };
  }
  return undefined;
}

export function validateRegistrations(
  registrations: Registration[],
  profile: TargetProfile,
  dir: SubjectDirectory,
): { registered: Set<string>; issues: DomainIssue[] } {
  const issues: DomainIssue[] = [];
  const firstAt = new Map<string, CellLocation | undefined>();
  for (const reg of registrations) {
    if (!subjectExists(reg.subject, dir)) {
      issues.push(unknownSubject(reg.subject, `Đăng ký ${TITLES[reg.titleId].label}`, reg.location));
      continue;
    }
    const problem = titleProblem(reg.subject, reg.titleId, profile, dir, 'đăng ký', reg.location);
    if (problem) {
      issues.push(problem);
      continue;
    }
    const key = subjectTitleKey(reg.subject, reg.titleId);
    if (firstAt.has(key)) {
      issues.push({
        code: 'targets.registered-twice',
        severity: 'error',
        message: `${subjectLabel(reg.subject, dir)} đăng ký ${TITLES[reg.titleId].label} hai lần${where(firstAt.get(key))}${reg.location ? ` và${where(reg.location)}` : ''}. Xóa một lần đăng ký; hiện chỉ tính một.`,
        ...at(reg.location),
      });
      continue;
    }
    firstAt.set(key, reg.location);
  }
  return { registered: new Set(firstAt.keys()), issues };
}

function recordIssue(
  record: PersonRecord,
  code: string,
  severity: DomainIssue['severity'],
  message: string,
): DomainIssue {
  return { code, severity, message, ...at(record.location) };
}

function validateTally(
  record: PersonRecord,
  who: string,
  tally: AchievementTally | undefined,
  what: string,
): DomainIssue[] {
  if (!tally || (Number.isInteger(tally.count) && tally.count >= 0)) return [];
  return [
    recordIssue(
      record,
      'targets.record.bad-number',
      'error',
      `${who}: số ${what} là "${tally.count}", cần số nguyên từ 0 trở lên.`,
    ),
  ];
}

function validateRecordDates(
  record: PersonRecord,
  who: string,
  yearStart: string,
  yearEnd: string,
): DomainIssue[] {
  const issues: DomainIssue[] = [];
  if (record.hireDate !== undefined) {
    if (!parseIsoDate(record.hireDate)) {
      issues.push(
        recordIssue(
          record,
          'targets.record.bad-date',
          'error',
          `${who}: ngày tuyển dụng "${record.hireDate}" không phải ngày có thật. Nhập theo dạng dd/mm/yyyy.`,
        ),
      );
    } else if (parseIsoDate(yearEnd) && record.hireDate > yearEnd) {
      issues.push(
        recordIssue(
          record,
          'targets.record.hired-after-year',
          'error',
          `${who}: ngày tuyển dụng ${formatIsoDate(record.hireDate)} sau ngày kết thúc năm học ${formatIsoDate(yearEnd)}, không thể có. Sửa ngày tuyển dụng.`,
        ),
      );
    }
  }
  const date = record.discipline?.date;
  if (date !== undefined) {
    if (!parseIsoDate(date)) {
      issues.push(
        recordIssue(
          record,
          'targets.record.bad-date',
          'error',
          `${who}: ngày kỷ luật "${date}" không phải ngày có thật. Nhập theo dạng dd/mm/yyyy.`,
        ),
      );
    } else if (date > yearEnd) {
      issues.push(
        recordIssue(
          record,
          'targets.record.discipline-after-year',
          'error',
          `${who}: ngày kỷ luật ${formatIsoDate(date)} sau ngày kết thúc năm học ${formatIsoDate(yearEnd)}, không thể có. Sửa ngày.`,
        ),
      );
    } else if (date < yearStart) {
      issues.push(
        recordIssue(
          record,
          'targets.record.discipline-before-year',
          'warning',
          `${who}: kỷ luật ngày ${formatIsoDate(date)}, trước năm học, vẫn đang được tính khi xét. Xóa nếu kỷ luật không còn ảnh hưởng năm nay.`,
        ),
      );
    }
  }
  return issues;
}

function validateRecordNumbers(
  record: PersonRecord,
  who: string,
  firstYear: number | undefined,
): DomainIssue[] {
  const issues: DomainIssue[] = [];
  const maternity = record.maternityLeaveMonths;
  if (maternity !== undefined && (!Number.isInteger(maternity) || maternity < 0 || maternity > 12)) {
    issues.push(
      recordIssue(
        record,
        'targets.record.bad-number',
        'error',
        `${who}: số tháng nghỉ thai sản "${maternity}" cần là số nguyên từ 0 đến 12.`,
      ),
    );
  }
  issues.push(...validateTally(record, who, record.initiatives, 'sáng kiến'));
  issues.push(...validateTally(record, who, record.research, 'đề tài'));
  for (const year of record.cstdcsYears ?? []) {
    if (!Number.isInteger(year)) {
      issues.push(
        recordIssue(
          record,
          'targets.record.bad-number',
          'error',
          `${who}: năm đạt CSTĐCS "${year}" không đọc được. Ghi theo dạng 2018-2019.`,
        ),
      );
    } else if (firstYear !== undefined && year >= firstYear) {
      issues.push(
        recordIssue(
          record,
          'targets.record.cstdcs-year-not-before',
          'error',
          `${who}: năm đạt CSTĐCS ${year}-${year + 1} không phải năm trước năm học ${firstYear}-${firstYear + 1}. Chỉ ghi các năm trước; năm nay do bảng xét tính.`,
        ),
      );
    }
  }
  return issues;
}

function bandIssues(record: PersonRecord, who: string): DomainIssue[] {
  const band = record.band;
  if (!band || !Object.prototype.hasOwnProperty.call(PERFORMANCE_RATINGS, band)) return [];
  if (record.rating === undefined) {
    return [
      recordIssue(
        record,
        'targets.record.rating-from-band',
        'info',
        `${who}: chưa có xếp loại; khung điểm là ${band}. Nhập xếp loại để xét danh hiệu.`,
      ),
    ];
  }
  return record.rating === (band as PerformanceRating)
    ? []
    : [
        recordIssue(
          record,
          'targets.record.rating-band-mismatch',
          'warning',
          `${who}: xếp loại ${record.rating} khác khung điểm ${band} của bảng chấm điểm. Kiểm tra lại xếp loại hoặc điểm.`,
        ),
      ];
}

export function validateRecords(
  records: PersonRecord[],
  dir: SubjectDirectory,
  yearStart: string,
  yearEnd: string,
): { byPerson: Map<string, PersonRecord>; issues: DomainIssue[] } {
  const issues: DomainIssue[] = [];
  const byPerson = new Map<string, PersonRecord>();
  const firstYear = parseIsoDate(yearStart)?.year;
  for (const record of records) {
    const person = dir.staffById.get(record.personId);
    if (!person) {
      issues.push(unknownSubject({ kind: 'person', id: record.personId }, 'Hồ sơ xét', record.location));
      continue;
    }
    const who = personLabel(person);
    if (byPerson.has(record.personId)) {
      issues.push(
        recordIssue(
          record,
          'targets.record.duplicate',
          'error',
          `${who} có hai hồ sơ xét${where(byPerson.get(record.personId)?.location)}${where(record.location)}; đang dùng hồ sơ đầu tiên. Xóa một hồ sơ.`,
        ),
      );
      continue;
    }
    byPerson.set(record.personId, record);
    issues.push(...validateRecordDates(record, who, yearStart, yearEnd));
    issues.push(...validateRecordNumbers(record, who, firstYear), ...bandIssues(record, who));
  }
  return { byPerson, issues };
}

export function validateUnitRecords(
  unitRecords: UnitRecord[],
  dir: SubjectDirectory,
): { ratings: Map<string, PerformanceRating>; issues: DomainIssue[] } {
  const issues: DomainIssue[] = [];
  const ratings = new Map<string, PerformanceRating>();
  const seen = new Set<string>();
  for (const unit of unitRecords) {
    if (!subjectExists(unit.subject, dir)) {
      issues.push(unknownSubject(unit.subject, 'Xếp loại tập thể', unit.location));
      continue;
    }
    const key = subjectKey(unit.subject);
    if (seen.has(key)) {
      issues.push({
        code: 'targets.record.duplicate',
        severity: 'error',
        message: `${subjectLabel(unit.subject, dir)} có hai dòng xếp loại tập thể; đang dùng dòng đầu. Xóa một dòng.`,
        ...at(unit.location),
      });
      continue;
    }
    seen.add(key);
    if (unit.rating) ratings.set(key, unit.rating);
  }
  return { ratings, issues };
}

export function validateProposals(
  proposals: Proposal[],
  profile: TargetProfile,
  dir: SubjectDirectory,
  targets: Target[],
): { valid: Proposal[]; issues: DomainIssue[] } {
  const issues: DomainIssue[] = [];
  const valid: Proposal[] = [];
  const targetIds = new Set(targets.map((t) => t.id));
  const seen = new Set<string>();
  for (const p of proposals) {
    if (!subjectExists(p.subject, dir)) {
      issues.push(unknownSubject(p.subject, 'Đề nghị khen thưởng', p.location));
      continue;
    }
    const who = subjectLabel(p.subject, dir);
    if (!p.titleId && !p.targetId) {
      issues.push({
        code: 'targets.proposal.no-form',
        severity: 'error',
        message: `Đề nghị cho ${who}${where(p.location)} chưa ghi danh hiệu hay hình thức khen thưởng. Ghi rõ đề nghị gì.`,
        ...at(p.location),
      });
      continue;
    }
    if (p.titleId) {
      const problem = titleProblem(p.subject, p.titleId, profile, dir, 'được đề nghị', p.location);
      if (problem) {
        issues.push(problem);
        continue;
      }
    }
    if (p.targetId && !targetIds.has(p.targetId)) {
      issues.push({
        code: 'targets.proposal.unknown-target',
        severity: 'error',
        message: `Đề nghị cho ${who} theo chỉ tiêu mã "${p.targetId}" nhưng sheet Chỉ tiêu không có mã này. Sửa mã.`,
        ...at(p.location),
      });
      continue;
    }
    const key = `${subjectKey(p.subject)}|${p.titleId ?? ''}|${p.targetId ?? ''}|${p.achievementId ?? ''}`;
    if (seen.has(key)) {
      issues.push({
        code: 'targets.proposal.duplicate',
        severity: 'warning',
        message: `${who} được đề nghị cùng một hình thức hai lần${where(p.location)}; chỉ tính một. Xóa dòng thừa.`,
        ...at(p.location),
      });
      continue;
    }
    seen.add(key);
    valid.push(p);
  }
  return { valid, issues };
}

export function validateDecisions(
  decisions: TitleDecision[],
  profile: TargetProfile,
  dir: SubjectDirectory,
): { bySubjectTitle: Map<string, TitleDecision>; issues: DomainIssue[] } {
  const issues: DomainIssue[] = [];
  const bySubjectTitle = new Map<string, TitleDecision>();
  for (const d of decisions) {
    if (!subjectExists(d.subject, dir)) {
      issues.push(unknownSubject(d.subject, `Kết quả bình xét ${TITLES[d.titleId].label}`, d.location));
      continue;
    }
    const problem = titleProblem(d.subject, d.titleId, profile, dir, 'có kết quả bình xét', d.location);
    if (problem) {
      issues.push(problem);
      continue;
    }
    const key = subjectTitleKey(d.subject, d.titleId);
    if (bySubjectTitle.has(key)) {
      issues.push({
        code: 'targets.decision.duplicate',
        severity: 'error',
        message: `${subjectLabel(d.subject, dir)} có hai kết quả cho ${TITLES[d.titleId].label}; đang dùng kết quả đầu. Xóa một kết quả.`,
        ...at(d.location),
      });
      continue;
    }
    bySubjectTitle.set(key, d);
  }
  return { bySubjectTitle, issues };
}
