/** A staff list read from pasted text or a selection, with the draft's tổ and codes taken into account. */
import { importStaffList, type StaffListImport } from '../../../../domain/import';
import type { TemplateDraft } from '../draft';
import type { ImportSource } from '../import/import-source';
import { mappingFromChoices, type ColumnChoice } from '../import/mapping-choices';

/**
 * Appending keeps the draft's tổ (names on the list are matched to them) and avoids its codes; replacing
 * starts from nothing.
 */
export function readStaffSource(
  source: ImportSource,
  headerRows: number,
  choices: readonly ColumnChoice[],
  draft: Pick<TemplateDraft, 'roles' | 'teams' | 'staff'>,
  mode: 'replace' | 'append',
): StaffListImport {
  return importStaffList(source.grid, mappingFromChoices(choices), {
    headerRows,
    sourceSheet: source.sheet,
    fonts: source.fonts,
    origin: source.origin,
    roles: draft.roles,
    teams: mode === 'append' ? draft.teams : [],
    takenIds: mode === 'append' ? draft.staff.map((person) => person.id) : [],
  });
}

/** Codes on the list that a person already in the draft has: appending would make duplicates. */
export function clashingCodes(imported: StaffListImport, draft: Pick<TemplateDraft, 'staff'>): string[] {
  const taken = new Set(draft.staff.map((person) => person.id.toLowerCase()));
  return imported.staff.filter((person) => taken.has(person.id.toLowerCase())).map((person) => person.id);
}
