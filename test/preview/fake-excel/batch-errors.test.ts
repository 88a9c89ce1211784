/**
 * Errors raised inside a batch surface on sync() with Excel's code, message and debugInfo; operations before
 * the failing one stay applied and nothing is loaded (learn.microsoft.com, "Error handling with the
 * application-specific JavaScript APIs").
 */
import { officeError, open } from './helpers';

test('getItem of a missing sheet fails at sync with ItemNotFound, not when called', async () => {
  const { ctx } = open(['Tổng hợp năm']);
  const sheet = ctx.workbook.worksheets.getItem('Biên bản họp');
  sheet.load('name');
  const error = await officeError(ctx.sync());
  expect(error.code).toBe('ItemNotFound');
  expect(error.message).toBe("The requested resource doesn't exist.");
  expect(error.debugInfo).toMatchObject({
    code: 'ItemNotFound',
    errorLocation: 'WorksheetCollection.getItem',
    statement: 'worksheet.load(["name"]);',
  });
  expect(error.debugInfo.surroundingStatements).toContain('// >>>>>');
});

test('operations before the failing one are applied; those after are not', async () => {
  const { host, ctx } = open(['Sheet1']);
  const sheet = ctx.workbook.worksheets.getItem('Sheet1');
  sheet.getRange('A1').values = [['trước lỗi']];
  ctx.workbook.worksheets.getItem('Không có').getRange('A1').values = [[1]];
  sheet.getRange('A2').values = [['sau lỗi']];
  await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  expect(host.inspect.values('Sheet1', 'A1:A2')).toEqual([['trước lỗi'], ['']]);
});

test('a failed batch loads nothing, even what was loaded before the error', async () => {
  const { ctx } = open(['Sheet1']);
  const ok = ctx.workbook.worksheets.getItem('Sheet1').load('name');
  ctx.workbook.worksheets.getItem('Không có').load('name');
  await expect(ctx.sync()).rejects.toBeDefined();
  expect(() => ok.name).toThrow(/not available/);
});

test('the context stays usable after a failed sync', async () => {
  const { ctx } = open(['Sheet1']);
  ctx.workbook.worksheets.getItem('Không có').load('name');
  await expect(ctx.sync()).rejects.toBeDefined();
  const sheet = ctx.workbook.worksheets.getItem('Sheet1').load('name');
  await ctx.sync();
  expect(sheet.name).toBe('Sheet1');
});

test('an invalid address is InvalidArgument at sync, located at Worksheet.getRange', async () => {
  const { ctx } = open();
  ctx.workbook.worksheets.getItem('Sheet1').getRange('ZZZZ1').load('address');
  const error = await officeError(ctx.sync());
  expect(error.code).toBe('InvalidArgument');
  expect(error.debugInfo.errorLocation).toBe('Worksheet.getRange');
  expect(error.toString()).toBe(
    'InvalidArgument: The argument is invalid or missing or has an incorrect format.',
  );
});

test('Range.getIntersection of ranges that do not meet is ItemNotFound (documented)', async () => {
  const { ctx } = open();
  const a = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
  a.getIntersection('D4:E5').load('address');
  await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  const meet = a.getIntersectionOrNullObject('D4:E5');
  await ctx.sync();
  expect(meet.isNullObject).toBe(true);
});

test('a sheet deleted in one batch cannot be used through an older proxy', async () => {
  const { ctx } = open(['Sheet1', 'Nháp']);
  const draft = ctx.workbook.worksheets.getItem('Nháp');
  draft.load('name');
  await ctx.sync();
  draft.delete();
  await ctx.sync();
  draft.getRange('A1').values = [[1]];
  await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
});
