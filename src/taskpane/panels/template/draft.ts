/**
 * What the user is preparing in "Lập bảng" before anything is written: the school, its staff, the criteria
 * set, the rounds, levels and bands, and (for the sample school) scores to fill in. Plain data with pure
 * updates, so the pane can keep it across tab switches and the tests can check every edit.
 */
import type { SchoolCase } from '../../../domain/case';
import { samplePhongCase, sampleSchoolCase } from '../../../domain/sample';
import { criterionApplies, defaultScoringConfig } from '../../../domain/scoring';
import type { ScoreInput, ScoringConfig } from '../../../domain/scoring';
import {
  BUILT_IN_ROLES,
  type Person,
  type Role,
  type SchoolInfo,
  type SchoolRoster,
  type Team,
} from '../../../domain/school/types';
import { SCHOOL_LEVELS, type UnitKind } from '../../../domain/school/units';
import { nameMatchKey, normalizeName } from '../../../domain/text';

export interface TemplateDraft {
  /**
   * Who is scored: a school's staff, or (a Phòng GD&ĐT) its schools. Absent in drafts kept before issue 13,
   * which are all staff. For schools `roles` are the cấp học, `teams` the cụm and `staff` the schools.
   */
  unitKind?: UnitKind;
  info: SchoolInfo;
  roles: Role[];
  /** Every tổ named so far; those without members are left out when the template is built. */
  teams: Team[];
  staff: Person[];
  config: ScoringConfig;
  /** Scores written with the template (the sample school's); empty for a new school. */
  inputs: ScoreInput[];
}

export function emptyInfo(): SchoolInfo {
  return {
    name: '',
    schoolYear: '',
    parentBody: '',
    place: '',
    yearStart: '',
    yearEnd: '',
    principalName: '',
  };
}

export function draftUnitKind(draft: Pick<TemplateDraft, 'unitKind'>): UnitKind {
  return draft.unitKind ?? 'staff';
}

/**
 * An empty form. For a Phòng the roles are the cấp học and the criteria set starts empty: the built-in set
 * scores teachers and office staff, not schools, so the Phòng types its own bảng chấm điểm.
 */
export function emptyDraft(kind: UnitKind = 'staff'): TemplateDraft {
  if (kind === 'school') {
    return {
      unitKind: 'school',
      info: emptyInfo(),
      roles: SCHOOL_LEVELS.map((level) => ({ ...level })),
      teams: [],
      staff: [],
      config: { ...defaultScoringConfig(), sections: [], criteria: [] },
      inputs: [],
    };
  }
  return {
    info: emptyInfo(),
    roles: BUILT_IN_ROLES.map((role) => ({ ...role })),
    teams: [],
    staff: [],
    config: defaultScoringConfig(),
    inputs: [],
  };
}

/** The sample school (seed 000) with the built-in criteria and, when asked, its seeded scores. */
/** The sample school, or (for a Phòng's form) the sample Phòng with its 30 schools. */
export function sampleDraft(withScores: boolean, kind: UnitKind = 'staff'): TemplateDraft {
  const sample = kind === 'school' ? samplePhongCase() : sampleSchoolCase();
  return {
    ...(kind === 'school' ? { unitKind: 'school' as const } : {}),
    info: { ...sample.roster.info },
    roles: sample.roster.roles,
    teams: sample.roster.teams,
    staff: sample.roster.staff,
    config: sample.config,
    inputs: withScores ? sample.scores : [],
  };
}

/** True when the user has typed anything a reset would lose. */
export function draftHasData(draft: TemplateDraft): boolean {
  const info = Object.values(draft.info).some((value) => typeof value === 'string' && value.trim() !== '');
  return info || draft.staff.length > 0 || draft.inputs.length > 0;
}

/**
 * The tổ (or, for schools, the cụm) of that name (NFC, case-insensitive), made when new; ids stay stable
 * across renames of others. A cụm's key is "cum-1", "cum-2"…: the mã cụm the sheets count and rank by.
 */
export function ensureTeam(
  teams: readonly Team[],
  name: string,
  kind: UnitKind = 'staff',
): { teams: Team[]; teamId: string } {
  const clean = normalizeName(name);
  if (clean === '') return { teams: [...teams], teamId: '' };
  const found = teams.find((team) => nameMatchKey(team.name) === nameMatchKey(clean));
  if (found) return { teams: [...teams], teamId: found.id };
  const prefix = kind === 'school' ? 'cum' : 'to';
  const taken = new Set(teams.map((team) => team.id));
  let n = teams.length + 1;
  while (taken.has(`${prefix}-${n}`)) n++;
  const team = { id: `${prefix}-${n}`, name: clean };
  return { teams: [...teams, team], teamId: team.id };
}

