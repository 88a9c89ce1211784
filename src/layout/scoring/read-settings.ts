/**
 * The settings a user may edit on the sheets, read back onto the config the workbook was built from:
 * total points, round weights, band minima and floors flag ("Quy chế"), and each criterion's maximum,
 * deduction step and floor ("Tiêu chí"). The formulas already use the edited values; with this the domain
 * (CLI, Scores panel) does too. A value that is not a usable number keeps the built one and is reported.
 */
import type { DomainIssue } from '../../domain/issues';
import type { ScoringConfig } from '../../domain/scoring/types';
import { formatNumberAsTyped, parseVietnameseNumber } from '../../domain/text';
import { cellAddress, parseCellAddress } from '../a1';
import type { CellValue } from '../grid';
import { QUY_CHE_COLUMNS } from '../quy-che/entries';
import { readQuyCheTable } from '../quy-che/read';
import type { ScoringWorkbookMap } from './map';
import {
  BANDS_TABLE,
  QUY_CHE_KEYS,
  REQUIRES_FLOORS_NO,
  REQUIRES_FLOORS_YES,
  ROUNDS_TABLE,
} from './quy-che-scoring';

interface Reader {
  issues: DomainIssue[];
  number(
    value: CellValue,
    sheet: string,
    address: string,
    what: string,
    allowBlank: boolean,
  ): number | null | undefined;
}

function reader(): Reader {
  const issues: DomainIssue[] = [];
  return {
    issues,
    /** A number; null when blank and allowed; undefined (and an issue) when unusable. */
    number(value, sheet, address, what, allowBlank) {
      const parsed = typeof value === 'boolean' ? null : parseVietnameseNumber(value);
      if (parsed?.ok && parsed.value !== null && parsed.value >= 0) return parsed.value;
      if (parsed?.ok && parsed.value === null && allowBlank) return null;
      issues.push({
        code: 'settings.not-a-number',
        severity: 'error',
        message: `Ô ${address} trang "${sheet}" (${what}): "${value ?? ''}" không phải là số hợp lệ nên giá trị cũ được giữ. Hãy nhập một số từ 0 trở lên.`,
        location: { sheet, address },
      });
      return undefined;
    },
  };
}

export function readScoringSettings(
  sheets: Record<string, CellValue[][]>,
  map: ScoringWorkbookMap,
  built: ScoringConfig,
): { config: ScoringConfig; issues: DomainIssue[] } {
  const read = reader();
  const config: ScoringConfig = structuredClone(built);
  const quyChe = sheets[map.sheets.quyChe];
  if (quyChe) {
    const totalAddress = map.quyChe.entries[QUY_CHE_KEYS.totalPoints];
    if (totalAddress) {
      const { row } = parseCellAddress(totalAddress);
      const total = read.number(
        quyChe[row]?.[QUY_CHE_COLUMNS.value] ?? null,
        map.sheets.quyChe,
        totalAddress,
        'tổng điểm',
        false,
      );
      if (typeof total === 'number' && total > 0) config.totalPoints = total;
    }
    const rounds = map.quyChe.tables[ROUNDS_TABLE];
    if (rounds) {
      const rows = readQuyCheTable(quyChe, rounds);
      for (const round of config.rounds) {
        const row = rounds.rows[round.id];
        const weight = rows.get(round.id)?.[4];
        if (row === undefined || weight === undefined) continue;
        const value = read.number(
          weight,
          map.sheets.quyChe,
          cellAddress(row, rounds.columns[4]),
          `trọng số ${round.label}`,
          false,
        );
        if (typeof value === 'number') round.weight = value;
      }
    }
    const bands = map.quyChe.tables[BANDS_TABLE];
    if (bands) {
      const rows = readQuyCheTable(quyChe, bands);
      for (const band of config.bands) {
        const row = bands.rows[band.id];
        const values = rows.get(band.id);
        if (row === undefined || !values) continue;
        const min = read.number(
          values[2],
          map.sheets.quyChe,
          cellAddress(row, bands.columns[2]),
          `điểm tối thiểu ${band.id}`,
          false,
        );
        if (typeof min === 'number') band.min = min;
        const flag = typeof values[3] === 'string' ? values[3].trim().toLocaleLowerCase('vi') : values[3];
        if (flag === REQUIRES_FLOORS_YES.toLocaleLowerCase('vi') || flag === true) band.requiresFloors = true;
        else if (flag === REQUIRES_FLOORS_NO.toLocaleLowerCase('vi') || flag === false)
          band.requiresFloors = false;
      }
    }
  }
  const criteria = sheets[map.sheets.criteria];
  if (criteria) {
    const columns = map.criteriaColumns;
    for (const criterion of config.criteria) {
      const row = map.criteriaRows[criterion.id];
      if (row === undefined) continue;
      const at = (col: number) => cellAddress(row, col);
      const cell = (col: number) => criteria[row]?.[col] ?? null;
      const what = `tiêu chí ${criterion.id}`;
      const max = read.number(
        cell(columns.max),
        map.sheets.criteria,
        at(columns.max),
        `${what}, điểm tối đa`,
        false,
      );
      if (typeof max === 'number' && max > 0) criterion.max = max;
      if (criterion.kind === 'deduction') {
        const step = read.number(
          cell(columns.step),
          map.sheets.criteria,
          at(columns.step),
          `${what}, bước trừ`,
          false,
        );
        if (typeof step === 'number') criterion.deductionStep = step;
      }
      if (criterion.kind !== 'bonus') {
        const floor = read.number(
          cell(columns.floor),
          map.sheets.criteria,
          at(columns.floor),
          `${what}, điểm sàn`,
          true,
        );
        if (floor === null) delete criterion.floor;
        else if (typeof floor === 'number' && criterion.floor !== undefined) criterion.floor = floor;
        else if (typeof floor === 'number') {
          // The floors-met formulas only test the criteria that had a floor when the template was built.
          read.issues.push({
            code: 'settings.floor-added',
            severity: 'warning',
            message: `Ô ${at(columns.floor)} trang "${map.sheets.criteria}": điểm sàn ${formatNumberAsTyped(floor)} mới thêm cho ${what} chưa có trong công thức các trang chấm điểm nên chưa được xét. Hãy tạo lại mẫu để áp dụng điểm sàn này.`,
            location: { sheet: map.sheets.criteria, address: at(columns.floor) },
          });
        }
      }
    }
  }
  return { config, issues: read.issues };
}
