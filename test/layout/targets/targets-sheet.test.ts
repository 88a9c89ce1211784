import { seed000Targets, TARGET_PROFILES } from '../../../src/domain/targets';
import { cellAddress } from '../../../src/layout/a1';
import type { CellValue } from '../../../src/layout/grid';
import { isFormulaCell } from '../../../src/layout/grid';
import {
  CHI_TIEU_SHEET,
  readTargets,
  TARGET_COLUMNS,
  targetCellLocation,
  targetChartSpec,
} from '../../../src/layout/targets';
import { fullYearInput, planningInput } from '../../domain/targets/fixtures/school61';
import { buildWorkbook } from './build-workbook';

const plan = () => buildWorkbook(planningInput(TARGET_PROFILES['luat-2003']));

function allFormulas(cells: ReturnType<typeof plan>['targets']['sheet']['cells']): string[] {
  return cells.flatMap((row) => (row ?? []).filter(isFormulaCell).map((c) => c.formula));
}

describe('the "Chỉ tiêu" sheet', () => {
  it('has the columns the brief names, in order, on its header row', () => {
    const { targets } = plan();
    const header = targets.sheet.cells[targets.layout.headerRow].map((c) =>
      c && 'value' in c ? c.value : null,
    );
    expect(header.slice(0, 13)).toEqual([
      'STT',
      'Mã',
      'Danh hiệu / hình thức',
      'Loại',
      'Cấp / cơ quan công nhận',
      'Chỉ tiêu',
      'Trên tổng số',
      'Đăng ký',
      'Có thể đạt',
      'Kết quả',
      'Chênh lệch',
      'Trạng thái',
      'Ghi chú',
    ]);
  });

  it('counts over "Đăng ký" with COUNTIFS on bounded ranges, no volatile functions, no whole columns', () => {
    const formulas = allFormulas(plan().targets.sheet.cells);
    expect(formulas.some((f) => f.includes("COUNTIFS('Đăng ký'!$"))).toBe(true);
    for (const f of formulas) {
      expect(f).not.toMatch(/OFFSET|INDIRECT|TODAY|NOW\(/);
      expect(f).not.toMatch(/![$]?[A-Z]+:[$]?[A-Z]+[,)]/);
    }
  });

  it('lets the user type only whole numbers ≥ 0 as targets, on every row including spare rows', () => {
    const { targets } = plan();
    const v = targets.sheet.validations!.find((x) =>
      x.range.startsWith(cellAddress(targets.layout.firstRow, TARGET_COLUMNS.count)),
    )!;
    expect(v).toMatchObject({ kind: 'whole', min: 0 });
    expect(v.range).toBe(`F5:G${targets.layout.lastRow + 1}`);
  });

  it('puts each target’s flag at its number', () => {
    const { targets } = plan();
    expect(targetCellLocation(targets.layout, 'CSTDCS')).toEqual({ sheet: 'Chỉ tiêu', address: 'F6' });
    expect(targetCellLocation(targets.layout, 'NOPE')).toBeUndefined();
  });

  it('describes a clustered column chart of targets against results per title', () => {
    const spec = targetChartSpec(plan().targets.layout)!;
    expect(spec).toMatchObject({
      sheet: 'Chỉ tiêu',
      type: 'ColumnClustered',
      seriesBy: 'Columns',
      title: 'Chỉ tiêu và kết quả',
      sourceRange: 'O12:Q17',
    });
  });

  it('fills the chart table with live links: LĐTT 61 against 52 at the end of the year', () => {
    const built = buildWorkbook(fullYearInput(TARGET_PROFILES['luat-2003']));
    const wb = built.workbook;
    expect([
      wb.value(CHI_TIEU_SHEET, 'O13'),
      wb.value(CHI_TIEU_SHEET, 'P13'),
      wb.value(CHI_TIEU_SHEET, 'Q13'),
    ]).toEqual(['LĐTT', 61, 52]);
    expect(wb.value(CHI_TIEU_SHEET, 'O16')).toBe('TTLĐTT (tổ)');
    expect(wb.value(CHI_TIEU_SHEET, 'Q16')).toBe(6);
  });
});

