/**
 * Reads the "Chỉ tiêu" sheet back into targets (the user may have edited numbers, added or removed rows)
 * and the results typed for union and organisation targets. Columns are found by their headers; every row
 * that cannot become a target is named in an issue at its cell.
 */
import type { DomainIssue } from '../../domain/issues';
import type { Target } from '../../domain/targets';
import type { TitleId } from '../../domain/titles';
import { TITLE_IDS, TITLES, isTitleId } from '../../domain/titles';
import { cellAddress } from '../a1';
import { nameMatchKey } from '../../domain/text';
import type { CellValue } from '../grid';
import { isBlank, readNumber, text } from './cell-read';
import { CHI_TIEU_SHEET } from './constants';
import { TARGET_HEADERS, TARGET_TYPES } from './targets-sheet';

export interface TargetsReadResult {
  targets: Target[];
  /** Entered results of union / organisation targets by target id. */
  manualResults: Record<string, number>;
  issues: DomainIssue[];
}

type Column = keyof typeof TARGET_HEADERS;

/** Header row and the column of each header found in it. */
export function findHeader(
  values: CellValue[][],
  headers: Record<string, string>,
  required: string[],
  maxRows = 30,
): { row: number; cols: Record<string, number> } | undefined {
  for (let r = 0; r < Math.min(values.length, maxRows); r++) {
    const cols: Record<string, number> = {};
    (values[r] ?? []).forEach((cell, c) => {
      const t = nameMatchKey(text(cell));
      for (const [key, label] of Object.entries(headers)) {
        if (cols[key] === undefined && t === nameMatchKey(label)) cols[key] = c;
      }
    });
    if (required.every((k) => cols[k] !== undefined)) return { row: r, cols };
  }
  return undefined;
}

/** The title a row counts: its mã (LDTT, or TTLDTT-TO), else its label. */
function titleOf(id: string, label: string): TitleId | undefined {
  if (isTitleId(id)) return id;
  const prefix = id.split('-')[0];
  if (isTitleId(prefix)) return prefix;
  const l = nameMatchKey(label);
  return TITLE_IDS.find(
    (t) => nameMatchKey(TITLES[t].label) === l || nameMatchKey(TITLES[t].shortLabel) === l,
  );
}

export function readTargets(values: CellValue[][], sheetName = CHI_TIEU_SHEET): TargetsReadResult {
  const issues: DomainIssue[] = [];
  const found = findHeader(values, TARGET_HEADERS, ['id', 'label', 'type', 'count']);
  if (!found) {
    return {
      targets: [],
      manualResults: {},
      issues: [
        {
          code: 'targets.read.no-header',
          severity: 'error',
          message: `Không tìm thấy dòng tiêu đề (Mã, Danh hiệu / hình thức, Loại, Chỉ tiêu) trên sheet ${sheetName}. Tạo lại sheet Chỉ tiêu từ bảng điều khiển.`,
        },
      ],
    };
  }
  const cols = found.cols as Partial<Record<Column, number>>;
  const targets: Target[] = [];
  const manualResults: Record<string, number> = {};
  const usedIds = new Set<string>();
  const at = (r: number, c: number | undefined) => ({ sheet: sheetName, address: cellAddress(r, c ?? 0) });
  const get = (r: number, c: number | undefined) => (c === undefined ? null : (values[r]?.[c] ?? null));

  for (let r = found.row + 1; r < values.length; r++) {
    const watched = [cols.id, cols.label, cols.count, cols.of, cols.note, cols.level];
    if (watched.every((c) => isBlank(get(r, c)))) continue;
    const label = text(get(r, cols.label));
    let id = text(get(r, cols.id));
    const titleId = titleOf(id, label);
    const name = `«${label || id}» (dòng ${r + 1})`;

    const typeText = text(get(r, cols.type));
    let type = TARGET_TYPES.find((t) => nameMatchKey(t.label) === nameMatchKey(typeText));
    if (!type && typeText === '' && titleId) {
      type = TARGET_TYPES.find((t) => t.kind === TITLES[titleId].scope)!;
      issues.push({
        code: 'targets.read.type-inferred',
        severity: 'warning',
        message: `Chỉ tiêu ${name} chưa ghi Loại; tạm hiểu là "${type.label}" theo danh hiệu. Chọn Loại cho đúng.`,
        location: at(r, cols.type),
      });
    }
    if (!type) {
      issues.push({
        code: 'targets.read.bad-type',
        severity: 'error',
        message: `Chỉ tiêu ${name}: Loại "${typeText}" không có trong danh sách (${TARGET_TYPES.map((t) => t.label).join(', ')}), nên chưa được tính. Chọn Loại trong danh sách.`,
        location: at(r, cols.type),
      });
      continue;
    }
    const count = readNumber(get(r, cols.count));
    if (!count.ok) {
      const blank = isBlank(get(r, cols.count));
      issues.push({
        code: 'targets.read.bad-count',
        severity: 'error',
        message: `Chỉ tiêu ${name} ${blank ? 'chưa có số' : `có số không đọc được (${count.reason})`}, nên chưa được tính. Nhập một số nguyên từ 0 trở lên.`,
        location: at(r, cols.count),
      });
      continue;
    }
    if (id === '' || usedIds.has(id)) {
      const proposed =
        titleId && !usedIds.has(titleId) && type.kind === 'individual' ? titleId : `DONG-${r + 1}`;
      if (id !== '') {
        issues.push({
          code: 'targets.duplicate-id',
          severity: 'error',
          message: `Mã chỉ tiêu "${id}" dùng cho hai dòng; dòng ${r + 1} tạm dùng mã "${proposed}". Đổi mã để mỗi chỉ tiêu có mã riêng.`,
          location: at(r, cols.id),
        });
      } else {
        issues.push({
          code: 'targets.read.id-generated',
          severity: 'info',
          message: `Chỉ tiêu ${name} chưa có mã; tạm dùng "${proposed}". Ghi mã riêng ở cột Mã nếu muốn giữ cố định.`,
          location: at(r, cols.id),
        });
      }
      id = proposed;
    }
    usedIds.add(id);

    const target: Target = {
      id,
      kind: type.kind,
      awardLabel: label,
      level: text(get(r, cols.level)),
      count: count.value,
      location: at(r, cols.count),
    };
    if ((type.kind === 'individual' || type.kind === 'collective') && titleId) target.titleId = titleId;
    if ('scope' in type) target.scope = type.scope;
    const ofCell = get(r, cols.of);
    if (!isBlank(ofCell)) {
      const of = readNumber(ofCell);
      if (of.ok) target.of = of.value;
      else {
        issues.push({
          code: 'targets.read.bad-count',
          severity: 'error',
          message: `Chỉ tiêu ${name}: "Trên tổng số" ${of.reason}; đang bỏ qua số này. Nhập số nguyên hoặc để trống.`,
          location: at(r, cols.of),
        });
      }
    }
    const note = text(get(r, cols.note));
    if (note) target.note = note;
    targets.push(target);

    if (type.kind === 'union' || type.kind === 'organisationRating') {
      const cell = get(r, cols.result);
      if (isBlank(cell)) continue;
      const result = readNumber(cell);
      if (result.ok) manualResults[id] = result.value;
      else {
        issues.push({
          code: 'targets.read.bad-result',
          severity: 'error',
          message: `Kết quả của chỉ tiêu ${name}: ${result.reason}; đang tính là chưa có kết quả. Nhập số nguyên từ 0 trở lên.`,
          location: at(r, cols.result),
        });
      }
    }
  }
  return { targets, manualResults, issues };
}
