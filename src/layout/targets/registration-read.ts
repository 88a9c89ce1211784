/**
 * Reads the "Đăng ký" sheet back: who registered for what, each person's hồ sơ xét, each tổ's rating and
 * registrations, and the KQ marks. Columns are found by their headers; every value that cannot be read is
 * an issue at its cell and is left out of the record (the domain then treats it as unknown, never as "no").
 */
import type { CellLocation, DomainIssue } from '../../domain/issues';
import type { PersonRecord, Registration, SubjectRef, UnitRecord } from '../../domain/targets';
import { subjectTitleKey, teamLabel } from '../../domain/targets';
import type { TitleId } from '../../domain/titles';
import { TITLE_IDS, TITLES } from '../../domain/titles';
import { cellAddress } from '../a1';
import { nameMatchKey } from '../../domain/text';
import type { CellValue } from '../grid';
import type { Parsed } from './cell-read';
import {
  isBlank,
  readAchievementLevel,
  readDate,
  readDiscipline,
  readNumber,
  readRating,
  readSchoolYears,
  text,
} from './cell-read';
import type { ResultMark } from './constants';
import { DANG_KY_SHEET, REGISTERED_MARK, RESULT_ACHIEVED, RESULT_OUT, SCHOOL_ROW_ID } from './constants';
import { PERSON_HEADERS, UNDER_REVIEW_MARK, UNIT_BLOCK_TITLE, UNIT_HEADERS } from './registration-headers';
import { findHeader } from './targets-read';

export interface RegisteredPerson {
  id: string;
  fullName: string;
  /** The tổ's id when its name is in the tổ block, else the name as typed. */
  teamId: string;
  teamName: string;
  location: CellLocation;
}

export interface RegisteredTeam {
  id: string;
  name: string;
  location: CellLocation;
}

export interface RegistrationReadResult {
  people: RegisteredPerson[];
  teams: RegisteredTeam[];
  registrations: Registration[];
  records: PersonRecord[];
  unitRecords: UnitRecord[];
  /** KQ marks by subjectTitleKey. */
  marks: Map<string, ResultMark>;
  issues: DomainIssue[];
}

/** "ĐK LĐTT" → LDTT for prefix "ĐK". */
function titleColumns(row: CellValue[] | undefined, prefix: string): Map<TitleId, number> {
  const found = new Map<TitleId, number>();
  (row ?? []).forEach((cell, c) => {
    const t = nameMatchKey(text(cell));
    for (const id of TITLE_IDS) {
      if (t === nameMatchKey(`${prefix} ${TITLES[id].shortLabel}`)) found.set(id, c);
    }
  });
  return found;
}

class Reader {
  readonly issues: DomainIssue[] = [];
  constructor(
    private readonly values: CellValue[][],
    readonly sheet: string,
  ) {}

  get(r: number, c: number | undefined): CellValue {
    return c === undefined ? null : (this.values[r]?.[c] ?? null);
  }

  at(r: number, c: number): CellLocation {
    return { sheet: this.sheet, address: cellAddress(r, c) };
  }

  /** The parsed value, or undefined with an error naming the cell and who it belongs to. */
  field<T>(
    r: number,
    c: number | undefined,
    who: string,
    what: string,
    parse: (v: CellValue) => Parsed<T>,
  ): T | undefined {
    if (c === undefined || isBlank(this.get(r, c))) return undefined;
    const parsed = parse(this.get(r, c));
    if (parsed.ok) return parsed.value;
    this.issues.push({
      code: 'targets.read.bad-value',
      severity: 'error',
      message: `${who}: ${what} ${parsed.reason}, nên đang bỏ qua ô này. Sửa ô ${cellAddress(r, c)}.`,
      location: this.at(r, c),
    });
    return undefined;
  }

  mark(r: number, c: number, who: string, title: TitleId): boolean {
    const t = text(this.get(r, c));
    if (t === '') return false;
    if (nameMatchKey(t) === REGISTERED_MARK) return true;
    this.issues.push({
      code: 'targets.read.bad-mark',
      severity: 'warning',
      message: `${who}: ô đăng ký ${TITLES[title].shortLabel} ghi "${t}"; chỉ ghi "${REGISTERED_MARK}" khi đã đăng ký. Đang tính là đã đăng ký.`,
      location: this.at(r, c),
    });
    return true;
  }

