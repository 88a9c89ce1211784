/**
 * Bad input in the hồ sơ xét: impossible dates (hired after the year's end), numbers out of range, earlier
 * CSTĐCS years that are not earlier, a rating that disagrees with the scoring band. The record is still
 * used (the rules then judge it); the issue says what to fix.
 */
import type { DomainIssue } from '../issues';
import type { PerformanceRating } from '../titles';
import { PERFORMANCE_RATINGS } from '../titles';
import { personLabel } from './eligibility';
import { formatVietnameseDate, parseIsoDate } from '../text';
import type { SubjectDirectory } from './subjects';
import type { AchievementTally, PersonRecord } from './types';
import { at, unknownSubject, where } from './validate-entries';

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
          `${who}: ngày tuyển dụng ${formatVietnameseDate(record.hireDate)} sau ngày kết thúc năm học ${formatVietnameseDate(yearEnd)}, không thể có. Sửa ngày tuyển dụng.`,
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
          `${who}: ngày kỷ luật ${formatVietnameseDate(date)} sau ngày kết thúc năm học ${formatVietnameseDate(yearEnd)}, không thể có. Sửa ngày.`,
        ),
      );
    } else if (date < yearStart) {
      issues.push(
        recordIssue(
          record,
          'targets.record.discipline-before-year',
          'warning',
          `${who}: kỷ luật ngày ${formatVietnameseDate(date)}, trước năm học, vẫn đang được tính khi xét. Xóa nếu kỷ luật không còn ảnh hưởng năm nay.`,
        ),
      );
    }
  }
  const termEnd = record.discipline?.termEnd;
  if (termEnd !== undefined) {
    if (!parseIsoDate(termEnd)) {
      issues.push(
        recordIssue(
          record,
          'targets.record.bad-date',
          'error',
          `${who}: ngày hết hạn kỷ luật "${termEnd}" không phải ngày có thật. Nhập theo dạng dd/mm/yyyy.`,
        ),
      );
    } else if (date !== undefined && parseIsoDate(date) && termEnd < date) {
      issues.push(
        recordIssue(
          record,
          'targets.record.discipline-term-before-decision',
          'error',
          `${who}: ngày hết hạn kỷ luật ${formatVietnameseDate(termEnd)} trước ngày quyết định kỷ luật ${formatVietnameseDate(date)}. Sửa một trong hai ngày.`,
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
