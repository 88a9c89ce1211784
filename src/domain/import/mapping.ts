/**
 * Which column of an existing sheet holds what. Schools label columns in many ways ("Họ và tên", "HỌ TÊN",
 * "Tổ CM", "Chức vụ", "TC1", "Tổng điểm"…), often over two header rows: a criterion on top (merged across
 * its columns) and the levels below it (Tự ĐG, Tổ ĐG, HĐ ĐG). The suggestion is only a guess the user
 * confirms in the pane; nothing is imported from a column the mapping does not name.
 */
import type { AssessmentLevel, Criterion } from '../scoring/types';
import { foldKey } from './fold';
import type { ImportCell } from './grid';

/** A column holding one criterion's values, at one level (options.level when not given). */
export interface CriterionColumn {
  column: number;
  criterionId: string;
  level?: AssessmentLevel;
}

/** A column holding a total, at one level (options.level when not given). */
export interface TotalColumn {
  column: number;
  level?: AssessmentLevel;
}

/** Columns are 0-based indices into the imported grid. */
export interface ColumnMapping {
  name?: number;
  team?: number;
  /** Vai trò: a role id or label ("gvcn", "Giáo viên chủ nhiệm"). */
  role?: number;
  /** Chức vụ as printed ("Hiệu trưởng", "Tổ trưởng", "Kế toán"); the role is read from it when no role column. */
  position?: number;
  /** Giới tính: "Nam" / "Nữ". */
  gender?: number;
  /** A "Nữ" column where a mark (x) means a woman, as on many Vietnamese staff lists. */
  female?: number;
  birthDate?: number;
  staffCode?: number;
  hireDate?: number;
  criteria: CriterionColumn[];
  totals: TotalColumn[];
}

export type PersonField = Exclude<keyof ColumnMapping, 'criteria' | 'totals'>;

export interface UnmappedColumn {
  column: number;
  /** The header as written (rows joined with " / "). */
  header: string;
}

export interface MappingSuggestion {
  mapping: ColumnMapping;
  /** Columns with a header the suggestion could not place; the pane lists them for the user to assign. */
  unmapped: UnmappedColumn[];
}

export function emptyMapping(): ColumnMapping {
  return { criteria: [], totals: [] };
}

/** Folded headers, exact or (for the `prefixes`) leading words. */
interface FieldPattern {
  field: PersonField | 'total';
  exact: string[];
  prefixes?: string[];
}

const FIELD_PATTERNS: FieldPattern[] = [
  {
    field: 'name',
    exact: ['ten', 'ho ten', 'ho va ten', 'ten can bo', 'ten giao vien'],
    prefixes: ['ho va ten ', 'ho ten '],
  },
  {
    field: 'team',
    exact: ['to', 'to cm', 'to chuyen mon', 'to khoi', 'khoi', 'to bo phan', 'bo phan', 'don vi', 'thuoc to'],
  },
  { field: 'role', exact: ['vai tro', 'doi tuong', 'nhom doi tuong', 'loai can bo'] },
  {
    field: 'position',
    exact: ['cv', 'chuc vu', 'chuc danh', 'nhiem vu', 'chuc vu nhiem vu', 'cong viec'],
    prefixes: ['chuc vu ', 'chuc danh '],
  },
  { field: 'gender', exact: ['gioi tinh', 'gt', 'phai', 'nam nu', 'gioi'] },
  { field: 'female', exact: ['nu'] },
  {
    field: 'birthDate',
    exact: ['ngay sinh', 'ngay thang nam sinh', 'nam sinh', 'sinh ngay', 'ns'],
    prefixes: ['ngay sinh ', 'ngay thang nam sinh '],
  },
  {
    field: 'staffCode',
    exact: ['ma', 'ma so', 'ma cb', 'ma gv', 'ma nv', 'ma can bo', 'ma dinh danh', 'so hieu', 'ma cbgvnv'],
    prefixes: ['ma so ', 'ma can bo ', 'ma dinh danh '],
  },
  {
    field: 'hireDate',
    exact: ['ngay tuyen dung', 'ngay vao nganh', 'ngay vao lam', 'nam vao nganh', 'ngay vao truong'],
    prefixes: ['ngay tuyen dung ', 'ngay vao nganh '],
  },
  {
    field: 'total',
    exact: [
      'tong',
      'cong',
      'tong diem',
      'tong cong',
      'tong so diem',
      'diem',
      'diem tong',
      'tong diem dat',
      'diem dat',
    ],
    prefixes: ['tong diem ', 'tong cong '],
  },
];

