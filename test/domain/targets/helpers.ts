/** Small builders for hand-made cases: one person, one tổ, one title at a time. */
import type { Person } from '../../../src/domain/school/types';
import type { PersonRecord, TargetsInput } from '../../../src/domain/targets';
import { TARGET_PROFILES } from '../../../src/domain/targets';
import type { TargetProfileId } from '../../../src/domain/targets';

export function person(
  id: string,
  teamId = 'T1',
  gender: Person['gender'] = 'nữ',
  fullName?: string,
): Person {
  return {
    id,
    fullName: fullName ?? `Nguyễn Thị ${id}`,
    gender,
    roleId: 'giao-vien',
    position: 'Giáo viên',
    teamId,
  };
}

export function record(personId: string, extra: Partial<PersonRecord> = {}): PersonRecord {
  return { personId, rating: 'HTTNV', hireDate: '2015-09-01', ...extra };
}

/** A school year 2023-2024 with one tổ and the given people; nothing registered. */
export function baseInput(
  profileId: TargetProfileId,
  staff: Person[],
  records: PersonRecord[],
): TargetsInput {
  return {
    profile: TARGET_PROFILES[profileId],
    yearStart: '2023-09-05',
    yearEnd: '2024-05-31',
    schoolName: 'Trường Tiểu học Thử Nghiệm',
    staff,
    teams: [
      { id: 'T1', name: 'Tổ 1' },
      { id: 'T2', name: 'Văn phòng' },
    ],
    targets: [],
    registrations: [],
    records,
  };
}
