/**
 * Worksheet.charts: charts are recorded (type, source range, series orientation, title, legend, axis
 * titles, position) so tests and the preview can check them; nothing is drawn.
 */
import { ChartPart, FakeChartAxes, FakeChartLegend, FakeChartTitle } from './chart-parts';
import type { ChartTarget } from './chart-parts';
import { CollectionBase } from './collection';
import { invalidArgument, itemNotFound } from './errors';
import { queueResult } from './client-result';
import type { FakeClientResult } from './client-result';
import type { ProxyContext, Resolver } from './proxy';
import { assertAllowed } from './protection';
import { FakeRange } from './range';
import type { ChartModel, SheetModel } from './sheet-model';

const SERIES_BY = ['Auto', 'Columns', 'Rows'];
import { argumentRect } from './range-argument';

export class FakeChart extends ChartPart {
  constructor(context: ProxyContext, path: string, resolver: Resolver<ChartTarget>) {
    super(context, 'Chart', path, resolver);
  }

  get id(): string {
    return this._get('id');
  }
  get name(): string {
    return this._get('name');
  }
  set name(name: string) {
    this._chartProp('name', name, (chart, v) => {
      if (typeof v !== 'string' || v === '') throw invalidArgument('Chart.name');
      chart.name = v;
    });
  }
  get chartType(): string {
    return this._get('chartType');
  }
  set chartType(type: string) {
    this._chartProp('chartType', type, (chart, v) => {
      if (typeof v !== 'string' || v === '') throw invalidArgument('Chart.chartType');
      chart.chartType = v;
    });
  }
  get top(): number {
    return this._get('top');
  }
  set top(v: number) {
    this._size('top', v);
  }
  get left(): number {
    return this._get('left');
  }
  set left(v: number) {
    this._size('left', v);
  }
  get width(): number {
    return this._get('width');
  }
  set width(v: number) {
    this._size('width', v);
  }
  get height(): number {
    return this._get('height');
  }
  set height(v: number) {
    this._size('height', v);
  }

  get title(): FakeChartTitle {
    return this._kid(
      'title',
      () =>
        new FakeChartTitle(
          this.context,
          `${this._path}.title`,
          this._from((t) => t),
        ),
    );
  }
  get legend(): FakeChartLegend {
    return this._kid(
      'legend',
      () =>
        new FakeChartLegend(
          this.context,
          `${this._path}.legend`,
          this._from((t) => t),
        ),
    );
  }
  get axes(): FakeChartAxes {
    return this._kid(
      'axes',
      () =>
        new FakeChartAxes(
          this.context,
          `${this._path}.axes`,
          this._from((t) => t),
        ),
    );
  }