/** Headers nobody imports (order numbers, remarks, results the template computes itself). */
const IGNORED = [
  'stt',
  'tt',
  'so tt',
  'ghi chu',
  'xep loai',
  'xep hang',
  'hang',
  'ky ten',
  'ky',
  'danh hieu',
];

const LEVEL_PATTERNS: [AssessmentLevel, RegExp][] = [
  ['self', /\b(tu danh gia|tu dg|tdg|tu cham|ca nhan|ca nhan tu danh gia|ca nhan tu cham)\b/],
  ['team', /^(to|to cm|khoi)$|\b(to danh gia|to dg|to cham|to chuyen mon danh gia|to khoi danh gia)\b/],
  ['council', /\b(hoi dong|hd|hdtd|hdtdkt|hd danh gia|hd dg|hd cham|nha truong danh gia)\b/],
];

function matchField(folded: string): PersonField | 'total' | null {
  for (const pattern of FIELD_PATTERNS) {
    if (pattern.exact.includes(folded)) return pattern.field;
    if (pattern.prefixes?.some((prefix) => folded.startsWith(prefix))) return pattern.field;
  }
  return null;
}

/** The level a header names, if any: "Tự ĐG" -> self, "Tổ đánh giá" -> team, "HĐ" -> council. */
export function levelFromHeader(header: string): AssessmentLevel | null {
  const folded = foldKey(header);
  for (const [level, pattern] of LEVEL_PATTERNS) if (pattern.test(folded)) return level;
  return null;
}

