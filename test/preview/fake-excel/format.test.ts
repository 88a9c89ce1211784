/** Range.format (font, fill, borders, alignment, sizes), freeze panes and page layout. */
import { open } from './helpers';

test('font, fill and alignment set on a range read back; mixed cells read null', async () => {
  const { host, ctx } = open();
  const sheet = ctx.workbook.worksheets.getItem('Sheet1');
  const header = sheet.getRange('A1:F1');
  header.format.font.bold = true;
  header.format.font.name = 'Times New Roman';
  header.format.font.size = 13;
  header.format.font.color = '#1f4e79';
  header.format.fill.color = '#DDEBF7';
  header.format.horizontalAlignment = 'Center';
  header.format.verticalAlignment = 'Center';
  header.format.wrapText = true;
  const font = header.format.font.load('bold, name, size, color');
  const fill = header.format.fill.load('color');
  const mixed = sheet.getRange('A1:A2').format.load('horizontalAlignment');
  const mixedFont = sheet.getRange('A1:A2').format.font.load('bold');
  const plain = sheet.getRange('B5').format.fill.load('color');
  await ctx.sync();
  expect([font.bold, font.name, font.size, font.color]).toEqual([true, 'Times New Roman', 13, '#1F4E79']);
  expect(fill.color).toBe('#DDEBF7');
  expect([mixed.horizontalAlignment, mixedFont.bold]).toEqual([null, null]);
  expect(plain.color).toBe('#FFFFFF');
  expect(host.inspect.cell('Sheet1', 'C1').format).toMatchObject({
    bold: true,
    fill: '#DDEBF7',
    horizontalAlignment: 'Center',
    wrapText: true,
  });
});

test('an unknown alignment or colour is InvalidArgument', async () => {
  const { ctx } = open();
  ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').format.horizontalAlignment = 'Middle';
  await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').format.fill.color = 'xanh';
  await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
});

test('borders: every edge of a table, with the bottom edge shared by the row below', async () => {
  const { host, ctx } = open();
  const table = ctx.workbook.worksheets.getItem('Sheet1').getRange('B2:D4');
  for (const side of [
    'EdgeTop',
    'EdgeBottom',
    'EdgeLeft',
    'EdgeRight',
    'InsideHorizontal',
    'InsideVertical',
  ]) {
    const border = table.format.borders.getItem(side);
    border.style = 'Continuous';
    border.weight = 'Thin';
    border.color = '#000000';
  }
  const bottom = table.format.borders.getItem('EdgeBottom').load('style, weight, sideIndex');
  const below = ctx.workbook.worksheets
    .getItem('Sheet1')
    .getRange('B5:D5')
    .format.borders.getItem('EdgeTop')
    .load('style');
  const outside = ctx.workbook.worksheets
    .getItem('Sheet1')
    .getRange('F2')
    .format.borders.getItem('EdgeTop')
    .load('style');
  await ctx.sync();
  expect([bottom.style, bottom.weight, bottom.sideIndex]).toEqual(['Continuous', 'Thin', 'EdgeBottom']);
  expect(below.style).toBe('Continuous');
  expect(outside.style).toBe('None');
  expect(host.inspect.cell('Sheet1', 'C3').format).toMatchObject({
    topStyle: 'Continuous',
    leftStyle: 'Continuous',
  });
});

test('column widths and row heights are points; whole columns and rows work', async () => {
  const { host, ctx } = open();
  const sheet = ctx.workbook.worksheets.getItem('Sheet1');
  sheet.getRange('B:B').format.columnWidth = 180;
  sheet.getRange('C1:E1').format.columnWidth = 60;
  sheet.getRange('3:3').format.rowHeight = 30;
  const b = sheet.getRange('B1').format.load('columnWidth');
  const mixed = sheet.getRange('B1:C1').format.load('columnWidth');
  const fresh = sheet.getRange('H1').format.load('columnWidth, rowHeight');
  await ctx.sync();
  expect([b.columnWidth, mixed.columnWidth, fresh.columnWidth, fresh.rowHeight]).toEqual([180, null, 48, 15]);
  expect([host.inspect.columnWidth('Sheet1', 'D'), host.inspect.rowHeight('Sheet1', 3)]).toEqual([60, 30]);
});

test('autofitColumns widens a column to its longest text', async () => {
  const { host, ctx } = open();
  const sheet = ctx.workbook.worksheets.getItem('Sheet1');
  sheet.getRange('A1:A2').values = [['STT'], ['Chiến sĩ thi đua cơ sở (CSTĐCS)']];
  sheet.getRange('A1:A2').format.autofitColumns();
  await ctx.sync();
  expect(host.inspect.columnWidth('Sheet1', 'A')).toBeGreaterThan(150);
});

test('protection.locked is a format: the whole sheet unlocked, then a header locked again', async () => {
  const { host, ctx } = open();
  const sheet = ctx.workbook.worksheets.getItem('Sheet1');
  sheet.getRange().format.protection.locked = false;
  sheet.getRange('A1:Z1').format.protection.locked = true;
  sheet.protection.protect();
  const header = sheet.getRange('A1').format.protection.load('locked');
  await ctx.sync();
  expect(header.locked).toBe(true);
  expect(host.inspect.isCellEditable('Sheet1', 'A1')).toBe(false);
  expect(host.inspect.isCellEditable('Sheet1', 'XFD1048576')).toBe(true);
});

describe('freeze panes', () => {
  test('freezeAt freezes rows and columns together', async () => {
    const { host, ctx } = open();
    ctx.workbook.worksheets.getItem('Sheet1').freezePanes.freezeAt('A1:B6');
    await ctx.sync();
    expect(host.inspect.freeze('Sheet1')).toEqual({ rows: 6, columns: 2 });
  });

  test('each freeze call replaces the last, so rows then columns leaves only the columns', async () => {
    const { host, ctx } = open();
    const panes = ctx.workbook.worksheets.getItem('Sheet1').freezePanes;
    panes.freezeRows(6);
    panes.freezeColumns(2);
    await ctx.sync();
    expect(host.inspect.freeze('Sheet1')).toEqual({ rows: 0, columns: 2 });
    const location = panes.getLocationOrNullObject().load('address');
    await ctx.sync();
    expect(location.address).toBe('Sheet1!A:B');
    panes.unfreeze();
    const none = panes.getLocationOrNullObject();
    await ctx.sync();
    expect(none.isNullObject).toBe(true);
  });
});

describe('page layout', () => {
  test('A4 landscape, fit to one page wide, print titles, margins in points', async () => {
    const { host, ctx } = open(['Danh sách']);
    const layout = ctx.workbook.worksheets.getItem('Danh sách').pageLayout;
    layout.orientation = 'Landscape';
    layout.paperSize = 'A4';
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    layout.setPrintTitleRows('$5:$6');
    layout.setPrintMargins('Inches', { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75 });
    layout.load('orientation, paperSize, zoom, leftMargin, topMargin');
    await ctx.sync();
    expect([layout.orientation, layout.paperSize, layout.leftMargin, layout.topMargin]).toEqual([
      'Landscape',
      'A4',
      36,
      54,
    ]);
    expect(layout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(host.inspect.pageLayout('Danh sách')).toMatchObject({ printTitleRows: '$5:$6', rightMargin: 36 });
  });

  test('zoom takes a scale or fit-to-pages, not both; an unknown paper size is refused', async () => {
    const { ctx } = open();
    const layout = ctx.workbook.worksheets.getItem('Sheet1').pageLayout;
    layout.zoom = { scale: 90, horizontalFitToPages: 1 };
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    layout.paperSize = 'A7';
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
