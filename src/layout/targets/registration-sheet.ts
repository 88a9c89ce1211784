/**
 * Builds the "Đăng ký" sheet: registrations ("x"), results ("Đạt" / "Không đạt", written from the domain's
 * statuses by `resultMarks`), the hồ sơ xét per person, and the tổ block whose eligibility columns are live
 * formulas over the person rows.
 */
import type { PersonRecord, Registration, TargetProfile, UnitRecord } from '../../domain/targets';
import { DISCIPLINE_LABELS, subjectKey, subjectTitleKey } from '../../domain/targets';
import type { Person, Team } from '../../domain/school/types';
import { isoToExcelSerial } from '../../domain/text';
import { cellAddress, rangeAddress } from '../a1';
import type { Cell, SheetSpec } from '../grid';
import { formulaCell, valueCell } from '../grid';
import type { ResultMark } from './constants';
import { REGISTERED_MARK, SCHOOL_ROW_ID } from './constants';
import { markFormats, personStyles, unitStyles, validations, widths } from './registration-format';
import {
  LEVEL_WORD,
  PERSON_HEADERS,
  SCHOOL_ROW_LABEL,
  UNDER_REVIEW_MARK,
  UNIT_BLOCK_TITLE,
  UNIT_HEADERS,
  eligibleHeader,
  registeredHeader,
  resultHeader,
} from './registration-headers';
import type { RegistrationLayout } from './registration-layout';
import { registrationLayout } from './registration-layout';
import type { UnitScope } from './unit-formulas';
import { achievedFormula, disciplinedFormula, eligibilityFormula, membersFormula } from './unit-formulas';

export interface RegistrationSheetInput {
  profile: TargetProfile;
  schoolName: string;
  /** "2020-2021". */
  schoolYear: string;
  staff: Person[];
  teams: Team[];
  registrations: Registration[];
  records: PersonRecord[];
  unitRecords?: UnitRecord[];
  /** KQ marks by subjectTitleKey, from `resultMarks(evaluation)`. */
  marks?: ReadonlyMap<string, ResultMark>;
  spareRows?: number;
  /** Another name when "Đăng ký" is taken in the workbook. */
  sheetName?: string;
}

type Grid = (Cell | undefined)[][];

function put(grid: Grid, row: number, col: number, cell: Cell | undefined): void {
  if (cell === undefined) return;
  while (grid.length <= row) grid.push([]);
  grid[row][col] = cell;
}

const v = (value: string | number | null | undefined): Cell | undefined =>
  value === undefined || value === null || value === '' ? undefined : valueCell(value);

function yearsText(years: number[] | undefined): string | undefined {
  return years && years.length > 0 ? years.map((y) => `${y}-${y + 1}`).join('; ') : undefined;
}

function writePersonRow(
  grid: Grid,
  layout: RegistrationLayout,
  row: number,
  index: number,
  person: Person,
  teamName: string,
  input: RegistrationSheetInput,
  registered: ReadonlySet<string>,
  record: PersonRecord | undefined,
): void {
  const c = layout.person.cols;
  put(grid, row, c.stt, valueCell(index + 1));
  put(grid, row, c.id, valueCell(person.id));
  put(grid, row, c.name, valueCell(person.fullName));
  put(grid, row, c.team, valueCell(teamName));
  const subject = { kind: 'person' as const, id: person.id };
  for (const t of layout.individualTitles) {
    const key = subjectTitleKey(subject, t);
    if (registered.has(key)) put(grid, row, c.registered[t]!, valueCell(REGISTERED_MARK));
    put(grid, row, c.result[t]!, v(input.marks?.get(key)));
  }
  if (!record) return;
  put(grid, row, c.rating, v(record.rating));
  put(grid, row, c.band, v(record.band));
  put(grid, row, c.score, v(record.score));
  put(grid, row, c.hireDate, v(record.hireDate ? isoToExcelSerial(record.hireDate) : undefined));
  put(grid, row, c.maternity, v(record.maternityLeaveMonths));
  put(grid, row, c.discipline, v(record.discipline ? DISCIPLINE_LABELS[record.discipline.level] : undefined));
  put(
    grid,
    row,
    c.disciplineDate,
    v(record.discipline?.date ? isoToExcelSerial(record.discipline.date) : undefined),
  );
  put(grid, row, c.initiatives, v(record.initiatives?.count));
  put(
    grid,
    row,
    c.initiativeLevel,
    v(record.initiatives?.highestLevel && LEVEL_WORD[record.initiatives.highestLevel]),
  );
  put(grid, row, c.research, v(record.research?.count));
  put(
    grid,
    row,
    c.researchLevel,
    v(record.research?.highestLevel && LEVEL_WORD[record.research.highestLevel]),
  );
  put(grid, row, c.cstdcsYears, v(yearsText(record.cstdcsYears)));
  put(
    grid,
    row,
    c.disciplineTermEnd,
    v(record.discipline?.termEnd ? isoToExcelSerial(record.discipline.termEnd) : undefined),
  );
  put(grid, row, c.disciplineReview, v(record.disciplineUnderConsideration ? UNDER_REVIEW_MARK : undefined));
}

