/** Keys and names for subjects (a person, a tổ, the school) so maps can hold them and messages name them. */
import type { Person, Team } from '../school/types';
import { personLabel } from './eligibility';
import type { SubjectRef } from './types';

export function subjectKey(subject: SubjectRef): string {
  return subject.kind === 'school' ? 'school' : `${subject.kind}:${subject.id}`;
}

export function subjectTitleKey(subject: SubjectRef, titleId: string): string {
  return `${subjectKey(subject)}|${titleId}`;
}

export const SCHOOL: SubjectRef = { kind: 'school' };

export interface SubjectDirectory {
  staffById: ReadonlyMap<string, Person>;
  teamsById: ReadonlyMap<string, Team>;
  schoolName: string;
}

export function makeDirectory(staff: Person[], teams: Team[], schoolName: string): SubjectDirectory {
  return {
    staffById: new Map(staff.map((p) => [p.id, p])),
    teamsById: new Map(teams.map((t) => [t.id, t])),
    schoolName,
  };
}

export function subjectExists(subject: SubjectRef, dir: SubjectDirectory): boolean {
  if (subject.kind === 'school') return true;
  return subject.kind === 'person' ? dir.staffById.has(subject.id) : dir.teamsById.has(subject.id);
}

/** "Nguyễn Văn An (mã GV01)", "tổ Tổ 1", "đơn vị Trường Tiểu học Bình Hòa 2"; unknown ids by their code. */
export function subjectLabel(subject: SubjectRef, dir: SubjectDirectory): string {
  if (subject.kind === 'school') return `đơn vị ${dir.schoolName}`;
  if (subject.kind === 'person') {
    const person = dir.staffById.get(subject.id);
    return person ? personLabel(person) : `mã ${subject.id}`;
  }
  const team = dir.teamsById.get(subject.id);
  return team ? teamLabel(team.name) : `tổ mã ${subject.id}`;
}

/** "Tổ 1" stays as it is; "Văn phòng" becomes "tổ Văn phòng". */
export function teamLabel(name: string): string {
  return /^tổ(\s|$)/iu.test(name.normalize('NFC')) ? name : `tổ ${name}`;
}
