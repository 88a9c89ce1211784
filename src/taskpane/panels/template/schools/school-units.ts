/**
 * A Phòng's list of schools as the pane reads it: one school typed in the form, or rows pasted from Excel
 * (Mã trường, Tên trường, Cấp học, Cụm, Hiệu trưởng). A school is a Person with no gender or dates
 * (domain/school/units.ts): id = mã trường, fullName = tên trường, roleId = cấp học, teamId = mã cụm,
 * position = hiệu trưởng. Every problem of a pasted row names the row, counted as the user sees the block.
 */
import type { DomainIssue } from '../../../../domain/issues';
import { keyProblem } from '../../../../domain/scoring/keys';
import type { Person, Role, Team } from '../../../../domain/school/types';
import { nameMatchKey, normalizeName } from '../../../../domain/text';
import { CHECK_MESSAGES, type CheckMessages } from '../check-messages';
import { ensureTeam, nextStaffCode, type TemplateDraft } from '../draft';
import { parseTabSeparated } from '../import/tabular-text';

type PhongMessages = CheckMessages['phong'];

/** Lower case, no accents, no spaces or punctuation: "Tiểu học", "TIEU HOC" and "tieu-hoc" read alike. */
function loose(text: string): string {
  return nameMatchKey(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/[^a-z0-9]/g, '');
}

/** The initials of a label: "Trung học cơ sở" → "thcs", "Mầm non" → "mn". */
function initials(label: string): string {
  return nameMatchKey(label)
    .split(' ')
    .map((word) => loose(word).charAt(0))
    .join('');
}

/** The cấp học a cell names, by its label, its id or its usual abbreviation (MN, TH, THCS). */
export function levelFromText(text: string, levels: readonly Role[]): Role | undefined {
  const key = loose(text);
  if (key === '') return undefined;
  return (
    levels.find((level) => loose(level.label) === key || loose(level.id) === key) ??
    levels.find((level) => initials(level.label) === key)
  );
}

// ---------------------------------------------------------------------------------------------------------
// One school, typed

export interface SchoolFormText {
  name: string;
  id: string;
  levelId: string;
  cluster: string;
  principal: string;
}

export type SchoolFormErrors = Partial<Record<keyof SchoolFormText, string>>;

export function schoolFormText(
  school: Person | undefined,
  cluster: string,
  defaultLevelId: string,
): SchoolFormText {
  return {
    name: school?.fullName ?? '',
    id: school?.id ?? '',
    levelId: school?.roleId ?? defaultLevelId,
    cluster,
    principal: school?.position ?? '',
  };
}

