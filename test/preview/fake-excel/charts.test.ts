/** Charts are recorded (type, source, series, title, position) for tests and the preview. */
import { open } from './helpers';

test('charts.add records type, source range and series; title and name can be set', async () => {
  const { host, ctx } = open(['Tổng hợp năm']);
  const sheet = ctx.workbook.worksheets.getItem('Tổng hợp năm');
  sheet.getRange('A1:B4').values = [
    ['Danh hiệu', 'Số người'],
    ['LĐTT', 61],
    ['CSTĐCS', 9],
    ['CSTĐ tỉnh', 1],
  ];
  const chart = sheet.charts.add('ColumnClustered', sheet.getRange('A1:B4'), 'Columns');
  chart.title.text = 'Kết quả thi đua năm học';
  chart.name = 'KetQua';
  chart.axes.valueAxis.title.text = 'Số người';
  chart.legend.visible = false;
  chart.setPosition('D2', 'J15');
  chart.load('name, chartType');
  await ctx.sync();
  expect([chart.name, chart.chartType]).toEqual(['KetQua', 'ColumnClustered']);
  expect(host.inspect.charts()).toEqual([
    {
      sheet: 'Tổng hợp năm',
      name: 'KetQua',
      type: 'ColumnClustered',
      source: "'Tổng hợp năm'!A1:B4",
      seriesBy: 'Columns',
      title: 'Kết quả thi đua năm học',
      titleVisible: true,
      legend: { position: 'Right', visible: false },
      categoryAxisTitle: '',
      valueAxisTitle: 'Số người',
      position: { top: 15, left: 3 * 48, width: 7 * 48, height: 14 * 15 },
    },
  ]);
});

test('charts get Chart 1, Chart 2… and can be found, counted and deleted', async () => {
  const { host, ctx } = open();
  const sheet = ctx.workbook.worksheets.getItem('Sheet1');
  sheet.getRange('A1:B2').values = [
    [1, 2],
    [3, 4],
  ];
  sheet.charts.add('Pie', sheet.getRange('A1:B2'));
  sheet.charts.add('Line', sheet.getRange('A1:B2'));
  const count = sheet.charts.getCount();
  const second = sheet.charts.getItem('Chart 2').load('chartType');
  const missing = sheet.charts.getItemOrNullObject('Chart 9');
  await ctx.sync();
  expect([count.value, second.chartType, missing.isNullObject]).toEqual([2, 'Line', true]);
  sheet.charts.getItem('Chart 1').delete();
  await ctx.sync();
  expect(host.inspect.charts('Sheet1').map((c) => c.name)).toEqual(['Chart 2']);
});

test('adding a chart to a protected sheet is refused unless objects may be edited', async () => {
  const { ctx } = open();
  const sheet = ctx.workbook.worksheets.getItem('Sheet1');
  sheet.protection.protect();
  sheet.charts.add('Pie', sheet.getRange('A1:B2'));
  await expect(ctx.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
});
