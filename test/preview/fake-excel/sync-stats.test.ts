/**
 * Round trips: each sync that sends operations counts once, its payload is the JSON size of what was
 * queued. The add-in's rule is ≤ 2 syncs per action and ≤ 5 MB per sync (Excel on the web's limit).
 */
import { createFakeExcelHost } from '../../../src/preview/fake-excel';
import { open } from './helpers';

function scoreSheet(staff: number, criteria: number): (string | number)[][] {
  return Array.from({ length: staff }, (_, i) => [
    `Nguyễn Văn ${i + 1}`,
    ...Array.from({ length: criteria }, (_, j) => (i * 7 + j * 3) % 11),
  ]);
}

test('a sync with nothing queued is not a round trip', async () => {
  const { host, ctx } = open();
  await ctx.sync();
  await ctx.sync();
  expect(host.stats.syncCount()).toBe(0);
});

test('writes and loads in one batch are one sync; the next batch is the second', async () => {
  const { host, ctx } = open();
  const sheet = ctx.workbook.worksheets.getItem('Sheet1');
  sheet.getRange('A1:B1').values = [[1, 2]];
  sheet.getRange('A1:B1').format.font.bold = true;
  const read = sheet.getRange('A1:B1').load('values');
  await ctx.sync();
  read.load('formulas');
  await ctx.sync();
  expect(host.stats.syncCount()).toBe(2);
  expect(host.stats.syncs.map((s) => [s.index, s.operations])).toEqual([
    [0, 3],
    [1, 1],
  ]);
});

test('payload is the data written plus a little: 150 staff × 60 criteria weighs far more than 15 × 6', async () => {
  const sizes: number[] = [];
  for (const [staff, criteria] of [
    [15, 6],
    [150, 60],
  ]) {
    const host = createFakeExcelHost();
    const ctx = host.createContext();
    const rows = scoreSheet(staff, criteria);
    ctx.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, staff, criteria + 1).values = rows;
    await ctx.sync();
    sizes.push(host.stats.maxPayloadBytes());
    const data = new TextEncoder().encode(JSON.stringify(rows)).length;
    expect(host.stats.syncs[0].payloadBytes).toBeGreaterThan(data);
    expect(host.stats.syncs[0].payloadBytes - data).toBeLessThan(500);
  }
  expect(sizes[1]).toBeGreaterThan(30 * sizes[0]);
  expect(sizes[1]).toBeLessThan(5 * 1024 * 1024);
});

test('loaded answers are measured too', async () => {
  const { host, ctx } = open();
  ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [
    [1, 2],
    [3, 4],
  ];
  await ctx.sync();
  ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').load('values');
  await ctx.sync();
  expect(host.stats.syncs[1].responseBytes).toBe(
    JSON.stringify({
      values: [
        [1, 2],
        [3, 4],
      ],
    }).length,
  );
});

test('reset() starts counting again', async () => {
  const { host, ctx } = open();
  ctx.workbook.worksheets.getItem('Sheet1').load('name');
  await ctx.sync();
  host.stats.reset();
  expect([host.stats.syncCount(), host.stats.maxPayloadBytes()]).toEqual([0, 0]);
});

test('with a payload limit, a larger sync is refused whole (RequestPayloadSizeLimitExceeded)', async () => {
  const host = createFakeExcelHost({ payloadLimitBytes: 1000 });
  const ctx = host.createContext();
  ctx.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, 150, 61).values = scoreSheet(150, 60);
  await expect(ctx.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  expect(host.inspect.usedRange('Sheet1')).toBeNull();
});

test('Excel.run syncs what the batch left queued and returns the batch’s result', async () => {
  const host = createFakeExcelHost();
  const result = await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['đã ghi']];
    return 'xong';
  });
  expect(result).toBe('xong');
  expect(host.inspect.values('Sheet1', 'A1')).toEqual([['đã ghi']]);
  expect(host.stats.syncCount()).toBe(1);
});

test('Excel.run refuses a batch that does not return a promise, as Office.js does', async () => {
  const host = createFakeExcelHost();
  const notAPromise = (() => undefined) as unknown as () => Promise<void>;
  await expect(host.Excel.run(notAPromise)).rejects.toMatchObject({ code: 'RunMustReturnPromise' });
});

test('onChange fires after a sync that changed the workbook, not after a read-only one', async () => {
  const { host, ctx } = open();
  let changes = 0;
  const stop = host.onChange(() => changes++);
  ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
  await ctx.sync();
  ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
  await ctx.sync();
  expect(changes).toBe(1);
  stop();
  ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[2]];
  await ctx.sync();
  expect(changes).toBe(1);
});
