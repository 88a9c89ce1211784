/** Shared by the layout tests: a small school, and reading a built spec the way adapters would. */
import { defaultScoringConfig } from '../../../src/domain/scoring';
import type { ScoreInput } from '../../../src/domain/scoring';
import type { Cell, CellValue, SheetSpec, WorkbookSpec } from '../../../src/layout/grid';
import { person, roster } from '../../domain/scoring/fixtures';

export const school = roster([
  person('GV01', 'Nguyễn Văn An', { roleId: 'gvcn' }),
  person('GV02', 'Lê Thị Bích', { teamId: 'to-2' }),
  person('NV01', 'Trần Thị Cúc', { roleId: 'nhan-vien', teamId: 'to-vp' }),
  person('GV03', 'Phạm Thị Dung', { roleId: 'gvcn', teamId: 'to-2' }),
]);

export const config = defaultScoringConfig();

export const inputs: ScoreInput[] = [
  { personId: 'GV01', roundId: 'dot-1', criterionId: '1.1', level: 'self', value: 9 },
  { personId: 'GV01', roundId: 'dot-1', criterionId: '1.1', level: 'council', value: 8.5 },
  { personId: 'GV01', roundId: 'dot-1', criterionId: '7.1', level: 'team', value: 1 },
  { personId: 'NV01', roundId: 'dot-2', criterionId: '5.1', level: 'team', value: 27 },
];

export function sheetNamed(spec: WorkbookSpec, name: string): SheetSpec {
  const sheet = spec.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

export function cellAt(sheet: SheetSpec, row: number, col: number): Cell | undefined {
  return sheet.cells[row]?.[col];
}

/** Constants only (formulas read as null), as a workbook of typed values would hand them back. */
export function constants(spec: WorkbookSpec): Record<string, CellValue[][]> {
  return Object.fromEntries(
    spec.sheets.map((sheet) => [
      sheet.name,
      sheet.cells.map((row) =>
        Array.from(row ?? [], (cell) => (cell && 'value' in cell ? cell.value : null)),
      ),
    ]),
  );
}

export function allFormulas(spec: WorkbookSpec): string[] {
  return spec.sheets.flatMap((sheet) =>
    sheet.cells.flatMap((row) =>
      (row ?? []).flatMap((cell) => (cell && 'formula' in cell ? [cell.formula] : [])),
    ),
  );
}
