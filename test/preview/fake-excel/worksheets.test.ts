/** workbook.worksheets: Excel's rules for sheet names, order, activation and visibility. */
import { officeError, open } from './helpers';

describe('sheet names', () => {
  test.each([
    ['longer than 31 characters', 'Tổng hợp kết quả thi đua năm học 2024'],
    ['with a colon', 'Đợt 1: HK I'],
    ['with a slash', 'Đợt 1/2'],
    ['with a backslash', 'A\\B'],
    ['with a question mark', 'Ai?'],
    ['with an asterisk', 'Tổ*'],
    ['with brackets', '[Nháp]'],
    ['starting with an apostrophe', "'Nháp"],
    ['empty', ''],
    ['the reserved History', 'history'],
  ])('a name %s is refused with InvalidArgument', async (_why, name) => {
    const { host, ctx } = open();
    ctx.workbook.worksheets.add(name);
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(host.inspect.sheetNames()).toEqual(['Sheet1']);
  });

  test('31 characters is still allowed', async () => {
    const { host, ctx } = open();
    const name = 'Tổng hợp kết quả thi đua năm họ';
    expect(name.length).toBe(31);
    ctx.workbook.worksheets.add(name);
    await ctx.sync();
    expect(host.inspect.sheetNames()).toEqual(['Sheet1', name]);
  });

  test('a duplicate name, compared case-insensitively, is ItemAlreadyExists', async () => {
    const { ctx } = open(['Tổng hợp năm']);
    ctx.workbook.worksheets.add('TỔNG HỢP NĂM');
    const error = await officeError(ctx.sync());
    expect(error.code).toBe('ItemAlreadyExists');
    expect(error.debugInfo.errorLocation).toBe('WorksheetCollection.add');
  });

  test('renaming follows the same rules', async () => {
    const { ctx } = open(['Quy chế', 'Tổng hợp']);
    ctx.workbook.worksheets.getItem('Tổng hợp').name = 'quy chế';
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });
});

test('add() without a name picks the next free SheetN and puts the sheet last', async () => {
  const { host, ctx } = open(['Sheet1', 'Sheet2']);
  const added = ctx.workbook.worksheets.add();
  added.load('name, position');
  await ctx.sync();
  expect([added.name, added.position]).toEqual(['Sheet3', 2]);
  expect(host.inspect.sheetNames()).toEqual(['Sheet1', 'Sheet2', 'Sheet3']);
});

test('a sheet added in a batch can be used later in the same batch', async () => {
  const { host, ctx } = open();
  const sheet = ctx.workbook.worksheets.add('Biên bản');
  sheet.getRange('A1').values = [['BIÊN BẢN HỌP XÉT THI ĐUA']];
  sheet.position = 0;
  sheet.activate();
  await ctx.sync();
  expect(host.inspect.sheetNames()).toEqual(['Biên bản', 'Sheet1']);
  expect(host.inspect.activeSheet()).toBe('Biên bản');
  expect(host.inspect.values('Biên bản', 'A1')).toEqual([['BIÊN BẢN HỌP XÉT THI ĐUA']]);
});

test('getActiveWorksheet, tab colour and visibility', async () => {
  const { host, ctx } = open(['Quy chế', 'Tổng hợp năm']);
  ctx.workbook.worksheets.getItem('Tổng hợp năm').activate();
  const active = ctx.workbook.worksheets.getActiveWorksheet();
  active.tabColor = '#c00000';
  ctx.workbook.worksheets.getItem('Quy chế').visibility = 'Hidden';
  active.load('name, tabColor');
  await ctx.sync();
  expect([active.name, active.tabColor]).toEqual(['Tổng hợp năm', '#C00000']);
  expect(host.inspect.sheet('Quy chế').visibility).toBe('Hidden');
});

test('the last visible sheet cannot be deleted or hidden', async () => {
  const { ctx } = open(['Chỉ một trang']);
  ctx.workbook.worksheets.getItem('Chỉ một trang').delete();
  await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
  ctx.workbook.worksheets.getItem('Chỉ một trang').visibility = 'Hidden';
  await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
});

test('deleting a sheet turns references to it into #REF!', async () => {
  const { host, ctx } = open(['Tổng hợp', 'Nháp']);
  ctx.workbook.worksheets.getItem('Nháp').getRange('A1').values = [[5]];
  ctx.workbook.worksheets.getItem('Tổng hợp').getRange('A1').formulas = [['=Nháp!A1*2']];
  await ctx.sync();
  expect(host.inspect.values('Tổng hợp', 'A1')).toEqual([[10]]);
  ctx.workbook.worksheets.getItem('Nháp').delete();
  await ctx.sync();
  expect(host.inspect.values('Tổng hợp', 'A1')).toEqual([['#REF!']]);
});

test('sheet names with spaces, brackets, dashes, ampersands and quotes work in formulas', async () => {
  const names = ['Đợt 1 (HK I)', 'Tổ Toán-Tin', 'Kết quả & xếp loại', "Tổ 'A' mới", '2024-2025', 'A1'];
  const { ctx } = open([...names, 'Tính']);
  names.forEach((n, i) => {
    ctx.workbook.worksheets.getItem(n).getRange('A1').values = [[i + 1]];
  });
  const quoted = (n: string) => `'${n.replace(/'/g, "''")}'`;
  const out = ctx.workbook.worksheets.getItem('Tính').getRange('A1:F1');
  out.formulas = [names.map((n) => `=${quoted(n)}!A1*10`)];
  out.load('values');
  const address = ctx.workbook.worksheets.getItem("Tổ 'A' mới").getRange('B2').load('address');
  await ctx.sync();
  expect(out.values).toEqual([[10, 20, 30, 40, 50, 60]]);
  expect(address.address).toBe("'Tổ ''A'' mới'!B2");
});

test('a host asked for a sheet name Excel refuses says so in Vietnamese', () => {
  expect(() => open(["Tổ 'A'"])).toThrow('Excel không nhận tên trang "Tổ \'A\'"');
});
