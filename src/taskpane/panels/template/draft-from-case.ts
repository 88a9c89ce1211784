/**
 * "Lập bảng" opens on what the workbook already holds: its school, staff, criteria, rounds, levels and bands
 * read from the sheets, so a second build or an edit starts from the school's own data, not an empty form.
 * Scores stay in the workbook (they are not copied into the draft).
 */
import type { SchoolCase } from '../../../domain/case';
import type { TemplateDraft } from './draft';

export function draftFromCase(schoolCase: SchoolCase): TemplateDraft {
  const { roster, scoring } = schoolCase;
  return {
    // A Phòng's workbook opens as a Phòng's form: its list is of schools, its roles are cấp học.
    ...(roster.unitKind === 'school' ? { unitKind: 'school' as const } : {}),
    info: { ...roster.info },
    roles: roster.roles.map((role) => ({ ...role })),
    teams: roster.teams.map((team) => ({ ...team })),
    staff: roster.staff.map((person) => ({ ...person })),
    config: scoring.config,
    inputs: [],
  };
}
