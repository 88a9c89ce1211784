/**
 * Sheet protection. Excel refuses an API write to a locked cell of a protected sheet with AccessDenied
 * ("You cannot perform the requested operation.", microsoftgraph/microsoft-graph-docs#4546), refuses
 * formatting unless allowFormatCells, and WorksheetProtection.protect "fails if the worksheet has already
 * been protected" (Office.js reference).
 */
import { fill, officeError, open } from './helpers';

async function protectedScoreSheet() {
  const { host, ctx } = open(['Chấm điểm']);
  const sheet = ctx.workbook.worksheets.getItem('Chấm điểm');
  sheet.getRange('A1:C1').values = [['Họ và tên', 'Tự đánh giá', 'Tổng']];
  sheet.getRange('B2:B4').format.protection.locked = false;
  sheet.protection.protect({ allowFormatColumns: true });
  await ctx.sync();
  return { host, ctx, sheet };
}

test('an API write to a locked cell of a protected sheet is AccessDenied; unlocked cells take it', async () => {
  const { host, ctx, sheet } = await protectedScoreSheet();
  sheet.getRange('B2:B4').values = [[8], [9], [10]];
  await ctx.sync();
  sheet.getRange('C2').values = [[27]];
  const error = await officeError(ctx.sync());
  expect(error.code).toBe('AccessDenied');
  expect(error.message).toBe('You cannot perform the requested operation.');
  expect(host.inspect.values('Chấm điểm', 'B2:C2')).toEqual([[8, '']]);
});

test('a write over a range with any locked cell is refused whole', async () => {
  const { host, ctx, sheet } = await protectedScoreSheet();
  sheet.getRange('B4:B5').values = [[5], [6]];
  await expect(ctx.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
  expect(host.inspect.values('Chấm điểm', 'B4:B5')).toEqual([[''], ['']]);
});

test('formatting needs allowFormatCells; column widths need allowFormatColumns', async () => {
  const { ctx, sheet } = await protectedScoreSheet();
  sheet.getRange('A:A').format.columnWidth = 150;
  await ctx.sync();
  sheet.getRange('B2').format.fill.color = '#FFFF00';
  await expect(ctx.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
  sheet.getRange('A1:C1').merge();
  await expect(ctx.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
});

test('protect() on a protected sheet fails; unprotect needs the password', async () => {
  const { ctx } = open(['Quy chế']);
  const protection = ctx.workbook.worksheets.getItem('Quy chế').protection;
  protection.protect(undefined, 'td2025');
  await ctx.sync();
  protection.protect();
  await expect(ctx.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
  protection.unprotect('sai');
  await expect(ctx.sync()).rejects.toMatchObject({ code: 'BadPassword' });
  protection.unprotect('td2025');
  protection.load('protected');
  await ctx.sync();
  expect(protection.protected).toBe(false);
});

test('protection state and options can be loaded', async () => {
  const { ctx, sheet } = await protectedScoreSheet();
  sheet.protection.load('protected, options');
  await ctx.sync();
  expect(sheet.protection.protected).toBe(true);
  expect(sheet.protection.options).toMatchObject({ allowFormatColumns: true, allowFormatCells: false });
});

describe('a person typing (userEdit)', () => {
  test('isCellEditable: unlocked input cells yes, locked cells no, unprotected sheets always', async () => {
    const { host } = await protectedScoreSheet();
    expect(host.inspect.isCellEditable('Chấm điểm', 'B3')).toBe(true);
    expect(host.inspect.isCellEditable('Chấm điểm', 'C3')).toBe(false);
    const other = open(['Nháp']);
    expect(other.host.inspect.isCellEditable('Nháp', 'C3')).toBe(true);
  });

  test('typing into a locked cell is refused with a Vietnamese reason naming the cell and sheet', async () => {
    const { host } = await protectedScoreSheet();
    let changes = 0;
    host.onChange(() => changes++);
    const result = host.userEdit('Chấm điểm', 'C2', '27');
    expect(result).toMatchObject({ ok: false, code: 'locked' });
    if (result.ok) throw new Error('expected a refusal');
    expect(result.reason).toContain('Ô C2 trên trang "Chấm điểm" đang bị khóa');
    expect(result.reason).toContain('Hãy nhập vào ô được phép sửa');
    expect(result.reason).toBe(result.reason.normalize('NFC'));
    expect(result.reasonEn).toContain('Cell C2');
    expect(changes).toBe(0);
  });

  test('typing into an unlocked cell works, converts numbers and formulas, and notifies', async () => {
    const { host } = await protectedScoreSheet();
    let changes = 0;
    host.onChange(() => changes++);
    expect(host.userEdit('Chấm điểm', 'B2', '9,5')).toEqual({ ok: true });
    expect(host.userEdit('Chấm điểm', 'B3', '8.25')).toEqual({ ok: true });
    expect(host.userEdit('Chấm điểm', 'B4', '=B2+B3')).toEqual({ ok: true });
    expect(host.inspect.values('Chấm điểm', 'B2:B4')).toEqual([[9.5], [8.25], [17.75]]);
    expect(host.inspect.cell('Chấm điểm', 'B4').formula).toBe('=B2+B3');
    expect(changes).toBe(3);
  });
});

test('typed text: apostrophe keeps text, TRUE is a boolean, a broken formula is refused', () => {
  const { host } = open(['Nháp']);
  expect(host.userEdit('Nháp', 'A1', "'=SUM(A2:A5)")).toEqual({ ok: true });
  expect(host.userEdit('Nháp', 'A2', 'true')).toEqual({ ok: true });
  expect(host.userEdit('Nháp', 'A3', '70%')).toEqual({ ok: true });
  expect(host.userEdit('Nháp', 'A4', 'Nguyễn Thị Bình')).toEqual({ ok: true });
  expect(host.inspect.values('Nháp', 'A1:A4')).toEqual([['=SUM(A2:A5)'], [true], [0.7], ['Nguyễn Thị Bình']]);
  expect(host.userEdit('Nháp', 'A5', '=SUM(A1')).toMatchObject({ ok: false, code: 'invalid-formula' });
  expect(host.userEdit('Không có', 'A1', '1')).toMatchObject({ ok: false, code: 'sheet-not-found' });
});

test('after unprotect the same cell can be written through the API', async () => {
  const { host, ctx, sheet } = await protectedScoreSheet();
  sheet.protection.unprotect();
  await fill(ctx, 'Chấm điểm', 'C2', [['=B2*3']]);
  expect(host.inspect.formulas('Chấm điểm', 'C2')).toEqual([['=B2*3']]);
});
