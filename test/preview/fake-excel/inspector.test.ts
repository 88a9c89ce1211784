/** The inspector: what the preview grid draws and tests read, outside the sync model. */
import { createFakeExcelHost } from '../../../src/preview/fake-excel';
import { open } from './helpers';

test('reading through the inspector is not a sync', async () => {
  const { host, ctx } = open();
  ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
  await ctx.sync();
  host.stats.reset();
  host.inspect.values('Sheet1', 'A1:C3');
  host.inspect.cells('Sheet1', 'A1:C3');
  expect(host.stats.syncCount()).toBe(0);
});

test('a cell snapshot has value, formula, text, format, lock and merge', async () => {
  const { host, ctx } = open(['Tổng hợp']);
  const sheet = ctx.workbook.worksheets.getItem('Tổng hợp');
  sheet.getRange('A1:B1').values = [[0.75, '=A1*100']];
  sheet.getRange('A1').numberFormat = [['0%']];
  sheet.getRange('C1:D1').merge();
  await ctx.sync();
  expect(host.inspect.cell('Tổng hợp', 'A1')).toMatchObject({
    value: 0.75,
    formula: null,
    text: '75%',
    valueType: 'Double',
  });
  expect(host.inspect.cell('Tổng hợp', 'B1')).toMatchObject({
    value: 75,
    formula: '=A1*100',
    locked: true,
    editable: true,
  });
  expect(host.inspect.cell('Tổng hợp', 'D1').merge).toBe('C1:D1');
  expect(host.inspect.sheet('Tổng hợp')).toMatchObject({
    name: 'Tổng hợp',
    position: 0,
    usedRange: 'A1:D1',
    protected: false,
  });
});

test('asking about a sheet that does not exist names it and the sheets that do', () => {
  const host = createFakeExcelHost({ sheets: ['Quy chế', 'Tổng hợp năm'] });
  expect(() => host.inspect.values('Biên bản', 'A1')).toThrow(
    'Không có trang "Biên bản" trong sổ làm việc. Các trang hiện có: "Quy chế", "Tổng hợp năm".',
  );
  expect(() => host.inspect.values('Quy chế', 'A-1')).toThrow(/"A-1" không phải địa chỉ ô/);
});

test('typing into a merged cell writes its top-left cell; userSelect moves the selection', async () => {
  const { host, ctx } = open(['Biên bản', 'Khác']);
  ctx.workbook.worksheets.getItem('Biên bản').getRange('A1:D1').merge();
  await ctx.sync();
  expect(host.userEdit('Biên bản', 'C1', 'BIÊN BẢN KIỂM PHIẾU')).toEqual({ ok: true });
  expect(host.inspect.values('Biên bản', 'A1')).toEqual([['BIÊN BẢN KIỂM PHIẾU']]);
  expect(host.userSelect('Khác', 'B2:C3')).toBe(true);
  expect(host.inspect.selection()).toEqual({ sheet: 'Khác', address: 'B2:C3' });
  const selected = ctx.workbook.getSelectedRange().load('address');
  await ctx.sync();
  expect(selected.address).toBe('Khác!B2:C3');
});

test('document properties are written through the proxy and read by the inspector', async () => {
  const { host, ctx } = open();
  ctx.workbook.properties.title = 'Hồ sơ thi đua năm học 2024–2025';
  ctx.workbook.properties.author = 'Trường THCS Nguyễn Du';
  await ctx.sync();
  expect(host.inspect.properties()).toMatchObject({
    title: 'Hồ sơ thi đua năm học 2024–2025',
    author: 'Trường THCS Nguyễn Du',
  });
});
