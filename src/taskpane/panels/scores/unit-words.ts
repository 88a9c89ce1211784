/**
 * "Bảng điểm" speaks the workbook's words: a workbook that scores schools (roster.unitKind 'school', a
 * Phòng's or a cụm's) says trường, cụm and cấp học where a school's says người, tổ and vai trò.
 */
import type { UnitKind } from '../../../domain/school/units';
import type { ScoresStrings } from './strings';

export function scoresWords(strings: ScoresStrings, kind: UnitKind): ScoresStrings {
  if (kind === 'staff') return strings;
  const words = strings.schools;
  return {
    ...strings,
    ...words,
    team: { ...strings.team, ...words.team },
    person: { ...strings.person, ...words.person },
  };
}
