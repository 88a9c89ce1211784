/**
 * "Tiêu chí": sections and criteria. Maximum, deduction step and floor are editable here and every scoring
 * sheet links to these cells, so a corrected maximum changes every total at once. Which roles a criterion
 * applies to is fixed when the template is built (it decides which cells are open on the scoring sheets).
 * A section's row carries its code in column A, so the sheet can be read back into sections and criteria.
 */
import type { UnitKind } from '../../domain/school/units';
import type { Criterion, CriterionKind, ScoringConfig } from '../../domain/scoring/types';
import { criterionApplies } from '../../domain/scoring/criteria';
import type { Role } from '../../domain/school/types';
import { formatNumberAsTyped } from '../../domain/text';
import { cellAddress, rangeAddress } from '../a1';
import type { DataValidationSpec, SheetSpec, StyledRange } from '../grid';
import { COLORS, Grid, landscape, headingStyles } from './sheet-kit';

export const CRITERIA_COLUMNS = {
  code: 0,
  label: 1,
  kind: 2,
  max: 3,
  step: 4,
  roles: 5,
  floor: 6,
} as const;

export const CRITERIA_FIRST_ROW = 3;

export const KIND_LABELS: Record<CriterionKind, string> = {
  points: 'Chấm điểm',
  deduction: 'Trừ điểm theo số lần',
  bonus: 'Điểm thưởng (cộng thêm)',
};

const HEADERS = ['Mã', 'Nội dung', 'Loại', 'Điểm tối đa', 'Bước trừ (mỗi lần)', 'Áp dụng cho', 'Điểm sàn'];

/** "Áp dụng cho" of a criterion that applies to every role. */
export const ALL_ROLES_TEXT = 'Tất cả';

/**
 * Heading of the group of criteria whose section is not among the config's sections (validation warns);
 * column A still carries the section code they name, so they read back unchanged.
 */
export const UNLISTED_SECTION_LABEL = 'Khác (mục chưa có trong danh sách mục)';

/** Heading of the per-role maxima under the criteria: the criteria end above it. */
export const ROLE_MAXIMA_HEADING = 'Tổng điểm tối đa theo vai trò (không tính điểm thưởng)';
/** The same heading on a Phòng's workbook of schools, whose roles are the cấp học. */
export const LEVEL_MAXIMA_HEADING = 'Tổng điểm tối đa theo cấp học (không tính điểm thưởng)';

export interface CriteriaGroup {
  sectionId: string;
  label: string;
  /** False for criteria naming a section the config does not list. */
  listed: boolean;
  criteria: Criterion[];
}

/**
 * The criteria as "Tiêu chí" lists them: by section in section order, then those of unlisted sections. A
 * duplicated id keeps its first criterion and a duplicated section its first label (validation reports
 * both). The scoring sheets use the same order, so columns follow the rows of "Tiêu chí".
 */
export function criteriaGroups(config: Pick<ScoringConfig, 'sections' | 'criteria'>): CriteriaGroup[] {
  const seen = new Set<string>();
  const criteria = config.criteria.filter((c) => !seen.has(c.id) && (seen.add(c.id), true));
  const groups = new Map<string, CriteriaGroup>();
  for (const section of config.sections) {
    if (!groups.has(section.id)) {
      groups.set(section.id, { sectionId: section.id, label: section.label, listed: true, criteria: [] });
    }
  }
  const unlisted = new Map<string, CriteriaGroup>();
  for (const criterion of criteria) {
    let group = groups.get(criterion.sectionId) ?? unlisted.get(criterion.sectionId);
    if (!group) {
      group = { sectionId: criterion.sectionId, label: UNLISTED_SECTION_LABEL, listed: false, criteria: [] };
      unlisted.set(criterion.sectionId, group);
    }
    group.criteria.push(criterion);
  }
  return [...groups.values(), ...unlisted.values()];
}

/** Unique criteria in the order of "Tiêu chí" (and of the scoring sheets' columns). */
export function criteriaInSheetOrder(config: Pick<ScoringConfig, 'sections' | 'criteria'>): Criterion[] {
  return criteriaGroups(config).flatMap((group) => group.criteria);
}

function rolesText(criterion: Criterion, roles: readonly Role[]): string {
  if (criterion.roles === 'all') return ALL_ROLES_TEXT;
  const labels = new Map(roles.map((role) => [role.id, role.label]));
  return criterion.roles.map((id) => labels.get(id) ?? id).join(', ');
}

