/** What hangs off a chart: title, legend, axis titles. Editing needs allowEditObjects on a protected sheet. */
import { invalidArgument, itemNotFound } from './errors';
import { ClientObjectBase } from './proxy';
import type { ProxyContext, Resolver } from './proxy';
import { assertAllowed } from './protection';
import type { ChartModel, SheetModel } from './sheet-model';
import type { WorkbookModel } from './workbook-model';

export interface ChartTarget {
  sheet: SheetModel;
  chart: ChartModel;
}

export abstract class ChartPart extends ClientObjectBase<ChartTarget> {
  protected override _check({ sheet, chart }: ChartTarget, model: WorkbookModel): void {
    model.alive(sheet, this._entity);
    if (!sheet.charts.includes(chart)) throw itemNotFound(this._entity);
  }

  protected _chartProp(name: string, value: unknown, apply: (chart: ChartModel, v: unknown) => void): void {
    this._setProp(name, value, ({ sheet, chart }, _model, v) => {
      assertAllowed(sheet, 'allowEditObjects', `${this._entity}.${name}`);
      apply(chart, v);
    });
  }
}

export class FakeChartTitle extends ChartPart {
  constructor(context: ProxyContext, path: string, resolver: Resolver<ChartTarget>) {
    super(context, 'ChartTitle', path, resolver);
  }
  get text(): string {
    return this._get('text');
  }
  set text(text: string) {
    this._chartProp('text', text, (chart, v) => {
      chart.title = { text: String(v ?? ''), visible: true };
    });
  }
  get visible(): boolean {
    return this._get('visible');
  }
  set visible(visible: boolean) {
    this._chartProp('visible', visible, (chart, v) => {
      chart.title.visible = v === true;
    });
  }
  protected _scalarNames(): readonly string[] {
    return ['text', 'visible'];
  }
  protected _read({ chart }: ChartTarget, name: string): unknown {
    return name === 'text' ? chart.title.text : chart.title.visible;
  }
}

export class FakeChartLegend extends ChartPart {
  constructor(context: ProxyContext, path: string, resolver: Resolver<ChartTarget>) {
    super(context, 'ChartLegend', path, resolver);
  }
  get position(): string {
    return this._get('position');
  }
  set position(position: string) {
    this._chartProp('position', position, (chart, v) => {
      if (!['Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom'].includes(String(v))) {
        throw invalidArgument('ChartLegend.position');
      }
      chart.legend.position = String(v);
    });
  }
  get visible(): boolean {
    return this._get('visible');
  }
  set visible(visible: boolean) {
    this._chartProp('visible', visible, (chart, v) => {
      chart.legend.visible = v === true;
    });
  }
  protected _scalarNames(): readonly string[] {
    return ['position', 'visible'];
  }
  protected _read({ chart }: ChartTarget, name: string): unknown {
    return name === 'position' ? chart.legend.position : chart.legend.visible;
  }
}

type AxisKey = 'categoryAxisTitle' | 'valueAxisTitle';

class FakeChartAxisTitle extends ChartPart {
  constructor(context: ProxyContext, path: string, resolver: Resolver<ChartTarget & { axis: AxisKey }>) {
    super(context, 'ChartAxisTitle', path, resolver);
  }
  get text(): string {
    return this._get('text');
  }
  set text(text: string) {
    this._setProp('text', text, (target, _m, v) => {
      assertAllowed(target.sheet, 'allowEditObjects', 'ChartAxisTitle.text');
      target.chart[(target as ChartTarget & { axis: AxisKey }).axis] = String(v ?? '');
    });
  }
  protected _scalarNames(): readonly string[] {
    return ['text'];
  }
  protected _read(target: ChartTarget): unknown {
    return target.chart[(target as ChartTarget & { axis: AxisKey }).axis];
  }
}

class FakeChartAxis extends ChartPart {
  constructor(context: ProxyContext, path: string, resolver: Resolver<ChartTarget & { axis: AxisKey }>) {
    super(context, 'ChartAxis', path, resolver);
  }
  get title(): FakeChartAxisTitle {
    return this._kid(
      'title',
      () =>
        new FakeChartAxisTitle(
          this.context,
          `${this._path}.title`,
          this._from((t) => t as ChartTarget & { axis: AxisKey }),
        ),
    );
  }
  protected override _navNames(): readonly string[] {
    return ['title'];
  }
  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected _read(): unknown {
    return undefined;
  }
}

export class FakeChartAxes extends ChartPart {
  constructor(context: ProxyContext, path: string, resolver: Resolver<ChartTarget>) {
    super(context, 'ChartAxes', path, resolver);
  }
  get categoryAxis(): FakeChartAxis {
    return this._kid(
      'categoryAxis',
      () =>
        new FakeChartAxis(
          this.context,
          `${this._path}.categoryAxis`,
          this._from((t) => ({ ...t, axis: 'categoryAxisTitle' as const })),
        ),
    );
  }
  get valueAxis(): FakeChartAxis {
    return this._kid(
      'valueAxis',
      () =>
        new FakeChartAxis(
          this.context,
          `${this._path}.valueAxis`,
          this._from((t) => ({ ...t, axis: 'valueAxisTitle' as const })),
        ),
    );
  }
  protected override _navNames(): readonly string[] {
    return ['categoryAxis', 'valueAxis'];
  }
  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected _read(): unknown {
    return undefined;
  }
}
