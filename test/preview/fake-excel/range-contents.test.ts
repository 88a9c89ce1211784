/** Writing and reading cell contents through Range, with Excel's shape rules and display text. */
import { createFakeExcelHost } from '../../../src/preview/fake-excel';
import { fill, officeError, open } from './helpers';

test('an array that does not fit the range is InvalidArgument with Excel’s message (OfficeDev/office-js#1025)', async () => {
  const { host, ctx } = open();
  ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:C2').values = [
    [1, 2, 3],
    [4, 5],
  ];
  const error = await officeError(ctx.sync());
  expect(error.code).toBe('InvalidArgument');
  expect(error.message).toBe(
    "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
  );
  expect(error.debugInfo).toMatchObject({ errorLocation: 'Range.values', statement: 'range.values=...;' });
  expect(host.inspect.usedRange('Sheet1')).toBeNull();
});

test('a 1×1 array is not spread over a larger range', async () => {
  const { ctx } = open();
  ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [[0]];
  await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
});

test('a single value (not an array) is applied to every cell, as documented for values', async () => {
  const { host, ctx } = open();
  const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
  (range as unknown as { values: unknown }).values = 0;
  await ctx.sync();
  expect(host.inspect.values('Sheet1', 'A1:B2')).toEqual([
    [0, 0],
    [0, 0],
  ]);
});

test('null leaves a cell as it was; "" empties it', async () => {
  const { host, ctx } = open();
  await fill(ctx, 'Sheet1', 'A1:C1', [[1, 2, 3]]);
  await fill(ctx, 'Sheet1', 'A1:C1', [[null, '', 30]]);
  expect(host.inspect.values('Sheet1', 'A1:C1')).toEqual([[1, '', 30]]);
});

test('cells formatted "@" keep what is typed as text, even "=" and numbers', async () => {
  const { ctx } = open();
  const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
  range.numberFormat = [['@', '@']];
  range.values = [['=1+1', '007']];
  range.load('values, valueTypes');
  await ctx.sync();
  expect(range.values).toEqual([['=1+1', '007']]);
  expect(range.valueTypes).toEqual([['String', 'String']]);
});

test('text shows numbers through their number format; vi-VN shows a decimal comma', async () => {
  for (const [locale, expected] of [
    ['en-US', [['92.50', '70.49%', '1,234', '15/01/2025']]],
    ['vi-VN', [['92,50', '70,49%', '1.234', '15/01/2025']]],
  ] as const) {
    const host = createFakeExcelHost({ displayLocale: locale });
    const ctx = host.createContext();
    const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:D1');
    range.values = [[92.5, 0.7049, 1234, 45672]];
    range.numberFormat = [['0.00', '0.00%', '#,##0', 'dd/mm/yyyy']];
    range.load('text');
    await ctx.sync();
    expect(range.text).toEqual(expected);
  }
});

test('text written as a date or percentage gets a number and Excel’s format', async () => {
  const { ctx } = open();
  const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
  range.values = [['3/11/2015', '50%']];
  range.load('values, numberFormat');
  await ctx.sync();
  expect(range.values).toEqual([[42074, 0.5]]);
  expect(range.numberFormat).toEqual([['m/d/yyyy', '0%']]);
});

test('addresses of derived ranges carry the sheet, quoted when Excel quotes it', async () => {
  const { ctx } = open(['Tổng hợp năm']);
  const base = ctx.workbook.worksheets.getItem('Tổng hợp năm').getRange('B3:D5');
  const derived = [
    base,
    base.getCell(1, 1),
    base.getOffsetRange(2, 1),
    base.getResizedRange(1, -1),
    base.getRow(0),
    base.getColumn(2),
    base.getLastCell(),
    base.getEntireColumn(),
    base.getEntireRow(),
    base.getBoundingRect('F8'),
    ctx.workbook.worksheets.getItem('Tổng hợp năm').getRangeByIndexes(4, 0, 2, 3),
  ].map((r) => r.load('address'));
  await ctx.sync();
  expect(derived.map((r) => r.address)).toEqual([
    "'Tổng hợp năm'!B3:D5",
    "'Tổng hợp năm'!C4",
    "'Tổng hợp năm'!C5:E7",
    "'Tổng hợp năm'!B3:C6",
    "'Tổng hợp năm'!B3:D3",
    "'Tổng hợp năm'!D3:D5",
    "'Tổng hợp năm'!D5",
    "'Tổng hợp năm'!B:D",
    "'Tổng hợp năm'!3:5",
    "'Tổng hợp năm'!B3:F8",
    "'Tổng hợp năm'!A5:C6",
  ]);
});