export function buildCriteriaSheet(
  sheetName: string,
  config: ScoringConfig,
  roles: readonly Role[],
  kind: UnitKind = 'staff',
): { sheet: SheetSpec; rows: Record<string, number> } {
  const grid = new Grid();
  const styles: StyledRange[] = [];
  const validations: DataValidationSpec[] = [];
  const rows: Record<string, number> = {};
  const lastCol = HEADERS.length - 1;
  grid.value(0, 0, 'TIÊU CHÍ CHẤM ĐIỂM THI ĐUA');
  grid.value(
    1,
    0,
    `Tổng điểm của bảng: ${config.totalPoints}. Sửa điểm tối đa, bước trừ, điểm sàn ở đây; các trang chấm điểm tính lại ngay.`,
  );
  HEADERS.forEach((header, col) => grid.value(2, col, header));

  let row = CRITERIA_FIRST_ROW;
  const groups = criteriaGroups(config);
  for (const group of groups) {
    grid.value(row, CRITERIA_COLUMNS.code, group.sectionId);
    grid.value(row, CRITERIA_COLUMNS.label, group.label);
    styles.push({ range: rangeAddress(row, 0, row, lastCol), style: { bold: true, fill: COLORS.section } });
    row++;
    for (const criterion of group.criteria) {
      rows[criterion.id] = row;
      grid.value(row, CRITERIA_COLUMNS.code, criterion.id);
      grid.value(row, CRITERIA_COLUMNS.label, criterion.label);
      grid.value(row, CRITERIA_COLUMNS.kind, KIND_LABELS[criterion.kind]);
      grid.value(row, CRITERIA_COLUMNS.max, criterion.max);
      grid.value(
        row,
        CRITERIA_COLUMNS.step,
        criterion.kind === 'deduction' ? (criterion.deductionStep ?? null) : null,
      );
      grid.value(row, CRITERIA_COLUMNS.roles, rolesText(criterion, roles));
      grid.value(row, CRITERIA_COLUMNS.floor, criterion.kind === 'bonus' ? null : (criterion.floor ?? null));
      const maxCell = cellAddress(row, CRITERIA_COLUMNS.max);
      validations.push({
        range: maxCell,
        kind: 'decimal',
        min: 0.01,
        errorMessage: `Tiêu chí ${criterion.id}: điểm tối đa phải là số lớn hơn 0.`,
      });
      if (criterion.kind === 'deduction') {
        validations.push({
          range: cellAddress(row, CRITERIA_COLUMNS.step),
          kind: 'decimal',
          min: 0.01,
          errorMessage: `Tiêu chí ${criterion.id}: số điểm trừ mỗi lần phải lớn hơn 0 (ví dụ 3 hoặc 0,5).`,
        });
      }
      if (criterion.kind !== 'bonus') {
        validations.push({
          range: cellAddress(row, CRITERIA_COLUMNS.floor),
          kind: 'decimal',
          min: 0,
          max: criterion.max,
          errorMessage: `Tiêu chí ${criterion.id}: điểm sàn phải từ 0 đến điểm tối đa ${formatNumberAsTyped(criterion.max)}, hoặc để trống.`,
        });
      }
      row++;
    }
  }
  const lastCriterionRow = row - 1;
  styles.push({
    range: rangeAddress(CRITERIA_FIRST_ROW, 0, Math.max(CRITERIA_FIRST_ROW, lastCriterionRow), lastCol),
    style: { borders: true, wrapText: true },
  });
  styles.push({
    range: rangeAddress(
      CRITERIA_FIRST_ROW,
      CRITERIA_COLUMNS.max,
      Math.max(CRITERIA_FIRST_ROW, lastCriterionRow),
      CRITERIA_COLUMNS.step,
    ),
    style: { locked: false },
  });
  styles.push({
    range: rangeAddress(
      CRITERIA_FIRST_ROW,
      CRITERIA_COLUMNS.floor,
      Math.max(CRITERIA_FIRST_ROW, lastCriterionRow),
      CRITERIA_COLUMNS.floor,
    ),
    style: { locked: false },
  });

  // Per role, the maxima that apply: the user sees at once whose totals will be normalised.
  row++;
  grid.value(row, CRITERIA_COLUMNS.label, kind === 'school' ? LEVEL_MAXIMA_HEADING : ROLE_MAXIMA_HEADING);
  styles.push({ range: rangeAddress(row, 0, row, lastCol), style: { bold: true, fill: COLORS.section } });
  row++;
  const firstRoleRow = row;
  for (const role of roles) {
    const cells = groups
      .flatMap((group) => group.criteria)
      .filter(
        (criterion) =>
          criterion.kind !== 'bonus' &&
          criterionApplies(criterion, role.id) &&
          rows[criterion.id] !== undefined,
      )
      .map((criterion) => cellAddress(rows[criterion.id], CRITERIA_COLUMNS.max));
    grid.value(row, CRITERIA_COLUMNS.label, role.label);
    if (cells.length > 0) grid.formula(row, CRITERIA_COLUMNS.max, `SUM(${cells.join(',')})`);
    else grid.value(row, CRITERIA_COLUMNS.max, 0);
    row++;
  }
  if (row > firstRoleRow) {
    styles.push({ range: rangeAddress(firstRoleRow, 0, row - 1, lastCol), style: { borders: true } });
  }
  styles.unshift(...headingStyles(rangeAddress(2, 0, 2, lastCol)));
  return {
    rows,
    sheet: {
      name: sheetName,
      cells: grid.cells,
      columnWidths: [40, 380, 110, 60, 70, 170, 55],
      styles,
      validations,
      freeze: { rows: CRITERIA_FIRST_ROW, columns: 0 },
      protect: true,
      pageSetup: landscape('$3:$3'),
      tabColor: '#548235',
    },
  };
}