export function teamName(draft: Pick<TemplateDraft, 'teams'>, teamId: string): string {
  return draft.teams.find((team) => team.id === teamId)?.name ?? '';
}

/** A staff code nobody in the list has: "CB-001", "CB-002"… (schools: "TR-001"…). */
export function nextStaffCode(staff: readonly Person[], kind: UnitKind = 'staff'): string {
  const prefix = kind === 'school' ? 'TR' : 'CB';
  const taken = new Set(staff.map((person) => person.id.toLowerCase()));
  let n = staff.length + 1;
  while (taken.has(`${prefix.toLowerCase()}-${String(n).padStart(3, '0')}`)) n++;
  return `${prefix}-${String(n).padStart(3, '0')}`;
}

/** Adds (index null) or replaces a person; the tổ is given by name and made when new. */
export function savePerson(
  draft: TemplateDraft,
  index: number | null,
  person: Omit<Person, 'teamId'>,
  team: string,
): TemplateDraft {
  const { teams, teamId } = ensureTeam(draft.teams, team, draftUnitKind(draft));
  const saved: Person = { ...person, fullName: normalizeName(person.fullName), teamId };
  const staff = [...draft.staff];
  let inputs = draft.inputs;
  if (index === null) staff.push(saved);
  else {
    const previousId = staff[index].id;
    staff[index] = saved;
    // Scores follow a person whose code was corrected.
    if (previousId !== saved.id) {
      inputs = inputs.map((input) =>
        input.personId === previousId ? { ...input, personId: saved.id } : input,
      );
    }
  }
  return { ...draft, teams, staff, inputs };
}

export function removePerson(draft: TemplateDraft, index: number): TemplateDraft {
  const removed = draft.staff[index];
  return {
    ...draft,
    staff: draft.staff.filter((_, i) => i !== index),
    inputs: draft.inputs.filter((input) => input.personId !== removed?.id),
  };
}

/** Staff from an import: replacing the list, or appended after it. */
export function importStaff(
  draft: TemplateDraft,
  staff: readonly Person[],
  teams: readonly Team[],
  mode: 'replace' | 'append',
): TemplateDraft {
  if (mode === 'replace') return { ...draft, staff: [...staff], teams: [...teams], inputs: [] };
  return { ...draft, staff: [...draft.staff, ...staff], teams: [...teams] };
}

/**
 * The roster the template is built from: only the tổ that have members, in the order first named. A
 * Phòng's roster says it lists schools, and keeps only the cấp học its schools are in (a rank per cấp học
 * and a column of role sums for a cấp học nobody is in would be empty).
 */
export function draftRoster(draft: TemplateDraft): SchoolRoster {
  const used = new Set(draft.staff.map((person) => person.teamId));
  const teams = draft.teams.filter((team) => used.has(team.id));
  if (draftUnitKind(draft) === 'school') {
    const levels = new Set(draft.staff.map((school) => school.roleId));
    return {
      unitKind: 'school',
      info: { ...draft.info },
      roles: draft.roles.filter((level) => levels.has(level.id)),
      teams,
      staff: draft.staff,
    };
  }
  return { info: { ...draft.info }, roles: draft.roles, teams, staff: draft.staff };
}

/**
 * Scores that still point at something in the draft: a person, round (and month), criterion and level it
 * has, and a criterion of the person's role. Edits since the sample was loaded may have removed some.
 */
export function liveInputs(draft: TemplateDraft): ScoreInput[] {
  const people = new Map(draft.staff.map((person) => [person.id, person]));
  const criteria = new Map(draft.config.criteria.map((criterion) => [criterion.id, criterion]));
  const rounds = new Map(draft.config.rounds.map((round) => [round.id, round]));
  return draft.inputs.filter((input) => {
    const person = people.get(input.personId);
    const criterion = criteria.get(input.criterionId);
    const round = rounds.get(input.roundId);
    if (!person || !criterion || !round || !draft.config.levels.includes(input.level)) return false;
    const monthFits = round.months
      ? round.months.some((month) => month.id === input.monthId)
      : input.monthId === undefined;
    return monthFits && criterionApplies(criterion, person.roleId);
  });
}

export function draftCase(draft: TemplateDraft): SchoolCase {
  return { roster: draftRoster(draft), scoring: { config: draft.config, inputs: liveInputs(draft) } };
}