/** The school the form describes, or each field's problem. `others` are the rest of the list. */
export function readSchoolForm(
  text: SchoolFormText,
  others: readonly Person[],
  m: PhongMessages['school'] = CHECK_MESSAGES.vi.phong.school,
): { school: Omit<Person, 'teamId'>; cluster: string } | { errors: SchoolFormErrors } {
  const errors: SchoolFormErrors = {};
  const name = normalizeName(text.name);
  const id = normalizeName(text.id) || nextStaffCode(others, 'school');
  const cluster = normalizeName(text.cluster);
  if (name === '') errors.name = m.name;
  const owner = others.find((other) => other.id.toLowerCase() === id.toLowerCase());
  if (owner) errors.id = m.idTaken(id, owner.fullName);
  else if (keyProblem(id, 'person')) errors.id = m.idUnsafe(id);
  if (cluster === '') errors.cluster = m.cluster;
  if (text.levelId === '') errors.levelId = m.level;
  if (Object.keys(errors).length > 0) return { errors };
  // No gender, birth date or hiring date: a school is not a person.
  return {
    school: { id, fullName: name, roleId: text.levelId, position: normalizeName(text.principal) },
    cluster,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Rows pasted from Excel

type Column = 'id' | 'name' | 'level' | 'cluster' | 'principal';

/** Without a heading row the columns are in this order. */
const DEFAULT_ORDER: Column[] = ['id', 'name', 'level', 'cluster', 'principal'];

/** Headings a Phòng's own list may use, compared loosely. */
const HEADINGS: Record<Column, string[]> = {
  id: ['matruong', 'ma', 'madonvi'],
  name: ['tentruong', 'truong', 'tendonvi', 'donvi'],
  level: ['caphoc', 'cap', 'bachoc'],
  cluster: ['cum', 'cumthidua', 'macum'],
  principal: ['hieutruong', 'hotenhieutruong', 'thutruongdonvi'],
};

function columnOf(heading: string): Column | undefined {
  const key = loose(heading);
  return (Object.keys(HEADINGS) as Column[]).find((column) => HEADINGS[column].includes(key));
}

/** A first row naming at least two known columns is a heading row; its names then place the columns. */
function columnsFrom(rows: readonly string[][]): { columns: Map<Column, number>; headerRows: number } {
  const first = rows[0] ?? [];
  const named = new Map<Column, number>();
  first.forEach((cell, index) => {
    const column = columnOf(cell);
    if (column && !named.has(column)) named.set(column, index);
  });
  if (named.size >= 2) return { columns: named, headerRows: 1 };
  return { columns: new Map(DEFAULT_ORDER.map((column, index) => [column, index])), headerRows: 0 };
}

export interface SchoolsPaste {
  schools: Person[];
  /** The cụm after the paste: the draft's (when appending) and the new ones, keys "cum-1"… */
  teams: Team[];
  /** Rows left out, each naming its row. */
  issues: DomainIssue[];
  /** Rows read (heading row not counted). */
  rows: number;
  headerRows: number;
}

/**
 * Schools from text copied in Excel. Appending keeps the draft's cụm (names are matched to them) and gives
 * blank codes one the draft does not have; replacing starts from nothing. A row with a problem is left out
 * and named; the others are read.
 */
export function readSchoolsPaste(
  text: string,
  draft: Pick<TemplateDraft, 'roles' | 'teams' | 'staff'>,
  mode: 'replace' | 'append',
  m: PhongMessages['paste'] = CHECK_MESSAGES.vi.phong.paste,
): SchoolsPaste {
  const rows = parseTabSeparated(text);
  const { columns, headerRows } = columnsFrom(rows);
  const issues: DomainIssue[] = [];
  const issue = (message: string) => issues.push({ code: 'template.school-row', severity: 'error', message });
  let teams: Team[] = mode === 'append' ? [...draft.teams] : [];
  const schools: Person[] = [];
  const rowOf = new Map<string, { row: number; name: string }>();
  const blankCodes: number[] = [];
  const levelList = draft.roles.map((level) => level.label).join(', ');
  const body = rows.slice(headerRows);
  if (body.length > 0 && rows.every((row) => row.filter((cell) => cell.trim() !== '').length <= 1)) {
    issue(m.oneColumn);
    return { schools, teams, issues, rows: body.length, headerRows };
  }
  body.forEach((cells, index) => {
    const row = index + headerRows + 1;
    const cell = (column: Column) => {
      const at = columns.get(column);
      return at === undefined ? '' : normalizeName(cells[at] ?? '');
    };
    if (cells.every((value) => value.trim() === '')) return;
    const name = cell('name');
    if (name === '') return issue(m.nameEmpty(row));
    const levelText = cell('level');
    const level = levelFromText(levelText, draft.roles);
    if (!level) return issue(m.levelUnknown(row, name, levelText, levelList));
    const cluster = cell('cluster');
    if (cluster === '') return issue(m.clusterEmpty(row, name));
    const id = cell('id');
    if (id !== '') {
      if (keyProblem(id, 'person')) return issue(m.idUnsafe(row, name, id));
      const first = rowOf.get(id.toLowerCase());
      if (first) return issue(m.idRepeated(row, name, id, first.row, first.name));
      rowOf.set(id.toLowerCase(), { row, name });
    }
    const placed = ensureTeam(teams, cluster, 'school');
    teams = placed.teams;
    if (id === '') blankCodes.push(schools.length);
    schools.push({
      id,
      fullName: name,
      roleId: level.id,
      teamId: placed.teamId,
      position: cell('principal'),
    });
  });
  // Blank codes are given last, so they never take a code another row of the paste holds.
  const taken = [...(mode === 'append' ? draft.staff : []), ...schools.filter((school) => school.id !== '')];
  for (const index of blankCodes) {
    const id = nextStaffCode(taken, 'school');
    schools[index] = { ...schools[index], id };
    taken.push(schools[index]);
  }
  return { schools, teams, issues, rows: body.length, headerRows };
}

/** Codes of the paste a school already in the draft has: appending them would make duplicates. */
export function clashingSchoolCodes(paste: SchoolsPaste, draft: Pick<TemplateDraft, 'staff'>): string[] {
  const taken = new Set(draft.staff.map((school) => school.id.toLowerCase()));
  return paste.schools.filter((school) => taken.has(school.id.toLowerCase())).map((school) => school.id);
}
