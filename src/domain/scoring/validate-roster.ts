/**
 * Checks of the staff list as scoring needs it: everyone in a known tổ with a known role, and namesakes
 * that can be told apart on the lists sent up. A Phòng's list of schools is checked alike in its own words
 * (trường, cụm, cấp học: unitTermsOf); a school has no birth date, so two schools of one name are told
 * apart only by renaming one.
 */
import type { DomainIssue } from '../issues';
import type { Person, SchoolRoster } from '../school/types';
import { unitKindOf, unitTermsOf } from '../school/units';
import type { UnitTerms } from '../school/units';
import { nameMatchKey } from '../text';
import { describePerson } from './describe';
import { keyMatch, keyProblem } from './keys';

/** "Tổ", "Cụm": a word at the start of a sentence. */
function capitalised(word: string): string {
  return word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);
}

function validateTeams(roster: SchoolRoster, issues: DomainIssue[]): void {
  const { group } = unitTermsOf(roster);
  const Group = capitalised(group);
  const byId = new Map<string, number>();
  const byName = new Map<string, string[]>();
  // Names are only shown (the sheets count and rank by mã tổ), so any name is fine; a key must be safe.
  for (const team of roster.teams) {
    byId.set(keyMatch(team.id), (byId.get(keyMatch(team.id)) ?? 0) + 1);
    const key = nameMatchKey(team.name);
    byName.set(key, [...(byName.get(key) ?? []), team.name]);
    const problem = keyProblem(team.id, 'team');
    if (problem) {
      issues.push({
        code: 'roster.unsafe-team-key',
        severity: 'error',
        message: `${Group} "${team.name}": ${problem.replace(/^Mã tổ/, `Mã ${group}`)} Hãy đổi mã ${group}.`,
      });
    }
  }
  for (const [id, count] of byId) {
    if (count > 1) {
      issues.push({
        code: 'roster.duplicate-team-id',
        severity: 'error',
        message: `Mã ${group} "${id}" xuất hiện ${count} lần. Hãy đặt cho mỗi ${group} một mã riêng.`,
      });
    }
  }
  for (const names of byName.values()) {
    if (names.length > 1) {
      issues.push({
        code: 'roster.duplicate-team-name',
        severity: 'error',
        message: `Có ${names.length} ${group} cùng tên "${names[0]}": bảng tổng hợp sẽ gộp chung các ${group} này. Hãy đặt cho mỗi ${group} một tên riêng.`,
      });
    }
  }
}

function validateNamesakes(staff: readonly Person[], schools: boolean, issues: DomainIssue[]): void {
  const byName = new Map<string, Person[]>();
  for (const person of staff) {
    const key = nameMatchKey(person.fullName);
    const group = byName.get(key);
    if (group) group.push(person);
    else byName.set(key, [person]);
  }
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    if (schools) {
      issues.push({
        code: 'roster.namesakes',
        severity: 'warning',
        message:
          `Có ${group.length} trường cùng tên "${group[0].fullName}" (mã ${group.map((p) => p.id).join(', ')}): ` +
          'báo cáo gửi lên sẽ khó phân biệt. Hãy ghi tên đầy đủ của từng trường (ví dụ thêm tên xã, phường).',
      });
      continue;
    }
    const births = group.map((person) => person.birthDate ?? '');
    const toldApart = births.every((birth) => birth !== '') && new Set(births).size === group.length;
    if (toldApart) continue;
    issues.push({
      code: 'roster.namesakes',
      severity: 'warning',
      message:
        `Có ${group.length} người cùng tên "${group[0].fullName}" (mã ${group.map((p) => p.id).join(', ')}) ` +
        'mà ngày sinh không phân biệt được. Hãy nhập ngày sinh của từng người để danh sách gửi lên không nhầm lẫn.',
    });
  }
}

/** "mã cán bộ" / "mã trường": the key's name in running text. */
function keyWords(terms: UnitTerms): string {
  return terms.codeHeading === 'Mã' ? `mã ${terms.unit}` : terms.codeHeading.toLocaleLowerCase('vi');
}

export function validateRoster(roster: SchoolRoster): DomainIssue[] {
  const issues: DomainIssue[] = [];
  const terms = unitTermsOf(roster);
  const schools = unitKindOf(roster) === 'school';
  // The words of each message: a person of a tổ with a role, or a school of a cụm with a cấp học.
  const one = schools ? 'trường' : 'người';
  const role = terms.roleHeading.toLocaleLowerCase('vi');
  const list = schools ? 'danh sách các trường' : 'danh sách cán bộ, giáo viên, nhân viên';
  validateTeams(roster, issues);
  const teamIds = new Set(roster.teams.map((team) => team.id));
  const roleIds = new Set(roster.roles.map((role) => role.id));
  const roleList = roster.roles.map((role) => role.label).join(', ');
  const seenIds = new Map<string, Person>();
  for (const person of roster.staff) {
    const who = describePerson(person);
    // MATCH finds the first of two keys that differ only in case: they are the same key to the sheets.
    const earlier = seenIds.get(keyMatch(person.id));
    if (earlier) {
      issues.push({
        code: 'roster.duplicate-id',
        severity: 'error',
        message: `Mã ${person.id} được dùng cho cả ${earlier.fullName} và ${person.fullName}. Hãy đặt cho mỗi ${one} một mã riêng.`,
      });
    } else {
      seenIds.set(keyMatch(person.id), person);
    }
    const problem = keyProblem(person.id, 'person');
    if (problem) {
      issues.push({
        code: 'roster.unsafe-person-key',
        severity: 'error',
        message: `${who}: ${problem} Hãy đổi ${keyWords(terms)}.`,
      });
    }
    if (person.teamId.trim() === '') {
      issues.push({
        code: 'roster.person-without-team',
        severity: 'error',
        message: `${who} chưa thuộc ${terms.group} nào. Hãy chọn ${terms.group} cho ${one} này trong ${list}.`,
      });
    } else if (!teamIds.has(person.teamId)) {
      issues.push({
        code: 'roster.unknown-team',
        severity: 'error',
        message: `${who} thuộc ${terms.group} "${person.teamId}" không có trong danh sách ${terms.group}. Hãy chọn một ${terms.group} có sẵn hoặc thêm ${terms.group} này.`,
      });
    }
    if (!roleIds.has(person.roleId)) {
      issues.push({
        code: 'roster.unknown-role',
        severity: 'error',
        message:
          `${who} có ${role} "${person.roleId}" không có trong danh sách ${role} (${roleList}): ` +
          `${one} này chỉ được chấm các tiêu chí áp dụng cho tất cả. Hãy chọn một ${role} có sẵn.`,
      });
    }
  }
  // A school is ranked within its cấp học by COUNTIFS on the cấp học's code: a criterion, as a mã tổ is.
  if (schools) {
    for (const level of roster.roles) {
      const unsafe = keyProblem(level.id, 'team');
      if (!unsafe) continue;
      issues.push({
        code: 'roster.unsafe-role-key',
        severity: 'error',
        message: `Cấp học "${level.label}": ${unsafe.replace(/^Mã tổ/, 'Mã cấp học')} Hãy đổi mã cấp học.`,
      });
    }
  }
  validateNamesakes(roster.staff, schools, issues);
  return issues;
}