  result(r: number, c: number, who: string, title: TitleId): ResultMark | undefined {
    const t = text(this.get(r, c));
    if (t === '') return '';
    if (nameMatchKey(t) === nameMatchKey(RESULT_ACHIEVED)) return RESULT_ACHIEVED;
    if (nameMatchKey(t) === nameMatchKey(RESULT_OUT)) return RESULT_OUT;
    this.issues.push({
      code: 'targets.read.bad-mark',
      severity: 'warning',
      message: `${who}: ô kết quả ${TITLES[title].shortLabel} ghi "${t}"; chỉ ghi "${RESULT_ACHIEVED}" hoặc "${RESULT_OUT}". Đang bỏ qua ô này.`,
      location: this.at(r, c),
    });
    return undefined;
  }
}

/** A row's ĐK marks (registrations) and KQ marks (results), for a person, a tổ or the school alike. */
function readMarks(
  reader: Reader,
  r: number,
  who: string,
  subject: SubjectRef,
  columns: { reg: Map<TitleId, number>; kq: Map<TitleId, number> },
  out: RegistrationReadResult,
): void {
  for (const [titleId, c] of columns.reg) {
    if (reader.mark(r, c, who, titleId))
      out.registrations.push({ subject, titleId, location: reader.at(r, c) });
  }
  for (const [titleId, c] of columns.kq) {
    const mark = reader.result(r, c, who, titleId);
    if (mark !== undefined) out.marks.set(subjectTitleKey(subject, titleId), mark);
  }
}

/** "Có" (or "x") marks an open discipline case; "Không" says there is none. */
function readYes(value: CellValue): Parsed<boolean> {
  const t = nameMatchKey(text(value));
  if (t === nameMatchKey(UNDER_REVIEW_MARK) || t === REGISTERED_MARK) return { ok: true, value: true };
  if (t === nameMatchKey('Không')) return { ok: true, value: false };
  return { ok: false, reason: `"${text(value)}" không đọc được; ghi "${UNDER_REVIEW_MARK}" hoặc để trống` };
}

function readPersonRecord(
  reader: Reader,
  r: number,
  cols: Record<string, number>,
  id: string,
  who: string,
): PersonRecord {
  const f = <T>(key: keyof typeof PERSON_HEADERS, what: string, parse: (v: CellValue) => Parsed<T>) =>
    reader.field(r, cols[key], who, what, parse);
  const record: PersonRecord = { personId: id, location: reader.at(r, cols.rating ?? cols.id) };
  const rating = f('rating', 'xếp loại', readRating);
  if (rating) record.rating = rating;
  const band = text(reader.get(r, cols.band));
  if (band) record.band = band;
  const score = f('score', 'điểm năm', readNumber);
  if (score !== undefined) record.score = score;
  const hire = f('hireDate', 'ngày tuyển dụng', readDate);
  if (hire) record.hireDate = hire;
  const maternity = f('maternity', 'số tháng nghỉ thai sản', readNumber);
  if (maternity !== undefined) record.maternityLeaveMonths = maternity;
  const discipline = f('discipline', 'kỷ luật', readDiscipline);
  const disciplineDate = f('disciplineDate', 'ngày kỷ luật', readDate);
  const termEnd = f('disciplineTermEnd', 'ngày hết hạn kỷ luật', readDate);
  if (discipline) {
    record.discipline = {
      level: discipline,
      ...(disciplineDate ? { date: disciplineDate } : {}),
      ...(termEnd ? { termEnd } : {}),
    };
  }
  const review = f('disciplineReview', 'đang xem xét kỷ luật', readYes);
  if (review) record.disciplineUnderConsideration = true;
  const initiatives = f('initiatives', 'số sáng kiến', readNumber);
  const initiativeLevel = f('initiativeLevel', 'cấp sáng kiến', readAchievementLevel);
  if (initiatives !== undefined || initiativeLevel) {
    record.initiatives = {
      count: initiatives ?? 0,
      ...(initiativeLevel ? { highestLevel: initiativeLevel } : {}),
    };
  }
  const research = f('research', 'số đề tài', readNumber);
  const researchLevel = f('researchLevel', 'cấp đề tài', readAchievementLevel);
  if (research !== undefined || researchLevel) {
    record.research = { count: research ?? 0, ...(researchLevel ? { highestLevel: researchLevel } : {}) };
  }
  const years = f('cstdcsYears', 'năm đạt CSTĐCS', readSchoolYears);
  if (years && years.length > 0) record.cstdcsYears = years;
  return record;
}

