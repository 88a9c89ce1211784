import { scoreCellLocation } from '../../../src/layout/scoring';
import { parseCellAddress } from '../../../src/layout/a1';
import { writeScoreCells } from '../../../src/excel/operations/scoring-score-cells';
import { readSelectedRange } from '../../../src/excel/operations/scoring-selection';
import { createFakeExcelHost } from '../../../src/preview/fake-excel';
import { buildSample, readBack, sampleCase } from '../scores/sample-workbook';

describe('"Lấy từ vùng đang chọn"', () => {
  test('reads the selected values in one sync, with where they sit and their font', async () => {
    const host = createFakeExcelHost({ sheets: ['DS cũ'] });
    const context = host.createContext() as unknown as Excel.RequestContext;
    const sheet = context.workbook.worksheets.getItem('DS cũ');
    sheet.getRange('B2:C4').values = [
      ['Họ và tên', 'Tổ'],
      ['Nguyễn Văn An', 'Tổ 1'],
      ['Lê Thị Hà', ''],
    ];
    sheet.getRange('B2:C4').format.font.name = '.VnTime';
    await context.sync();
    host.userSelect('DS cũ', 'B2:C4');
    host.stats.reset();
    const read = await readSelectedRange(context);
    expect(host.stats.syncCount()).toBe(1);
    expect(read).toMatchObject({
      sheet: 'DS cũ',
      address: 'B2:C4',
      origin: { row: 1, column: 1 },
      values: [
        ['Họ và tên', 'Tổ'],
        ['Nguyễn Văn An', 'Tổ 1'],
        ['Lê Thị Hà', null],
      ],
      font: '.VnTime',
    });
  });

  test('selecting whole columns reads only the rows that hold data', async () => {
    const host = createFakeExcelHost({ sheets: ['Sheet1'] });
    const context = host.createContext() as unknown as Excel.RequestContext;
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    sheet.getRange('A1:B2').values = [
      ['Họ và tên', 'Tổ'],
      ['Nguyễn Văn An', 'Tổ 1'],
    ];
    await context.sync();
    host.userSelect('Sheet1', 'A:B');
    const read = await readSelectedRange(context);
    expect(read.values).toHaveLength(2);
    expect(read.address).toBe('A1:B2');
  });
});

describe('writing imported scores into a round sheet', () => {
  test('empty cells are written in two syncs and read back as the person’s scores', async () => {
    const { host, context } = await buildSample(sampleCase(false));
    const { read } = await readBack(context);
    host.stats.reset();
    const personId = read.schoolCase.roster.staff[0].id;
    const at = scoreCellLocation(read.scoring, {
      personId,
      roundId: 'dot-1',
      criterionId: '1.1',
      level: 'council',
    });
    if (!at) throw new Error('no cell');
    const { row, col } = parseCellAddress(at.address);
    const result = await writeScoreCells(context, [{ sheet: at.sheet, row, column: col, value: 9.5 }], 'ask');
    expect(result).toEqual({ written: 1, unchanged: 0, filled: [], done: true });
    expect(host.stats.syncCount()).toBe(2);
    const again = await readBack(context);
    expect(again.read.schoolCase.scoring.inputs).toEqual([
      expect.objectContaining({
        personId,
        roundId: 'dot-1',
        criterionId: '1.1',
        level: 'council',
        value: 9.5,
      }),
    ]);
  });

  test('a cell holding another score is never overwritten without asking', async () => {
    const { host, context } = await buildSample();
    const { read } = await readBack(context);
    const input = read.schoolCase.scoring.inputs.find(
      (i) => i.criterionId === '1.1' && i.level === 'council',
    );
    if (!input?.locator) throw new Error('no sample score');
    const { row, col } = parseCellAddress(input.locator.address);
    const other = input.value === 10 ? 9 : 10;
    const writes = [{ sheet: input.locator.sheet, row, column: col, value: other }];

    host.stats.reset();
    const asked = await writeScoreCells(context, writes, 'ask');
    expect(asked.done).toBe(false);
    expect(asked.filled).toEqual([
      { sheet: input.locator.sheet, address: input.locator.address, current: input.value, value: other },
    ]);
    expect(host.stats.syncCount()).toBe(1);
    expect(host.inspect.cells(input.locator.sheet, input.locator.address)[0][0].value).toBe(input.value);

    const skipped = await writeScoreCells(context, writes, 'skip');
    expect(skipped).toMatchObject({ written: 0, done: true });
    expect(host.inspect.cells(input.locator.sheet, input.locator.address)[0][0].value).toBe(input.value);

    const same = await writeScoreCells(context, [{ ...writes[0], value: input.value }], 'ask');
    expect(same).toMatchObject({ written: 0, unchanged: 1, done: true });

    host.stats.reset();
    const overwritten = await writeScoreCells(context, writes, 'overwrite');
    expect(overwritten).toMatchObject({ written: 1, done: true });
    expect(host.stats.syncCount()).toBe(2);
    expect(host.inspect.cells(input.locator.sheet, input.locator.address)[0][0].value).toBe(other);
  });
});
