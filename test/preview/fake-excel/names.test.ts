/** workbook.names: named ranges resolve in formulas; Excel's rules for names; the "=" trap. */
import { officeError, open } from './helpers';

async function tongHop() {
  const { host, ctx } = open(['Tổng hợp năm', 'Biên bản']);
  ctx.workbook.worksheets.getItem('Tổng hợp năm').getRange('E5:E7').values = [[92.5], [78], [64]];
  await ctx.sync();
  return { host, ctx };
}

test('a name added with "=…" resolves in formulas on any sheet', async () => {
  const { host, ctx } = await tongHop();
  ctx.workbook.names.add('TD_TongDiem', "='Tổng hợp năm'!$E$5:$E$7", 'Tổng điểm cả năm');
  ctx.workbook.worksheets.getItem('Biên bản').getRange('A1:B1').formulas = [
    ['=SUM(TD_TongDiem)', '=COUNTIF(TD_TongDiem,">=70")'],
  ];
  await ctx.sync();
  expect(host.inspect.values('Biên bản', 'A1:B1')).toEqual([[234.5, 2]]);
  expect(host.inspect.names()).toEqual([
    {
      name: 'TD_TongDiem',
      formula: "='Tổng hợp năm'!$E$5:$E$7",
      type: 'Range',
      value: "'Tổng hợp năm'!$E$5:$E$7",
      comment: 'Tổng điểm cả năm',
    },
  ]);
});

test('a name added with a Range proxy refers to its absolute address', async () => {
  const { ctx } = await tongHop();
  const range = ctx.workbook.worksheets.getItem('Tổng hợp năm').getRange('E5:E7');
  const item = ctx.workbook.names.add('TD_Diem', range);
  item.load('type, value, formula');
  const back = ctx.workbook.names.getItem('td_diem').getRange().load('address');
  await ctx.sync();
  expect([item.type, item.value, item.formula]).toEqual([
    'Range',
    "'Tổng hợp năm'!$E$5:$E$7",
    "='Tổng hợp năm'!$E$5:$E$7",
  ]);
  expect(back.address).toBe("'Tổng hợp năm'!E5:E7");
});

test('a reference given without "=" becomes a text constant, as in Excel (OfficeDev/office-js#2283)', async () => {
  const { host, ctx } = await tongHop();
  const item = ctx.workbook.names.add('TD_Sai', "'Tổng hợp năm'!$E$5:$E$7");
  item.load('type, value');
  ctx.workbook.worksheets.getItem('Biên bản').getRange('A1').formulas = [['=TD_Sai']];
  await ctx.sync();
  expect([item.type, item.value]).toEqual(['String', "'Tổng hợp năm'!$E$5:$E$7"]);
  expect(host.inspect.values('Biên bản', 'A1')).toEqual([["'Tổng hợp năm'!$E$5:$E$7"]]);
  item.getRange().load('address');
  await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidReference' });
});

test('a constant name evaluates in formulas and reports its type', async () => {
  const { host, ctx } = await tongHop();
  const threshold = ctx.workbook.names.add('TD_NguongLDTT', '=70');
  threshold.load('type, value');
  ctx.workbook.worksheets.getItem('Biên bản').getRange('A1').formulas = [
    ['=COUNTIF(\'Tổng hợp năm\'!E5:E7,">="&TD_NguongLDTT)'],
  ];
  await ctx.sync();
  expect([threshold.type, threshold.value]).toEqual(['Double', 70]);
  expect(host.inspect.values('Biên bản', 'A1')).toEqual([[2]]);
});

test.each([
  ['a cell reference', 'TD1'],
  ['a space', 'Tong diem'],
  ['a leading digit', '1Tong'],
  ['R1C1 form', 'R2C3'],
])('a name that is %s is InvalidArgument', async (_why, name) => {
  const { ctx } = open();
  ctx.workbook.names.add(name, '=Sheet1!$A$1');
  await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
});

test('a duplicate name (case-insensitive) is ItemAlreadyExists', async () => {
  const { ctx } = open();
  ctx.workbook.names.add('TD_A', '=Sheet1!$A$1');
  await ctx.sync();
  ctx.workbook.names.add('td_a', '=Sheet1!$B$1');
  const error = await officeError(ctx.sync());
  expect(error.code).toBe('ItemAlreadyExists');
});

test('getItem of a missing name is ItemNotFound; OrNullObject gives a null object', async () => {
  const { ctx } = open();
  const missing = ctx.workbook.names.getItemOrNullObject('TD_KhongCo');
  await ctx.sync();
  expect(missing.isNullObject).toBe(true);
  ctx.workbook.names.getItem('TD_KhongCo').load('name');
  await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
});

test('renaming the sheet keeps the name pointing at it', async () => {
  const { host, ctx } = await tongHop();
  ctx.workbook.names.add('TD_TongDiem', "='Tổng hợp năm'!$E$5:$E$7");
  ctx.workbook.worksheets.getItem('Biên bản').getRange('A1').formulas = [['=SUM(TD_TongDiem)']];
  await ctx.sync();
  ctx.workbook.worksheets.getItem('Tổng hợp năm').name = 'Tổng hợp';
  ctx.workbook.worksheets.getItem('Tổng hợp').getRange('E8').values = [[1]];
  await ctx.sync();
  expect(host.inspect.names()[0].formula).toBe("='Tổng hợp'!$E$5:$E$7");
  expect(host.inspect.values('Biên bản', 'A1')).toEqual([[234.5]]);
});

test('names are listed after load and can be deleted', async () => {
  const { host, ctx } = await tongHop();
  ctx.workbook.names.add('TD_A', '=1');
  ctx.workbook.names.add('TD_B', '=2');
  const names = ctx.workbook.names.load('items/name');
  await ctx.sync();
  expect(names.items.map((n) => n.name)).toEqual(['TD_A', 'TD_B']);
  names.items[0].delete();
  await ctx.sync();
  expect(host.inspect.names().map((n) => n.name)).toEqual(['TD_B']);
});