export function readRegistrationSheet(
  values: CellValue[][],
  sheetName = DANG_KY_SHEET,
): RegistrationReadResult {
  const reader = new Reader(values, sheetName);
  const out: RegistrationReadResult = {
    people: [],
    teams: [],
    registrations: [],
    records: [],
    unitRecords: [],
    marks: new Map(),
    issues: reader.issues,
  };
  const personHeader = findHeader(values, PERSON_HEADERS, ['id', 'name', 'team']);
  if (!personHeader) {
    reader.issues.push({
      code: 'targets.read.no-header',
      severity: 'error',
      message: `Không tìm thấy dòng tiêu đề (Mã, Họ và tên, Tổ) trên sheet ${sheetName}. Tạo lại sheet Đăng ký từ bảng điều khiển.`,
    });
    return out;
  }
  const unitTitleRow = values.findIndex(
    (row) => nameMatchKey(text(row?.[0] ?? null)) === nameMatchKey(UNIT_BLOCK_TITLE),
  );
  const personEnd = unitTitleRow >= 0 ? unitTitleRow : values.length;

  // The tổ block first: person rows name their tổ by its name.
  const teamIdByName = new Map<string, string>();
  if (unitTitleRow >= 0) readUnits(reader, values, unitTitleRow, out, teamIdByName);

  const cols = personHeader.cols;
  const reg = titleColumns(values[personHeader.row], 'ĐK');
  const kq = titleColumns(values[personHeader.row], 'KQ');
  const seen = new Map<string, number>();
  for (let r = personHeader.row + 1; r < personEnd; r++) {
    const id = text(reader.get(r, cols.id));
    const fullName = text(reader.get(r, cols.name));
    if (id === '' && fullName === '') continue;
    if (id === '') {
      reader.issues.push({
        code: 'targets.read.missing-id',
        severity: 'error',
        message: `Dòng ${r + 1} (${fullName}) chưa có mã cán bộ nên chưa được xét. Ghi mã ở ô ${cellAddress(r, cols.id)}.`,
        location: reader.at(r, cols.id),
      });
      continue;
    }
    if (seen.has(id)) {
      reader.issues.push({
        code: 'targets.read.duplicate-person',
        severity: 'error',
        message: `Mã ${id} xuất hiện ở dòng ${seen.get(id)! + 1} và dòng ${r + 1}; đang dùng dòng ${seen.get(id)! + 1}. Sửa mã để mỗi người có mã riêng.`,
        location: reader.at(r, cols.id),
      });
      continue;
    }
    seen.set(id, r);
    const who = `${fullName} (mã ${id})`;
    const teamName = text(reader.get(r, cols.team));
    const teamId = teamIdByName.get(nameMatchKey(teamName));
    if (teamId === undefined && unitTitleRow >= 0) {
      reader.issues.push({
        code: 'targets.read.unknown-team',
        severity: 'error',
        message: `${who}: tổ "${teamName}" không có trong khối tập thể bên dưới. Sửa tên tổ cho khớp.`,
        location: reader.at(r, cols.team),
      });
    }
    out.people.push({ id, fullName, teamId: teamId ?? teamName, teamName, location: reader.at(r, cols.id) });
    readMarks(reader, r, who, { kind: 'person', id }, { reg, kq }, out);
    out.records.push(readPersonRecord(reader, r, cols, id, who));
  }
  return out;
}

function readUnits(
  reader: Reader,
  values: CellValue[][],
  titleRow: number,
  out: RegistrationReadResult,
  teamIdByName: Map<string, string>,
): void {
  const header = findHeader(values.slice(titleRow), UNIT_HEADERS, ['id', 'name'], 3);
  if (!header) return;
  const headerRow = titleRow + header.row;
  const cols = header.cols;
  const reg = titleColumns(values[headerRow], 'ĐK');
  const kq = titleColumns(values[headerRow], 'KQ');
  for (let r = headerRow + 1; r < values.length; r++) {
    const id = text(reader.get(r, cols.id));
    const name = text(reader.get(r, cols.name));
    if (id === '' && name === '') break;
    const subject: SubjectRef = id === SCHOOL_ROW_ID ? { kind: 'school' } : { kind: 'team', id };
    const who = subject.kind === 'school' ? name : `${teamLabel(name)} (mã ${id})`;
    if (subject.kind === 'team') {
      if (teamIdByName.has(nameMatchKey(name))) {
        reader.issues.push({
          code: 'targets.read.duplicate-team',
          severity: 'error',
          message: `Hai tổ cùng tên "${name}" trong khối tập thể; thành viên chỉ được tính cho tổ đầu. Đặt tên khác nhau.`,
          location: reader.at(r, cols.name),
        });
      } else {
        teamIdByName.set(nameMatchKey(name), id);
        out.teams.push({ id, name, location: reader.at(r, cols.id) });
      }
    }
    const rating = reader.field(r, cols.rating, who, 'xếp loại tập thể', readRating);
    out.unitRecords.push({
      subject,
      ...(rating ? { rating } : {}),
      location: reader.at(r, cols.rating ?? cols.id),
    });
    readMarks(reader, r, who, subject, { reg, kq }, out);
  }
}