test('an offset off the sheet is InvalidArgument', async () => {
  const { ctx } = open();
  ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').getOffsetRange(-1, 0).load('address');
  await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
});

test('used range: A1 for an empty sheet, the null object with OrNullObject, values and formats counted', async () => {
  const { ctx } = open();
  const sheet = ctx.workbook.worksheets.getItem('Sheet1');
  const empty = sheet.getUsedRange().load('address');
  const none = sheet.getUsedRangeOrNullObject();
  await ctx.sync();
  expect(empty.address).toBe('Sheet1!A1');
  expect(none.isNullObject).toBe(true);
  sheet.getRange('B2:C3').values = [
    [1, 2],
    [3, 4],
  ];
  sheet.getRange('E7').format.fill.color = '#FFFF00';
  const all = sheet.getUsedRange().load('address');
  const valuesOnly = sheet.getUsedRange(true).load('address');
  await ctx.sync();
  expect([all.address, valuesOnly.address]).toEqual(['Sheet1!B2:E7', 'Sheet1!B2:C3']);
});

test('merge keeps only the top-left value; unmerge splits again', async () => {
  const { host, ctx } = open();
  await fill(ctx, 'Sheet1', 'A1:C2', [
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'x', 'y'],
    ['Độc lập – Tự do – Hạnh phúc', 'z', 'w'],
  ]);
  ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:C2').merge(true);
  await ctx.sync();
  expect(host.inspect.merges('Sheet1')).toEqual(['A1:C1', 'A2:C2']);
  expect(host.inspect.values('Sheet1', 'A1:C2')).toEqual([
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '', ''],
    ['Độc lập – Tự do – Hạnh phúc', '', ''],
  ]);
  expect(host.inspect.cell('Sheet1', 'B2').merge).toBe('A2:C2');
  ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:C1').unmerge();
  await ctx.sync();
  expect(host.inspect.merges('Sheet1')).toEqual(['A2:C2']);
});

test('clear("Contents") keeps formats, clear("Formats") keeps values, clear() removes both', async () => {
  const { host, ctx } = open();
  const sheet = ctx.workbook.worksheets.getItem('Sheet1');
  for (const address of ['A1', 'B1', 'C1']) {
    sheet.getRange(address).values = [[1]];
    sheet.getRange(address).format.font.bold = true;
  }
  sheet.getRange('A1').clear('Contents');
  sheet.getRange('B1').clear('Formats');
  sheet.getRange('C1').clear();
  await ctx.sync();
  const cells = ['A1', 'B1', 'C1'].map((a) => host.inspect.cell('Sheet1', a));
  expect(cells.map((c) => [c.value, c.format.bold])).toEqual([
    ['', true],
    [1, false],
    ['', false],
  ]);
});

test('select() activates the sheet and getSelectedRange answers the selection', async () => {
  const { host, ctx } = open(['Quy chế', 'Tổng hợp năm']);
  ctx.workbook.worksheets.getItem('Tổng hợp năm').getRange('C5:D6').select();
  const selected = ctx.workbook.getSelectedRange().load('address');
  await ctx.sync();
  expect(selected.address).toBe("'Tổng hợp năm'!C5:D6");
  expect(host.inspect.selection()).toEqual({ sheet: 'Tổng hợp năm', address: 'C5:D6' });
});

test('a read of more cells than Excel allows is RangeExceedsLimit', async () => {
  const { ctx } = open();
  ctx.workbook.worksheets.getItem('Sheet1').getRange('A:F').load('values');
  await expect(ctx.sync()).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
});

test('numberFormatLocal in vi-VN takes "0,00" and means the en-US "0.00"', async () => {
  const host = createFakeExcelHost({ displayLocale: 'vi-VN' });
  const ctx = host.createContext();
  const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
  range.values = [[9.5, 1234.5]];
  range.numberFormatLocal = [['0,00', '#.##0,0']];
  range.load('numberFormat, numberFormatLocal, text');
  await ctx.sync();
  expect(range.numberFormat).toEqual([['0.00', '#,##0.0']]);
  expect(range.numberFormatLocal).toEqual([['0,00', '#.##0,0']]);
  expect(range.text).toEqual([['9,50', '1.234,5']]);
});