function writeUnitRow(
  grid: Grid,
  layout: RegistrationLayout,
  input: RegistrationSheetInput,
  scope: UnitScope,
  index: number | undefined,
  id: string,
  name: string,
  subjectKeyText: string,
  registered: ReadonlySet<string>,
  ratings: ReadonlyMap<string, string>,
): void {
  const c = layout.unit.cols;
  const row = scope.row;
  put(grid, row, c.stt, v(index));
  put(grid, row, c.id, valueCell(id));
  put(grid, row, c.name, valueCell(name));
  put(grid, row, c.members, formulaCell(membersFormula(layout, scope)));
  put(grid, row, c.rating, v(ratings.get(subjectKeyText)));
  const members = cellAddress(row, c.members);
  for (const t of layout.collectiveTitles) {
    const key = `${subjectKeyText}|${t}`;
    if (registered.has(key)) put(grid, row, c.registered[t]!, valueCell(REGISTERED_MARK));
    put(grid, row, c.result[t]!, v(input.marks?.get(key)));
    put(
      grid,
      row,
      c.eligible[t]!,
      formulaCell(eligibilityFormula(layout, scope, t, input.profile.collective[t]!)),
    );
  }
  const ldtt = cellAddress(row, c.ldttCount);
  put(grid, row, c.ldttCount, formulaCell(achievedFormula(layout, scope, 'LDTT')));
  put(grid, row, c.ldttShare, formulaCell(`IF(${members}=0,0,${ldtt}/${members})`));
  put(grid, row, c.cstdcsCount, formulaCell(achievedFormula(layout, scope, 'CSTDCS')));
  const disciplineRule = input.profile.collective.TTLDTT?.find(
    (x) => x.kind === 'noMemberDisciplineFrom',
  ) ?? {
    kind: 'noMemberDisciplineFrom' as const,
    level: 'canh-cao' as const,
    source: '',
  };
  if (disciplineRule.kind === 'noMemberDisciplineFrom') {
    put(grid, row, c.disciplined, formulaCell(disciplinedFormula(layout, scope, disciplineRule)));
  }
}

