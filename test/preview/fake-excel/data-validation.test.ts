/**
 * Data validation (learn.microsoft.com, "Add data validation to Excel ranges"): a rule per range, an error
 * alert whose Stop style refuses the value while Warning and Information let it in, blanks ignored by
 * default, clear() only on the range given.
 */
import { open } from './helpers';

async function scoreColumn(alert?: { message: string; style?: 'Stop' | 'Warning' | 'Information' }) {
  const { host, ctx } = open(['Chấm điểm']);
  const range = ctx.workbook.worksheets.getItem('Chấm điểm').getRange('C2:C40');
  range.dataValidation.rule = { decimal: { formula1: 0, formula2: 10, operator: 'Between' } };
  if (alert) range.dataValidation.errorAlert = { showAlert: true, title: 'Điểm', style: 'Stop', ...alert };
  await ctx.sync();
  return { host, ctx, range };
}

test('a value outside a decimal Between rule is refused, with the alert message the school wrote', async () => {
  const { host } = await scoreColumn({ message: 'Điểm tiêu chí phải từ 0 đến 10.' });
  const result = host.userEdit('Chấm điểm', 'C5', '11');
  expect(result).toMatchObject({ ok: false, code: 'validation' });
  if (result.ok) throw new Error('expected a refusal');
  expect(result.reason).toBe(
    'Giá trị "11" không hợp lệ ở ô C5 (trang "Chấm điểm"). Điểm tiêu chí phải từ 0 đến 10.',
  );
  expect(host.inspect.values('Chấm điểm', 'C5')).toEqual([['']]);
  expect(host.userEdit('Chấm điểm', 'C5', '9,5')).toEqual({ ok: true });
});

test('without a message the refusal says what to type', async () => {
  const { host } = await scoreColumn();
  const result = host.userEdit('Chấm điểm', 'C6', 'mười');
  if (result.ok) throw new Error('expected a refusal');
  expect(result.reason).toContain('Hãy nhập số từ 0 đến 10.');
  expect(result.reasonEn).toContain('Enter a number between 0 and 10.');
});

test('a Warning alert lets the value in but reports it', async () => {
  const { host } = await scoreColumn({ message: 'Điểm lạ, kiểm tra lại.', style: 'Warning' });
  const result = host.userEdit('Chấm điểm', 'C7', '12');
  expect(result).toMatchObject({ ok: true, warning: expect.stringContaining('Điểm lạ') });
  expect(host.inspect.values('Chấm điểm', 'C7')).toEqual([[12]]);
});

test('emptying a validated cell is allowed (ignoreBlanks defaults to true)', async () => {
  const { host } = await scoreColumn();
  expect(host.userEdit('Chấm điểm', 'C8', '5')).toEqual({ ok: true });
  expect(host.userEdit('Chấm điểm', 'C8', '')).toEqual({ ok: true });
});

test('whole numbers and lists', async () => {
  const { host, ctx } = open(['Phiếu']);
  const sheet = ctx.workbook.worksheets.getItem('Phiếu');
  sheet.getRange('B2:B10').dataValidation.rule = {
    wholeNumber: { formula1: 0, formula2: 61, operator: 'Between' },
  };
  sheet.getRange('H1:H2').values = [['Đồng ý'], ['Không đồng ý']];
  sheet.getRange('C2:C10').dataValidation.rule = { list: { inCellDropDown: true, source: '=$H$1:$H$2' } };
  sheet.getRange('D2:D10').dataValidation.rule = {
    list: { inCellDropDown: true, source: 'HTXSNV, HTTNV, HTNV, KHTNV' },
  };
  await ctx.sync();
  expect(host.userEdit('Phiếu', 'B2', '40.5')).toMatchObject({ ok: false });
  expect(host.userEdit('Phiếu', 'B2', '40')).toEqual({ ok: true });
  expect(host.userEdit('Phiếu', 'C2', 'Đồng ý')).toEqual({ ok: true });
  expect(host.userEdit('Phiếu', 'C3', 'Có')).toMatchObject({ ok: false });
  expect(host.userEdit('Phiếu', 'D2', 'HTTNV')).toEqual({ ok: true });
  expect(host.userEdit('Phiếu', 'D3', 'Tốt')).toMatchObject({ ok: false });
});