  /** Places the chart over the cells from startCell to endCell (points from the sheet's sizes). */
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    this._call('setPosition', [startCell, endCell], ({ sheet, chart }, model, [start, end]) => {
      assertAllowed(sheet, 'allowEditObjects', 'Chart.setPosition');
      const a = argumentRect(start, sheet, model, 'Chart.setPosition');
      const sum = (from: number, to: number, size: (i: number) => number) => {
        let total = 0;
        for (let i = from; i < to; i++) total += size(i);
        return total;
      };
      chart.top = sum(0, a.r0, (r) => sheet.rowHeight(r));
      chart.left = sum(0, a.c0, (c) => sheet.columnWidth(c));
      if (end !== undefined && end !== null) {
        const b = argumentRect(end, sheet, model, 'Chart.setPosition');
        chart.height = sum(a.r0, b.r1 + 1, (r) => sheet.rowHeight(r));
        chart.width = sum(a.c0, b.c1 + 1, (c) => sheet.columnWidth(c));
      }
    });
  }

  setData(sourceData: FakeRange, seriesBy?: string): void {
    this._call('setData', [sourceData, seriesBy], ({ sheet, chart }, model, [source, by]) => {
      assertAllowed(sheet, 'allowEditObjects', 'Chart.setData');
      const target = source instanceof FakeRange ? source._resolve(model) : null;
      if (!target) throw invalidArgument('Chart.setData');
      chart.sourceSheetId = target.sheet.id;
      chart.source = target.rect;
      if (by !== undefined) chart.seriesBy = String(by);
    });
  }

  delete(): void {
    this._call('delete', [], ({ sheet, chart }) => {
      assertAllowed(sheet, 'allowEditObjects', 'Chart.delete');
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }

  activate(): void {
    this._call('activate', [], () => undefined, false);
  }

  private _size(name: 'top' | 'left' | 'width' | 'height', value: number): void {
    this._chartProp(name, value, (chart, v) => {
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw invalidArgument(`Chart.${name}`);
      chart[name] = v;
    });
  }

  protected _scalarNames(): readonly string[] {
    return ['id', 'name', 'chartType', 'top', 'left', 'width', 'height'];
  }

  protected override _navNames(): readonly string[] {
    return ['title', 'legend', 'axes'];
  }

  protected _read({ chart }: ChartTarget, name: string): unknown {
    return chart[name as 'id' | 'name' | 'chartType' | 'top' | 'left' | 'width' | 'height'];
  }
}

export class FakeChartCollection extends CollectionBase<SheetModel, ChartTarget, FakeChart> {
  constructor(context: ProxyContext, path: string, resolver: Resolver<SheetModel>) {
    super(context, 'ChartCollection', path, resolver);
  }

  get count(): number {
    return this._get('count');
  }

  add(type: string, sourceData: FakeRange, seriesBy?: string): FakeChart {
    const chart = new FakeChart(this.context, `${this._path}.add(${JSON.stringify(type)},...)`, () => {
      throw itemNotFound('ChartCollection.add');
    });
    this._call('add', [type, sourceData, seriesBy], (sheet, model, [t, source, by]) => {
      const location = 'ChartCollection.add';
      assertAllowed(sheet, 'allowEditObjects', location);
      const target = source instanceof FakeRange ? source._resolve(model) : null;
      if (!target || typeof t !== 'string' || t === '') throw invalidArgument(location);
      if (by !== undefined && !SERIES_BY.includes(String(by))) throw invalidArgument(location);
      const numbers = sheet.charts.map((c) => Number(/^Chart (\d+)$/.exec(c.name)?.[1] ?? 0));
      const model_: ChartModel = {
        id: `{${sheet.id.slice(1, 9)}-chart-${sheet.nextChartNumber++}}`,
        name: `Chart ${Math.max(0, ...numbers) + 1}`,
        chartType: t,
        sourceSheetId: target.sheet.id,
        source: target.rect,
        seriesBy: by === undefined ? 'Auto' : String(by),
        title: { text: '', visible: false },
        legend: { position: 'Right', visible: true },
        categoryAxisTitle: '',
        valueAxisTitle: '',
        top: 0,
        left: 0,
        width: 360,
        height: 216,
      };
      sheet.charts.push(model_);
      chart._pin({ sheet, chart: model_ });
    });
    return chart;
  }

  getItem(name: string): FakeChart {
    return new FakeChart(
      this.context,
      `${this._path}.getItem(${JSON.stringify(name)})`,
      this._from((sheet) => {
        const chart = sheet.charts.find((c) => c.name === name || c.id === name);
        if (!chart) throw itemNotFound('ChartCollection.getItem');
        return { sheet, chart };
      }),
    );
  }

  getItemOrNullObject(name: string): FakeChart {
    const chart = new FakeChart(
      this.context,
      `${this._path}.getItemOrNullObject(${JSON.stringify(name)})`,
      this._from((sheet) => {
        const found = sheet.charts.find((c) => c.name === name || c.id === name);
        return found ? { sheet, chart: found } : null;
      }),
    );
    chart._requestInstantiate();
    return chart;
  }

  getItemAt(index: number): FakeChart {
    return new FakeChart(
      this.context,
      `${this._path}.getItemAt(${index})`,
      this._from((sheet) => {
        const chart = sheet.charts[index];
        if (!chart) throw itemNotFound('ChartCollection.getItemAt');
        return { sheet, chart };
      }),
    );
  }

  getCount(): FakeClientResult<number> {
    return queueResult(this.context, this._entity, 'getCount', this._path, (model) => {
      const sheet = this._resolve(model);
      return sheet ? sheet.charts.length : 0;
    });
  }

  protected override _scalarNames(): readonly string[] {
    return ['count'];
  }

  protected _list(sheet: SheetModel): ChartTarget[] {
    return sheet.charts.map((chart) => ({ sheet, chart }));
  }

  protected _itemKey(item: ChartTarget): string {
    return item.chart.id;
  }

  protected _makeItem(item: ChartTarget): FakeChart {
    return new FakeChart(
      this.context,
      `${this._path}.getItem(${JSON.stringify(item.chart.name)})`,
      () => item,
    );
  }
}
