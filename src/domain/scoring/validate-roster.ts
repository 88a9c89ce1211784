/**
 * Checks of the staff list as scoring needs it: everyone in a known tổ with a known role, and namesakes
 * that can be told apart on the lists sent up.
 */
import type { DomainIssue } from '../issues';
import type { Person, SchoolRoster } from '../school/types';
import { nameMatchKey } from '../text';
import { describePerson } from './describe';
import { keyMatch, keyProblem } from './keys';

function validateTeams(roster: SchoolRoster, issues: DomainIssue[]): void {
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
        message: `Tổ "${team.name}": ${problem} Hãy đổi mã tổ.`,
      });
    }
  }
  for (const [id, count] of byId) {
    if (count > 1) {
      issues.push({
        code: 'roster.duplicate-team-id',
        severity: 'error',
        message: `Mã tổ "${id}" xuất hiện ${count} lần. Hãy đặt cho mỗi tổ một mã riêng.`,
      });
    }
  }
  for (const names of byName.values()) {
    if (names.length > 1) {
      issues.push({
        code: 'roster.duplicate-team-name',
        severity: 'error',
        message: `Có ${names.length} tổ cùng tên "${names[0]}": bảng tổng hợp sẽ gộp chung các tổ này. Hãy đặt cho mỗi tổ một tên riêng.`,
      });
    }
  }
}

function validateNamesakes(staff: readonly Person[], issues: DomainIssue[]): void {
  const byName = new Map<string, Person[]>();
  for (const person of staff) {
    const key = nameMatchKey(person.fullName);
    const group = byName.get(key);
    if (group) group.push(person);
    else byName.set(key, [person]);
  }
  for (const group of byName.values()) {
    if (group.length < 2) continue;
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

export function validateRoster(roster: SchoolRoster): DomainIssue[] {
  const issues: DomainIssue[] = [];
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
        message: `Mã ${person.id} được dùng cho cả ${earlier.fullName} và ${person.fullName}. Hãy đặt cho mỗi người một mã riêng.`,
      });
    } else {
      seenIds.set(keyMatch(person.id), person);
    }
    const problem = keyProblem(person.id, 'person');
    if (problem) {
      issues.push({
        code: 'roster.unsafe-person-key',
        severity: 'error',
        message: `${who}: ${problem} Hãy đổi mã cán bộ.`,
      });
    }
    if (person.teamId.trim() === '') {
      issues.push({
        code: 'roster.person-without-team',
        severity: 'error',
        message: `${who} chưa thuộc tổ nào. Hãy chọn tổ cho người này trong danh sách cán bộ, giáo viên, nhân viên.`,
      });
    } else if (!teamIds.has(person.teamId)) {
      issues.push({
        code: 'roster.unknown-team',
        severity: 'error',
        message: `${who} thuộc tổ "${person.teamId}" không có trong danh sách tổ. Hãy chọn một tổ có sẵn hoặc thêm tổ này.`,
      });
    }
    if (!roleIds.has(person.roleId)) {
      issues.push({
        code: 'roster.unknown-role',
        severity: 'error',
        message:
          `${who} có vai trò "${person.roleId}" không có trong danh sách vai trò (${roleList}): ` +
          'người này chỉ được chấm các tiêu chí áp dụng cho tất cả. Hãy chọn một vai trò có sẵn.',
      });
    }
  }
  validateNamesakes(roster.staff, issues);
  return issues;
}
