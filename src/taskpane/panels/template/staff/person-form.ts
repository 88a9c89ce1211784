/**
 * The "one person" form as text, read into a Person when submitted: every field is checked at once and
 * each problem is said in Vietnamese beside its field.
 */
import type { Gender, Person } from '../../../../domain/school/types';
import { formatVietnameseDate, normalizeName, parseVietnameseDate } from '../../../../domain/text';
import { nextStaffCode } from '../draft';
import { CHECK_MESSAGES, type CheckMessages } from '../check-messages';

export interface PersonFormText {
  fullName: string;
  id: string;
  gender: Gender;
  position: string;
  roleId: string;
  team: string;
  hireDate: string;
  birthDate: string;
}

export type PersonFormErrors = Partial<Record<keyof PersonFormText, string>>;

/** The form for a person, or an empty one (the code is then given on saving if left blank). */
export function personFormText(
  person: Person | undefined,
  team: string,
  defaultRoleId: string,
): PersonFormText {
  return {
    fullName: person?.fullName ?? '',
    id: person?.id ?? '',
    gender: person?.gender ?? 'nữ',
    position: person?.position ?? '',
    roleId: person?.roleId ?? defaultRoleId,
    team,
    hireDate: person?.hireDate ? formatVietnameseDate(person.hireDate) : '',
    birthDate: person?.birthDate ? formatVietnameseDate(person.birthDate) : '',
  };
}

/** The person the form describes, or the problems of each field. `others` are the rest of the list. */
export function readPersonForm(
  text: PersonFormText,
  others: readonly Person[],
  m: CheckMessages['person'] = CHECK_MESSAGES.vi.person,
): { person: Omit<Person, 'teamId'>; team: string } | { errors: PersonFormErrors } {
  const errors: PersonFormErrors = {};
  const fullName = normalizeName(text.fullName);
  // A blank code is given the next free one ("CB-062"): codes only tell namesakes apart.
  const id = normalizeName(text.id) || nextStaffCode(others);
  const team = normalizeName(text.team);
  if (fullName === '') errors.fullName = m.fullName;
  const owner = others.find((other) => other.id.toLowerCase() === id.toLowerCase());
  if (owner) errors.id = m.idTaken(id, owner.fullName);
  if (team === '') errors.team = m.team;
  if (text.roleId === '') errors.roleId = m.role;
  const dates: Partial<Record<'hireDate' | 'birthDate', string>> = {};
  for (const key of ['hireDate', 'birthDate'] as const) {
    const parsed = parseVietnameseDate(text[key]);
    if (!parsed.ok) errors[key] = parsed.reason;
    else if (parsed.value) dates[key] = parsed.value;
  }
  if (Object.keys(errors).length > 0) return { errors };
  const person: Omit<Person, 'teamId'> = {
    id,
    fullName,
    gender: text.gender,
    roleId: text.roleId,
    position: normalizeName(text.position),
  };
  if (dates.birthDate) person.birthDate = dates.birthDate;
  if (dates.hireDate) person.hireDate = dates.hireDate;
  return { person, team };
}
