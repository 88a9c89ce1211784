/**
 * Reads "Tiêu chí" (criteria-sheet.ts) back into sections and criteria: a row without a kind is a
 * section (code in A, label in B), a row with one is a criterion under the section above it. Maximum,
 * step and floor are read as the user left them; the kind and the roles are read from their Vietnamese
 * text. The criteria end at the per-role maxima heading.
 */
import type { DomainIssue } from '../../domain/issues';
import { describeCriterion } from '../../domain/scoring/describe';
import type { CriteriaSection, Criterion, CriterionKind } from '../../domain/scoring/types';
import type { Role } from '../../domain/school/types';
import type { CellValue } from '../grid';
import { CellReader, isBlankCell, textKey } from './cell-reader';
import { CodeLookup } from './code-lookup';
import {
  ALL_ROLES_TEXT,
  CRITERIA_COLUMNS,
  CRITERIA_FIRST_ROW,
  KIND_LABELS,
  LEVEL_MAXIMA_HEADING,
  ROLE_MAXIMA_HEADING,
  UNLISTED_SECTION_LABEL,
} from './criteria-sheet';
import { TABLE_TITLES } from './quy-che-scoring';

const KINDS = Object.keys(KIND_LABELS) as CriterionKind[];

function kindFor(text: string): CriterionKind | undefined {
  const key = textKey(text);
  return KINDS.find((kind) => key === textKey(KIND_LABELS[kind]) || key === kind);
}

export function readCriteriaSheet(
  values: CellValue[][],
  sheet: string,
  roles: readonly Role[],
): { sections: CriteriaSection[]; criteria: Criterion[]; issues: DomainIssue[] } {
  const cells = new CellReader(sheet, values);
  const roleCodes = new CodeLookup(roles.map((role) => ({ id: role.id, name: role.label })));
  const sections: CriteriaSection[] = [];
  const criteria: Criterion[] = [];
  const columns = Object.values(CRITERIA_COLUMNS);
  let sectionId = '';

  const readRoles = (row: number, name: string): Criterion['roles'] => {
    const text = cells.text(row, CRITERIA_COLUMNS.roles);
    if (textKey(text) === textKey(ALL_ROLES_TEXT)) return 'all';
    if (text === '') return [];
    const found = roleCodes.findList(text);
    if (found) return found;
    return text
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .map((part) => {
        const id = roleCodes.find(part);
        if (id !== undefined) return id;
        cells.report(
          'criteria.unknown-role',
          'warning',
          row,
          CRITERIA_COLUMNS.roles,
          `${name} áp dụng cho vai trò "${part}" không có trong bảng "${TABLE_TITLES.roles}" trang "Quy chế" nên được giữ nguyên làm mã. Hãy sửa tên vai trò hoặc tạo lại mẫu.`,
        );
        return part;
      });
  };

  for (let row = CRITERIA_FIRST_ROW; row < cells.rowCount; row++) {
    const heading = cells.text(row, CRITERIA_COLUMNS.label);
    if (heading === ROLE_MAXIMA_HEADING || heading === LEVEL_MAXIMA_HEADING) break;
    if (columns.every((col) => isBlankCell(cells.cell(row, col)))) continue;
    const kindText = cells.text(row, CRITERIA_COLUMNS.kind);
    const id = cells.text(row, CRITERIA_COLUMNS.code);
    const label = cells.text(row, CRITERIA_COLUMNS.label);
    if (kindText === '') {
      sectionId = id;
      if (label === UNLISTED_SECTION_LABEL) continue;
      if (sections.some((section) => section.id === id)) {
        cells.report(
          'criteria.duplicate-section',
          'warning',
          row,
          CRITERIA_COLUMNS.code,
          `mục "${label}" có mã "${id}" trùng với một mục ở trên; các tiêu chí bên dưới được xếp vào mục đó. Hãy đặt cho mỗi mục một mã riêng.`,
        );
        continue;
      }
      sections.push({ id, label });
      continue;
    }
    if (id === '') {
      cells.report(
        'criteria.no-code',
        'error',
        row,
        CRITERIA_COLUMNS.code,
        `tiêu chí "${label}" chưa có mã nên không được đọc và không được chấm. Hãy tạo lại mẫu.`,
      );
      continue;
    }
    const name = describeCriterion({ id, label });
    if (criteria.some((criterion) => criterion.id === id)) {
      cells.report(
        'criteria.duplicate-code',
        'error',
        row,
        CRITERIA_COLUMNS.code,
        `${name} trùng mã với một tiêu chí ở trên nên không được đọc (các trang chấm điểm chỉ có một cột cho mỗi mã). Hãy tạo lại mẫu với mỗi tiêu chí một mã riêng.`,
      );
      continue;
    }
    let kind = kindFor(kindText);
    if (kind === undefined) {
      kind = 'points';
      cells.report(
        'criteria.unknown-kind',
        'error',
        row,
        CRITERIA_COLUMNS.kind,
        `loại "${kindText}" của ${name} không đọc được nên tạm tính là "${KIND_LABELS.points}". Hãy ghi một trong: ${KINDS.map((k) => `"${KIND_LABELS[k]}"`).join(', ')}.`,
      );
    }
    const max = cells.number(row, CRITERIA_COLUMNS.max, `Điểm tối đa của ${name}`, { fallback: 0 }) ?? 0;
    const criterion: Criterion = { id, sectionId, label, kind, max, roles: readRoles(row, name) };
    const unused = (col: number, what: string) => {
      if (isBlankCell(cells.cell(row, col))) return;
      cells.report(
        'criteria.value-unused',
        'warning',
        row,
        col,
        `${what} "${cells.text(row, col)}" không dùng cho ${name} (${KIND_LABELS[kind].toLocaleLowerCase('vi')}) nên không được tính. Hãy xóa giá trị này.`,
      );
    };
    if (kind === 'deduction') {
      criterion.deductionStep =
        cells.number(row, CRITERIA_COLUMNS.step, `Bước trừ của ${name}`, { fallback: 0 }) ?? 0;
    } else unused(CRITERIA_COLUMNS.step, 'Bước trừ');
    if (kind !== 'bonus') {
      const floor = cells.number(row, CRITERIA_COLUMNS.floor, `Điểm sàn của ${name}`, {
        fallback: 0,
        allowBlank: true,
      });
      if (floor !== null) criterion.floor = floor;
    } else unused(CRITERIA_COLUMNS.floor, 'Điểm sàn');
    criteria.push(criterion);
  }
  return { sections, criteria, issues: cells.issues };
}