describe('readTargets: what the user edits in the sheet comes back', () => {
  function sheetValues() {
    const built = buildWorkbook(fullYearInput(TARGET_PROFILES['luat-2003']));
    return { built, values: built.workbook.values(CHI_TIEU_SHEET) };
  }

  it('round-trips seed 000’s targets and the union results', () => {
    const { values } = sheetValues();
    const read = readTargets(values);
    expect(read.issues).toEqual([]);
    const strip = (t: { location?: unknown }) => ({ ...t, location: undefined });
    expect(read.targets.map(strip)).toEqual(seed000Targets().map(strip));
    expect(read.targets[1].location).toEqual({ sheet: 'Chỉ tiêu', address: 'F6' });
    expect(read.manualResults).toMatchObject({ 'HAI-GIOI': 50, 'CDCS-BIEU-DUONG': 68 });
    expect(read.manualResults['DOAN-VUNG-MANH']).toBeUndefined();
  });

  it('reads a number typed as text, an added row without a mã, and a row with no Loại', () => {
    const { built, values } = sheetValues();
    const row = built.targets.layout.rows.get('CSTDCS')!;
    values[row][TARGET_COLUMNS.count] = '9';
    const extra = built.targets.layout.firstRow + 14;
    values[extra] = [];
    values[extra][TARGET_COLUMNS.label] = 'Sáng kiến được công nhận';
    values[extra][TARGET_COLUMNS.type] = 'Sáng kiến';
    values[extra][TARGET_COLUMNS.count] = '12';
    const noType = extra + 1;
    values[noType] = [];
    values[noType][TARGET_COLUMNS.id] = 'CSTD_TINH';
    values[noType][TARGET_COLUMNS.label] = 'CSTĐ tỉnh (bổ sung)';
    values[noType][TARGET_COLUMNS.count] = 2;
    const read = readTargets(values as CellValue[][]);
    expect(read.targets.find((t) => t.id === 'CSTDCS')?.count).toBe(9);
    expect(read.targets.find((t) => t.awardLabel === 'Sáng kiến được công nhận')).toMatchObject({
      id: `DONG-${extra + 1}`,
      kind: 'initiativeCount',
      count: 12,
    });
    expect(read.issues.find((i) => i.code === 'targets.read.id-generated')?.location?.address).toBe(
      `B${extra + 1}`,
    );
    expect(read.issues.find((i) => i.code === 'targets.read.type-inferred')?.message).toContain(
      'tạm hiểu là "Cá nhân"',
    );
    expect(read.issues.find((i) => i.code === 'targets.duplicate-id')?.message).toContain(
      'Mã chỉ tiêu "CSTD_TINH" dùng cho hai dòng',
    );
  });

  it('names a row it cannot use: unknown Loại, empty target', () => {
    const { built, values } = sheetValues();
    const r1 = built.targets.layout.rows.get('HAI-GIOI')!;
    values[r1][TARGET_COLUMNS.type] = 'Đoàn thể';
    const r2 = built.targets.layout.rows.get('LDTT')!;
    values[r2][TARGET_COLUMNS.count] = null;
    const read = readTargets(values);
    expect(read.targets.some((t) => t.id === 'HAI-GIOI' || t.id === 'LDTT')).toBe(false);
    const bad = read.issues.find((i) => i.code === 'targets.read.bad-type')!;
    expect(bad.message).toContain('Loại "Đoàn thể" không có trong danh sách');
    expect(bad.location).toEqual({ sheet: 'Chỉ tiêu', address: `D${r1 + 1}` });
    expect(read.issues.find((i) => i.code === 'targets.read.bad-count')?.message).toContain(
      '«Lao động tiên tiến» (dòng 5) chưa có số',
    );
  });

  it('refuses a sheet without its header row', () => {
    expect(readTargets([['abc']]).issues[0].code).toBe('targets.read.no-header');
  });
});
