/**
 * Conditional formats colour bands and pass/fail cells. A new format goes to the top priority, and where
 * several apply the higher priority wins property by property (Office.js ConditionalFormatCollection.add).
 */
import { open } from './helpers';

async function bands() {
  const { host, ctx } = open(['Tổng hợp năm']);
  const sheet = ctx.workbook.worksheets.getItem('Tổng hợp năm');
  sheet.getRange('F2:F5').values = [['HTXSNV'], ['HTTNV'], ['HTNV'], ['KHTNV']];
  const range = sheet.getRange('F2:F40');
  const best = range.conditionalFormats.add('ContainsText');
  best.textComparison.format.fill.color = '#C6EFCE';
  best.textComparison.format.font.color = '#006100';
  best.textComparison.rule = { operator: 'BeginsWith', text: 'HTXS' };
  const fail = range.conditionalFormats.add('ContainsText');
  fail.textComparison.format.fill.color = '#FFC7CE';
  fail.textComparison.rule = { operator: 'Contains', text: 'KHT' };
  await ctx.sync();
  return { host, ctx, sheet, range };
}

test('ContainsText formats colour the cells whose text matches', async () => {
  const { host } = await bands();
  const [xs, t, h, k] = ['F2', 'F3', 'F4', 'F5'].map((a) => host.inspect.cell('Tổng hợp năm', a).conditional);
  expect(xs).toEqual({ fill: '#C6EFCE', fontColor: '#006100', bold: null, italic: null });
  expect([t, h]).toEqual([null, null]);
  expect(k?.fill).toBe('#FFC7CE');
  expect(host.inspect.conditionalFormats('Tổng hợp năm').map((c) => [c.priority, c.rule])).toEqual([
    [0, { operator: 'Contains', text: 'KHT' }],
    [1, { operator: 'BeginsWith', text: 'HTXS' }],
  ]);
});

test('CellValue compares with formula1/formula2; Custom evaluates a formula per cell', async () => {
  const { host, ctx } = open();
  const sheet = ctx.workbook.worksheets.getItem('Sheet1');
  sheet.getRange('A1:B3').values = [
    [95, 'x'],
    [72, 'x'],
    [40, ''],
  ];
  const high = sheet.getRange('A1:A3').conditionalFormats.add('CellValue');
  high.cellValue.format.font.bold = true;
  high.cellValue.rule = { formula1: '90', operator: 'GreaterThanOrEqual' };
  const empty = sheet.getRange('B1:B3').conditionalFormats.add('Custom');
  empty.custom.rule.formula = '=A1<50';
  empty.custom.format.fill.color = '#FFEB9C';
  await ctx.sync();
  expect(['A1', 'A2'].map((a) => host.inspect.cell('Sheet1', a).conditional?.bold ?? null)).toEqual([
    true,
    null,
  ]);
  expect(['B1', 'B2', 'B3'].map((a) => host.inspect.cell('Sheet1', a).conditional?.fill ?? null)).toEqual([
    null,
    null,
    '#FFEB9C',
  ]);
});

test('the latest format wins where two apply to the same cell', async () => {
  const { host, ctx, range } = await bands();
  const all = range.conditionalFormats.add('ContainsText');
  all.textComparison.format.fill.color = '#EEEEEE';
  all.textComparison.rule = { operator: 'Contains', text: 'NV' };
  await ctx.sync();
  expect(host.inspect.cell('Tổng hợp năm', 'F2').conditional).toMatchObject({
    fill: '#EEEEEE',
    fontColor: '#006100',
  });
});

test('formats are listed, counted and cleared for the range', async () => {
  const { host, ctx, range } = await bands();
  const count = range.conditionalFormats.getCount();
  const list = range.conditionalFormats.load('type, priority');
  await ctx.sync();
  expect(count.value).toBe(2);
  expect(list.items.map((c) => [c.type, c.priority])).toEqual([
    ['ContainsText', 0],
    ['ContainsText', 1],
  ]);
  range.conditionalFormats.clearAll();
  await ctx.sync();
  expect(host.inspect.conditionalFormats('Tổng hợp năm')).toEqual([]);
});

test('a rule of the wrong kind for the format is refused; data bars are not implemented by the fake', async () => {
  const { ctx, range } = await bands();
  const cf = range.conditionalFormats.add('ContainsText');
  cf.cellValue.rule = { formula1: '1', operator: 'EqualTo' };
  await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
  range.conditionalFormats.add('DataBar');
  await expect(ctx.sync()).rejects.toMatchObject({ code: 'NotImplemented' });
});