test('a list source given as a Range is kept as its absolute address', async () => {
  const { host, ctx } = open(['Phiếu', 'Danh mục']);
  const source = ctx.workbook.worksheets.getItem('Danh mục').getRange('A1:A4');
  source.values = [['LĐTT'], ['CSTĐCS'], ['CSTĐ tỉnh'], ['TTLĐXS']];
  ctx.workbook.worksheets.getItem('Phiếu').getRange('B2:B9').dataValidation.rule = {
    list: { inCellDropDown: true, source: source as unknown as string },
  };
  await ctx.sync();
  expect(host.inspect.validations('Phiếu')[0].rule).toEqual({
    list: { inCellDropDown: true, source: "='Danh mục'!$A$1:$A$4" },
  });
  expect(host.userEdit('Phiếu', 'B2', 'CSTĐCS')).toEqual({ ok: true });
});

test('rule, type and valid load back; mixed ranges report Inconsistent', async () => {
  const { ctx, range } = await scoreColumn({ message: 'Từ 0 đến 10.' });
  const sheet = ctx.workbook.worksheets.getItem('Chấm điểm');
  sheet.getRange('C2:C3').values = [[5], [8]];
  sheet.getRange('C4').values = [[50]];
  const dv = range.dataValidation.load('rule, type, errorAlert, ignoreBlanks');
  const good = sheet.getRange('C2:C3').dataValidation.load('valid');
  const bad = sheet.getRange('C4').dataValidation.load('valid');
  const mixed = sheet.getRange('B2:C2').dataValidation.load('type');
  await ctx.sync();
  expect(dv.rule).toEqual({ decimal: { formula1: 0, formula2: 10, operator: 'Between' } });
  expect([dv.type, dv.ignoreBlanks, dv.errorAlert.message]).toEqual(['Decimal', true, 'Từ 0 đến 10.']);
  expect([good.valid, bad.valid, mixed.type]).toEqual([true, false, 'Inconsistent']);
});

test('setting the alert before the rule keeps the alert', async () => {
  const { host, ctx } = open();
  const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A5');
  range.dataValidation.errorAlert = { message: 'Chỉ nhập 0–10.', showAlert: true, style: 'Stop', title: '' };
  range.dataValidation.rule = { decimal: { formula1: 0, formula2: 10, operator: 'Between' } };
  await ctx.sync();
  expect(host.inspect.validations('Sheet1')).toEqual([
    expect.objectContaining({
      ranges: ['A1:A5'],
      type: 'Decimal',
      errorAlert: expect.objectContaining({ message: 'Chỉ nhập 0–10.' }),
    }),
  ]);
});

test('clear() removes validation only from the cells of its range', async () => {
  const { host, ctx } = await scoreColumn();
  ctx.workbook.worksheets.getItem('Chấm điểm').getRange('C10:C40').dataValidation.clear();
  await ctx.sync();
  expect(host.inspect.validations('Chấm điểm').map((v) => v.ranges)).toEqual([['C2:C9']]);
  expect(host.userEdit('Chấm điểm', 'C20', '99')).toEqual({ ok: true });
});

test('a rule with two kinds, or Between without formula2, is InvalidArgument', async () => {
  const { ctx } = open();
  const dv = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').dataValidation;
  dv.rule = { decimal: { formula1: 0, operator: 'Between' } } as never;
  await expect(ctx.sync()).rejects.toMatchObject({
    code: 'InvalidArgument',
    debugInfo: { errorLocation: 'DataValidation.rule' },
  });
  dv.rule = {
    decimal: { formula1: 0, operator: 'GreaterThan' },
    wholeNumber: { formula1: 0, operator: 'GreaterThan' },
  } as never;
  await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
});

test('a rule whose limit is a formula follows the cell it applies to', async () => {
  const { host, ctx } = open();
  const sheet = ctx.workbook.worksheets.getItem('Sheet1');
  sheet.getRange('A1:A2').values = [[10], [20]];
  sheet.getRange('B1:B2').dataValidation.rule = {
    decimal: { formula1: 0, formula2: '=A1', operator: 'Between' },
  };
  await ctx.sync();
  expect(host.userEdit('Sheet1', 'B1', '15')).toMatchObject({ ok: false });
  expect(host.userEdit('Sheet1', 'B2', '15')).toEqual({ ok: true });
});