function headers(grid: Grid, layout: RegistrationLayout): void {
  const p = layout.person.cols;
  const hr = layout.person.headerRow;
  for (const [key, label] of Object.entries(PERSON_HEADERS)) {
    put(grid, hr, p[key as keyof typeof PERSON_HEADERS], valueCell(label));
  }
  for (const t of layout.individualTitles) {
    put(grid, hr, p.registered[t]!, valueCell(registeredHeader(t)));
    put(grid, hr, p.result[t]!, valueCell(resultHeader(t)));
  }
  const n = layout.individualTitles.length;
  put(grid, layout.person.groupRow, 4, valueCell('Đăng ký thi đua (ghi x)'));
  put(grid, layout.person.groupRow, 4 + n, valueCell('Kết quả'));
  put(grid, layout.person.groupRow, p.rating, valueCell('Hồ sơ xét'));
  const u = layout.unit.cols;
  const ur = layout.unit.headerRow;
  for (const [key, label] of Object.entries(UNIT_HEADERS)) {
    put(grid, ur, u[key as keyof typeof UNIT_HEADERS], valueCell(label));
  }
  for (const t of layout.collectiveTitles) {
    put(grid, ur, u.registered[t]!, valueCell(registeredHeader(t)));
    put(grid, ur, u.result[t]!, valueCell(resultHeader(t)));
    put(grid, ur, u.eligible[t]!, valueCell(eligibleHeader(t)));
  }
  put(grid, layout.unit.titleRow, 0, valueCell(UNIT_BLOCK_TITLE));
}

export function buildRegistrationSheet(input: RegistrationSheetInput): {
  sheet: SheetSpec;
  layout: RegistrationLayout;
} {
  const layout = registrationLayout(
    input.profile,
    input.staff.length,
    input.teams.length,
    input.spareRows,
    input.sheetName,
  );
  const grid: Grid = [];
  put(grid, 0, 0, valueCell(`ĐĂNG KÝ THI ĐUA VÀ HỒ SƠ XÉT – NĂM HỌC ${input.schoolYear}`));
  put(grid, 1, 0, valueCell(`${input.schoolName}. Quy chế xét: ${input.profile.label}.`));
  headers(grid, layout);
  const registered = new Set(input.registrations.map((r) => subjectTitleKey(r.subject, r.titleId)));
  const records = new Map(input.records.map((r) => [r.personId, r]));
  const teamNames = new Map(input.teams.map((t) => [t.id, t.name]));
  input.staff.forEach((person, i) => {
    const row = layout.person.firstRow + i;
    writePersonRow(
      grid,
      layout,
      row,
      i,
      person,
      teamNames.get(person.teamId) ?? person.teamId,
      input,
      registered,
      records.get(person.id),
    );
  });
  const ratings = new Map<string, string>();
  for (const u of input.unitRecords ?? []) if (u.rating) ratings.set(subjectKey(u.subject), u.rating);
  input.teams.forEach((team, i) => {
    const scope = { row: layout.unit.firstRow + i, isSchool: false };
    writeUnitRow(
      grid,
      layout,
      input,
      scope,
      i + 1,
      team.id,
      team.name,
      subjectKey({ kind: 'team', id: team.id }),
      registered,
      ratings,
    );
  });
  const schoolScope = { row: layout.unit.schoolRow, isSchool: true };
  writeUnitRow(
    grid,
    layout,
    input,
    schoolScope,
    undefined,
    SCHOOL_ROW_ID,
    `${SCHOOL_ROW_LABEL} (${input.schoolName})`,
    'school',
    registered,
    ratings,
  );

  const n = layout.individualTitles.length;
  const merges = [rangeAddress(0, 0, 0, 8), rangeAddress(1, 0, 1, 8)];
  if (n > 0) {
    merges.push(rangeAddress(layout.person.groupRow, 4, layout.person.groupRow, 3 + n));
    merges.push(rangeAddress(layout.person.groupRow, 4 + n, layout.person.groupRow, 3 + 2 * n));
  }
  merges.push(
    rangeAddress(
      layout.person.groupRow,
      layout.person.cols.rating,
      layout.person.groupRow,
      layout.person.cols.disciplineReview,
    ),
  );
  return {
    layout,
    sheet: {
      name: layout.sheet,
      cells: grid,
      columnWidths: widths(layout),
      styles: [...personStyles(layout), ...unitStyles(layout)],
      merges,
      freeze: { rows: layout.person.headerRow + 1, columns: 3 },
      validations: validations(layout),
      conditionalFormats: markFormats(layout),
      tabColor: '#70AD47',
    },
  };
}
