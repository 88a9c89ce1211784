/**
 * Proxy objects (learn.microsoft.com, "Application-specific API model"): writes and calls are queued until
 * context.sync(); a property must be loaded and synced before it is read, else PropertyNotLoaded.
 */
import { errorOf, fill, open } from './helpers';

describe('load before read', () => {
  test('reading values that were never loaded throws PropertyNotLoaded with Excel’s message', () => {
    const { ctx } = open();
    const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
    const error = errorOf(() => range.values);
    expect(error.code).toBe('PropertyNotLoaded');
    expect(error.name).toBe('RichApi.Error');
    expect(error.message).toBe(
      "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
    );
    expect(error.debugInfo.errorLocation).toBe('Range.values');
  });

  test('loaded values are unavailable until the sync has run', async () => {
    const { ctx } = open();
    await fill(ctx, 'Sheet1', 'A1:B1', [[1, 2]]);
    const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
    range.load('values');
    expect(() => range.values).toThrow(/not available/);
    await ctx.sync();
    expect(range.values).toEqual([[1, 2]]);
  });

  test('nothing reaches the workbook before sync', async () => {
    const { host, ctx } = open();
    ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[42]];
    expect(host.inspect.values('Sheet1', 'A1')).toEqual([['']]);
    await ctx.sync();
    expect(host.inspect.values('Sheet1', 'A1')).toEqual([[42]]);
  });

  test('a value written on the proxy reads back without a load, as Office.js keeps it', () => {
    const { ctx } = open();
    const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
    range.values = [['Nguyễn Văn An']];
    expect(range.values).toEqual([['Nguyễn Văn An']]);
  });

  test('load accepts "a, b", arrays, { select, expand } and paths through navigation properties', async () => {
    const { ctx } = open();
    const sheet = ctx.workbook.worksheets.getItem('Sheet1');
    const range = sheet.getRange('B2:C3');
    range.format.font.bold = true;
    await ctx.sync();
    const a = sheet.getRange('B2:C3').load('address, rowCount');
    const b = sheet.getRange('B2:C3').load(['columnCount']);
    const c = sheet.getRange('B2:C3').load({ select: 'rowIndex', expand: 'format/font' });
    const d = sheet.getRange('B2:C3').load('format/font/bold');
    await ctx.sync();
    expect([a.address, a.rowCount, b.columnCount, c.rowIndex]).toEqual(['Sheet1!B2:C3', 2, 2, 1]);
    expect(c.format.font.bold).toBe(true);
    expect(d.format.font.bold).toBe(true);
    expect(() => d.format.font.italic).toThrow(/italic/);
  });

  test('load() without arguments brings every scalar property', async () => {
    const { ctx } = open(['Điểm thi đua']);
    const sheet = ctx.workbook.worksheets.getItem('Điểm thi đua').load();
    await ctx.sync();
    expect(sheet.name).toBe('Điểm thi đua');
    expect(sheet.position).toBe(0);
    expect(sheet.visibility).toBe('Visible');
  });

  test('an unknown property in load fails the sync with InvalidArgument', async () => {
    const { ctx } = open();
    ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').load('valuez');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('a collection loads its items with "items/name" or "name"', async () => {
    const { ctx } = open(['Quy chế', 'Tổng hợp năm']);
    const a = ctx.workbook.worksheets.load('items/name');
    await ctx.sync();
    expect(a.items.map((s) => s.name)).toEqual(['Quy chế', 'Tổng hợp năm']);
    const b = ctx.workbook.worksheets.load('name, position');
    await ctx.sync();
    expect(b.items.map((s) => [s.name, s.position])).toEqual([
      ['Quy chế', 0],
      ['Tổng hợp năm', 1],
    ]);
  });

  test('a proxy refuses properties Excel does not have, instead of silently ignoring them', () => {
    const { ctx } = open();
    const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1') as unknown as Record<
      string,
      unknown
    >;
    expect(() => {
      range.valuez = [[1]];
    }).toThrow(TypeError);
  });

  test('set() writes several properties at once, navigation properties included', async () => {
    const { host, ctx } = open();
    ctx.workbook.worksheets
      .getItem('Sheet1')
      .getRange('A1')
      .set({
        values: [[5]],
        numberFormat: [['0.00']],
        format: { font: { bold: true }, fill: { color: '#FFFF00' } },
      });
    await ctx.sync();
    const cell = host.inspect.cell('Sheet1', 'A1');
    expect([cell.text, cell.format.bold, cell.format.fill]).toEqual(['5.00', true, '#FFFF00']);
  });

  test('getCount gives a ClientResult readable after sync', async () => {
    const { ctx } = open(['A', 'B', 'C']);
    const count = ctx.workbook.worksheets.getCount();
    expect(() => count.value).toThrow(/has not been loaded/);
    await ctx.sync();
    expect(count.value).toBe(3);
  });
});

describe('getItemOrNullObject', () => {
  test('isNullObject is true for a missing sheet and false for an existing one, after sync, without load', async () => {
    const { ctx } = open(['Tổng hợp năm']);
    const missing = ctx.workbook.worksheets.getItemOrNullObject('Biên bản');
    const present = ctx.workbook.worksheets.getItemOrNullObject('tổng hợp năm');
    await ctx.sync();
    expect(missing.isNullObject).toBe(true);
    expect(present.isNullObject).toBe(false);
  });

  test('isNullObject cannot be read before the sync', () => {
    const { ctx } = open();
    const sheet = ctx.workbook.worksheets.getItemOrNullObject('Sheet1');
    expect(() => sheet.isNullObject).toThrow(/isNullObject/);
  });

  test('writes through a null object are ignored and loads give nothing', async () => {
    const { host, ctx } = open();
    const missing = ctx.workbook.worksheets.getItemOrNullObject('Không có');
    missing.getRange('A1').values = [[1]];
    missing.load('name');
    await ctx.sync();
    expect(missing.isNullObject).toBe(true);
    expect(missing.name).toBeUndefined();
    expect(host.inspect.sheetNames()).toEqual(['Sheet1']);
  });
});
