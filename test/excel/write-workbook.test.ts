import { createFakeExcelHost, type FakeExcelHost } from '../../src/preview/fake-excel';
import { formulaCell, valueCell, type WorkbookSpec } from '../../src/layout/grid';
import {
  appendRow,
  officeErrorToVietnamese,
  readSheets,
  selectCell,
  writeWorkbookSpec,
} from '../../src/excel';
import { expectedBand, generateSchool } from './school-spec';

const FIVE_MB = 5 * 1024 * 1024;

/** A host that refuses requests over 5 MB, as Excel on the web does. */
function open(sheets: string[] = ['Sheet1']) {
  const host = createFakeExcelHost({ sheets, payloadLimitBytes: FIVE_MB });
  const context = host.createContext() as unknown as Excel.RequestContext;
  return { host, context };
}

async function sheetNames(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  return sheets.items.map((sheet) => sheet.name);
}

describe('a school of 150 staff × 60 criteria written into Excel', () => {
  let host: FakeExcelHost;
  let context: Excel.RequestContext;
  const school = generateSchool(150, 60);

  beforeAll(async () => {
    ({ host, context } = open());
    const result = await writeWorkbookSpec(context, school.spec);
    expect(result.sheetNames).toEqual(['Đợt 1', 'Tổng hợp']);
  });

  test('costs at most 2 syncs, each under Excel on the web’s 5 MB', () => {
    expect(host.stats.syncCount()).toBeLessThanOrEqual(2);
    expect(host.stats.maxPayloadBytes()).toBeLessThanOrEqual(FIVE_MB);
  });

  test('totals, bands and ranks are live formulas that compute each person’s numbers', async () => {
    const { 'Đợt 1': round } = await readSheets(context, ['Đợt 1']);
    school.scores.forEach((own, p) => {
      const row = school.firstRow + p;
      const total = own.reduce((sum, score) => sum + score, 0);
      expect(round.values[row][school.totalCol]).toBeCloseTo(total, 9);
      expect(round.values[row][school.bandCol]).toBe(expectedBand(total));
      expect(round.formulas[row][school.totalCol]).toMatch(/^=SUM\(/);
    });
    const ranks = school.scores.map((_, p) => round.values[school.firstRow + p][school.rankCol] as number);
    const best = school.scores.map((own) => own.reduce((a, b) => a + b, 0)).reduce((a, b) => Math.max(a, b));
    expect(Math.min(...ranks)).toBe(1);
    expect(round.values[school.firstRow + ranks.indexOf(1)][school.totalCol]).toBeCloseTo(best, 9);
  });

  test('the per-tổ summary reads across the quoted Vietnamese sheet name and through TD_TongDiem', async () => {
    const { 'Tổng hợp': summary } = await readSheets(context, ['Tổng hợp']);
    const totals = school.scores.map((own) => own.reduce((a, b) => a + b, 0));
    school.teams.forEach((team, i) => {
      const members = totals.filter((_, p) => p % school.teams.length === i);
      expect(summary.values[i + 1][0]).toBe(team);
      expect(summary.values[i + 1][1]).toBeCloseTo(members.reduce((a, b) => a + b, 0) / members.length, 9);
    });
    expect(summary.values[school.teams.length + 1][1]).toBeCloseTo(
      totals.reduce((a, b) => a + b, 0) / totals.length,
      9,
    );
  });

  test('text "=x" and "-3 điểm…" stay text, not formulas', async () => {
    const { 'Đợt 1': round } = await readSheets(context, ['Đợt 1']);
    expect(round.values[school.firstRow][school.noteCol]).toBe('=x');
    expect(round.formulas[school.firstRow][school.noteCol]).toBeNull();
    expect(round.values[school.firstRow + 1][school.noteCol]).toBe('-3 điểm: nghỉ không phép');
  });

  test('reading two sheets back costs one sync; a missing sheet is left out', async () => {
    host.stats.reset();
    const read = await readSheets(context, ['Đợt 1', 'Tổng hợp', 'Không có']);
    expect(host.stats.syncCount()).toBe(1);
    expect(Object.keys(read)).toEqual(['Đợt 1', 'Tổng hợp']);
    expect(read['Tổng hợp'].address).toBe("'Tổng hợp'!A1:B10");
  });
});

describe('"Nothing lost": a sheet holding the user’s data is never written into', () => {
  const spec: WorkbookSpec = {
    sheets: [{ name: 'Đợt 1', cells: [[valueCell('Bảng mới'), formulaCell("'Đợt 1'!A1")]] }],
    names: [],
  };

  test('the new sheet becomes "Đợt 1 (2)", the old one keeps its cell, the pane gets a sentence', async () => {
    const { host, context } = open(['Đợt 1']);
    context.workbook.worksheets.getItem('Đợt 1').getRange('A1').values = [['Điểm trường tự nhập']];
    await context.sync();
    host.stats.reset();
    const result = await writeWorkbookSpec(context, spec);
    expect(result.syncs).toBe(2);
    expect(host.stats.syncCount()).toBe(2);
    expect(result.sheetNames).toEqual(['Đợt 1 (2)']);
    expect(result.notices).toEqual([
      'Trang tính "Đợt 1" đã có dữ liệu nên được giữ nguyên; bảng mới nằm ở trang "Đợt 1 (2)".',
    ]);
    const read = await readSheets(context, ['Đợt 1', 'Đợt 1 (2)']);
    expect(read['Đợt 1'].values).toEqual([['Điểm trường tự nhập']]);
    // The formula followed the rename: it points at the new sheet, not the user's.
    expect(read['Đợt 1 (2)'].formulas[0][1]).toBe("='Đợt 1 (2)'!A1");
    expect(read['Đợt 1 (2)'].values[0]).toEqual(['Bảng mới', 'Bảng mới']);
  });

  test('an existing empty "Đợt 1" is reused, not duplicated', async () => {
    const { context } = open(['Đợt 1']);
    const result = await writeWorkbookSpec(context, spec);
    expect(result.sheetNames).toEqual(['Đợt 1']);
    expect(await sheetNames(context)).toEqual(['Đợt 1']);
  });

  test('writing the template twice: "rename" keeps both; "replaceIfAddinOwned" rewrites Thi Đua’s own sheet', async () => {
    const { context } = open();
    await writeWorkbookSpec(context, spec);
    const again = await writeWorkbookSpec(context, spec);
    expect(again.sheetNames).toEqual(['Đợt 1 (2)']);
    const replaced = await writeWorkbookSpec(
      context,
      { ...spec, sheets: [{ name: 'Đợt 1', cells: [[valueCell('Bản cập nhật')]] }] },
      { existingSheetPolicy: 'replaceIfAddinOwned' },
    );
    expect(replaced.syncs).toBe(2);
    expect(replaced.sheetNames).toEqual(['Đợt 1']);
    expect((await readSheets(context, ['Đợt 1']))['Đợt 1'].values).toEqual([['Bản cập nhật']]);
  });

  test('a sheet the user made is not replaced even under "replaceIfAddinOwned"', async () => {
    const { context } = open(['Đợt 1']);
    context.workbook.worksheets.getItem('Đợt 1').getRange('A1').values = [['Của trường']];
    await context.sync();
    const result = await writeWorkbookSpec(context, spec, { existingSheetPolicy: 'replaceIfAddinOwned' });
    expect(result.sheetNames).toEqual(['Đợt 1 (2)']);
    expect((await readSheets(context, ['Đợt 1']))['Đợt 1'].values).toEqual([['Của trường']]);
  });
});

describe('the whole template written a second time', () => {
  const school = generateSchool(20, 6);

  test('"rename": new sheets and a new name, and the copy computes on its own sheet, not the first one', async () => {
    const { context } = open();
    await writeWorkbookSpec(context, school.spec);
    const second = await writeWorkbookSpec(context, school.spec);
    expect(second.sheetNames).toEqual(['Đợt 1 (2)', 'Tổng hợp (2)']);
    expect(second.renamedNames).toEqual([{ requested: 'TD_TongDiem', actual: 'TD_TongDiem_2' }]);
    expect(second.notices).toHaveLength(3);
    // Change a score on the first sheet only (it is protected, so unprotect as a user would).
    const first = context.workbook.worksheets.getItem('Đợt 1');
    first.protection.unprotect();
    first.getRange('D3').values = [[100]];
    await context.sync();
    const read = await readSheets(context, ['Tổng hợp', 'Tổng hợp (2)']);
    const lastRow = school.teams.length + 1;
    expect(read['Tổng hợp (2)'].formulas[lastRow][1]).toBe('=AVERAGE(TD_TongDiem_2)');
    expect(read['Tổng hợp (2)'].formulas[1][1]).toContain("'Đợt 1 (2)'!");
    expect(read['Tổng hợp (2)'].values[lastRow][1]).not.toBeCloseTo(
      read['Tổng hợp'].values[lastRow][1] as number,
      9,
    );
  });

  test('"replaceIfAddinOwned": the protected sheets are emptied and rewritten in place, the name replaced', async () => {
    const { host, context } = open();
    await writeWorkbookSpec(context, school.spec);
    host.stats.reset();
    const again = await writeWorkbookSpec(context, school.spec, {
      existingSheetPolicy: 'replaceIfAddinOwned',
    });
    expect(again).toMatchObject({
      syncs: 2,
      sheetNames: ['Đợt 1', 'Tổng hợp'],
      renamedNames: [],
      notices: [],
    });
    expect(host.stats.syncCount()).toBe(2);
    expect(await sheetNames(context)).toEqual(['Sheet1', 'Đợt 1', 'Tổng hợp']);
    expect(
      host.inspect
        .names()
        .filter((n) => n.name.startsWith('TD_TongDiem'))
        .map((n) => n.name),
    ).toEqual(['TD_TongDiem']);
    expect(host.inspect.protection('Đợt 1').protected).toBe(true);
    expect(host.inspect.validations('Đợt 1')).toHaveLength(1);
    expect(host.inspect.conditionalFormats('Đợt 1')).toHaveLength(1);
    const { 'Tổng hợp': summary } = await readSheets(context, ['Tổng hợp']);
    const totals = school.scores.map((own) => own.reduce((a, b) => a + b, 0));
    expect(summary.values[school.teams.length + 1][1]).toBeCloseTo(
      totals.reduce((a, b) => a + b, 0) / totals.length,
      9,
    );
  });
});

describe('chunking beyond the 4 MB budget', () => {
  const long = 'Phiếu đồng ý – Nguyễn Thị Minh Khai, tổ khối 5, ghi chú của thư ký hội đồng; '.repeat(3);
  const rows = 4000;
  /** About 9 MB of text: 4000 rows × 8 long Vietnamese notes. */
  const bigLog = (): WorkbookSpec => ({
    sheets: [
      {
        name: 'Nhật ký phiếu',
        cells: Array.from({ length: rows }, (_, r) => [
          valueCell(r + 1),
          ...Array.from({ length: 8 }, () => valueCell(long)),
        ]),
      },
    ],
    names: [],
  });

  test('a very large log is cut into more syncs, none over 5 MB, and arrives whole', async () => {
    const { host, context } = open();
    const result = await writeWorkbookSpec(context, bigLog());
    expect(result.syncs).toBeGreaterThan(2);
    expect(host.stats.syncCount()).toBe(result.syncs);
    expect(host.stats.maxPayloadBytes()).toBeLessThanOrEqual(FIVE_MB);
    const { 'Nhật ký phiếu': log } = await readSheets(context, ['Nhật ký phiếu']);
    expect(log.values).toHaveLength(rows);
    expect(log.values[rows - 1][0]).toBe(rows);
    expect(log.values[rows - 1][8]).toBe(long);
  });

  test('the same log sent in one request would be refused by Excel, with a Vietnamese explanation', async () => {
    const { context } = open();
    const error: unknown = await writeWorkbookSpec(context, bigLog(), {
      payloadBudget: Number.POSITIVE_INFINITY,
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(officeErrorToVietnamese(error)).toMatch(/5 MB/);
  });
});

describe('the ballot log and navigation', () => {
  test('appending a ballot and updating the count costs one sync', async () => {
    const { host, context } = open();
    await writeWorkbookSpec(context, {
      sheets: [
        { name: 'Nhật ký phiếu', cells: [[valueCell('STT'), valueCell('Người'), valueCell('Ý kiến')]] },
      ],
      names: [],
    });
    host.stats.reset();
    await appendRow(
      context,
      'Nhật ký phiếu',
      1,
      [valueCell(1), valueCell('Nguyễn Văn An'), valueCell('+đồng ý')],
      [{ address: 'E1', cells: [[formulaCell('COUNTA(A2:A500)')]] }],
    );
    expect(host.stats.syncCount()).toBe(1);
    const { 'Nhật ký phiếu': log } = await readSheets(context, ['Nhật ký phiếu']);
    expect(log.values[1].slice(0, 3)).toEqual([1, 'Nguyễn Văn An', '+đồng ý']);
    expect(log.values[0][4]).toBe(1);
  });

  test('going to a flagged cell costs one sync', async () => {
    const { host, context } = open(['Sheet1', 'Đợt 1']);
    host.stats.reset();
    await selectCell(context, 'Đợt 1', 'F12');
    expect(host.stats.syncCount()).toBe(1);
  });
});