/** Strips a score hint such as "(10đ)", "10 điểm", "tối đa 10" from a folded header. */
function withoutMaxHint(folded: string): string {
  return folded
    .replace(/\b(toi da|max)\s*\d+(\.\d+)?\s*(d|diem)?\b/g, ' ')
    .replace(/\b\d+(\.\d+)?\s*(d|diem)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "1.1. Chấp hành…" -> "1.1"; labels without a leading number give null. */
function labelCode(label: string): string | null {
  const match = /^(\d+(?:\.\d+)*)\b/.exec(foldKey(label));
  return match ? match[1] : null;
}

/**
 * The criterion a header names: by id or leading number ("1.1", "TC 1.1", "Tiêu chí 1.1"), by label
 * (whole, or a beginning of at least 12 letters), or by position ("TC3" = the third criterion) when no
 * criterion carries that number.
 */
export function criterionFromHeader(header: string, criteria: readonly Criterion[]): Criterion | null {
  const folded = withoutMaxHint(foldKey(header));
  if (folded === '') return null;
  const token = /^(?:tieu chi|tc)?\s*(\d+(?:\.\d+)*)(?:\s|$)/.exec(folded);
  if (token) {
    const code = token[1];
    const byCode = criteria.find(
      (criterion) => foldKey(criterion.id) === code || labelCode(criterion.label) === code,
    );
    if (byCode) return byCode;
    if (/^(tieu chi|tc)/.test(folded) && /^\d+$/.test(code)) {
      const ordinal = Number(code);
      if (ordinal >= 1 && ordinal <= criteria.length) return criteria[ordinal - 1];
    }
  }
  const byId = criteria.find((criterion) => foldKey(criterion.id) === folded);
  if (byId) return byId;
  const rest = token ? folded.slice(token[0].length).trim() : folded;
  for (const criterion of criteria) {
    const label = foldKey(criterion.label).replace(/^\d+(\.\d+)*\s*/, '');
    if (rest === label) return criterion;
    if (rest.length >= 12 && label.startsWith(rest)) return criterion;
  }
  return null;
}

function cellText(value: ImportCell): string {
  if (value === null || value === undefined) return '';
  return String(value).normalize('NFC').trim();
}

/**
 * Each column's header parts, top row first. A blank cell in an upper row under a merged parent (the
 * parent's text sits in the first column of the merge) inherits the parent when the column has a text
 * below it, so "Tiêu chí 1" spans its Tự ĐG / Tổ ĐG / HĐ ĐG columns.
 */
function headerParts(rows: readonly (readonly ImportCell[])[]): string[][] {
  const width = Math.max(0, ...rows.map((row) => row.length));
  const texts = rows.map((row) => Array.from({ length: width }, (_, column) => cellText(row[column])));
  const bottom = texts.length - 1;
  const hasBelow = (row: number, column: number) => texts.slice(row + 1).some((r) => r[column] !== '');
  const parts: string[][] = Array.from({ length: width }, () => []);
  for (let row = 0; row < texts.length; row++) {
    let parent = '';
    for (let column = 0; column < width; column++) {
      const own = texts[row][column];
      if (own !== '') parent = row < bottom && hasBelow(row, column) ? own : '';
      const inherited = own === '' && row < bottom && hasBelow(row, column) ? parent : '';
      const text = own || inherited;
      if (text !== '') parts[column].push(text);
    }
  }
  return parts;
}

/**
 * Guesses the mapping from the header row (or rows, top first). `criteria` are the template's criteria,
 * in order; without them only person fields and totals are recognised. Each field goes to its first column.
 */
export function suggestColumnMapping(
  header: readonly ImportCell[] | readonly (readonly ImportCell[])[],
  criteria: readonly Criterion[] = [],
): MappingSuggestion {
  const rows = (
    header.length > 0 && Array.isArray(header[0]) ? header : [header]
  ) as readonly (readonly ImportCell[])[];
  const mapping = emptyMapping();
  const unmapped: UnmappedColumn[] = [];
  const takenCriteria = new Set<string>();
  headerParts(rows).forEach((parts, column) => {
    if (parts.length === 0) return;
    const levels = parts.map(levelFromHeader).filter((level): level is AssessmentLevel => level !== null);
    const criterion = parts
      .map((part) => criterionFromHeader(part, criteria))
      .find((found): found is Criterion => found !== null);
    if (criterion) {
      const entry: CriterionColumn = { column, criterionId: criterion.id };
      if (levels.length > 0) entry.level = levels[levels.length - 1];
      const key = `${entry.criterionId}|${entry.level ?? ''}`;
      if (!takenCriteria.has(key)) {
        takenCriteria.add(key);
        mapping.criteria.push(entry);
        return;
      }
    }
    // Person fields and totals are named by the column's own (lowest) header; "Tổng điểm / Tự ĐG" is a total.
    const fields = parts.map((part) => matchField(foldKey(part)));
    const total = fields.includes('total');
    const field = [...fields].reverse().find((found) => found !== null && found !== 'total');
    if (!criterion && total) {
      const entry: TotalColumn = { column };
      if (levels.length > 0) entry.level = levels[levels.length - 1];
      if (!mapping.totals.some((t) => t.level === entry.level)) {
        mapping.totals.push(entry);
        return;
      }
    } else if (
      !criterion &&
      field &&
      mapping[field] === undefined &&
      (parts.length === 1 || levels.length === 0)
    ) {
      // A lone "Tổ" header is the tổ column; "Tổ" under another header is a level, handled above.
      mapping[field] = column;
      return;
    }
    const written = parts.join(' / ');
    if (!IGNORED.includes(foldKey(parts[parts.length - 1]))) unmapped.push({ column, header: written });
  });
  return { mapping, unmapped };
}
