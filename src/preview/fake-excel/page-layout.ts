/** Worksheet.pageLayout: paper, orientation, margins (points), zoom, print titles and area. */
import { invalidArgument } from './errors';
import { MAX_COL, MAX_ROW, rect } from './geometry';
import type { Rect } from './geometry';
import { ClientObjectBase } from './proxy';
import type { ProxyContext, Resolver } from './proxy';
import { FakeRange } from './range';
import type { RangeTarget } from './range';
import { argumentRect } from './range-argument';
import type { PageLayoutModel, SheetModel, ZoomOptions } from './sheet-model';

const ORIENTATIONS = ['Portrait', 'Landscape'];
const PAPER_SIZES = [
  'Letter',
  'LetterSmall',
  'Tabloid',
  'Ledger',
  'Legal',
  'Statement',
  'Executive',
  'A3',
  'A4',
  'A4Small',
  'A5',
  'B4',
  'B5',
  'Folio',
  'Quatro',
];
const MARGINS = [
  'leftMargin',
  'rightMargin',
  'topMargin',
  'bottomMargin',
  'headerMargin',
  'footerMargin',
] as const;
const FLAGS = [
  'centerHorizontally',
  'centerVertically',
  'printGridlines',
  'printHeadings',
  'blackAndWhite',
  'draftMode',
] as const;
const POINTS_PER_UNIT: Record<string, number> = { Points: 1, Inches: 72, Centimeters: 72 / 2.54 };

function checkZoom(input: unknown, location: string): ZoomOptions {
  if (input === null || typeof input !== 'object') throw invalidArgument(location);
  const zoom = input as ZoomOptions;
  const fit = zoom.horizontalFitToPages !== undefined || zoom.verticalFitToPages !== undefined;
  if (zoom.scale !== undefined && fit) throw invalidArgument(location);
  if (zoom.scale !== undefined && (typeof zoom.scale !== 'number' || zoom.scale < 10 || zoom.scale > 400)) {
    throw invalidArgument(location);
  }
  for (const pages of [zoom.horizontalFitToPages, zoom.verticalFitToPages]) {
    if (pages !== undefined && (typeof pages !== 'number' || !Number.isInteger(pages) || pages < 0)) {
      throw invalidArgument(location);
    }
  }
  return { ...zoom };
}

/** Margins are points. `zoom` must be assigned as a whole object (its sub-properties cannot be set). */
export class FakePageLayout extends ClientObjectBase<SheetModel> {
  constructor(context: ProxyContext, path: string, resolver: Resolver<SheetModel>) {
    super(context, 'PageLayout', path, resolver);
  }

  get orientation(): string {
    return this._get('orientation');
  }

  set orientation(value: string) {
    this._layout('orientation', value, (v) => ORIENTATIONS.includes(String(v)));
  }

  get paperSize(): string {
    return this._get('paperSize');
  }

  set paperSize(value: string) {
    this._layout('paperSize', value, (v) => PAPER_SIZES.includes(String(v)));
  }

  get zoom(): ZoomOptions {
    return this._get('zoom');
  }

  set zoom(value: ZoomOptions) {
    this._setProp('zoom', value, (sheet, _model, v) => {
      sheet.pageLayout.zoom = checkZoom(v, 'PageLayout.zoom');
    });
  }

  get leftMargin(): number {
    return this._get('leftMargin');
  }
  set leftMargin(v: number) {
    this._margin('leftMargin', v);
  }
  get rightMargin(): number {
    return this._get('rightMargin');
  }
  set rightMargin(v: number) {
    this._margin('rightMargin', v);
  }
  get topMargin(): number {
    return this._get('topMargin');
  }
  set topMargin(v: number) {
    this._margin('topMargin', v);
  }
  get bottomMargin(): number {
    return this._get('bottomMargin');
  }
  set bottomMargin(v: number) {
    this._margin('bottomMargin', v);
  }
  get headerMargin(): number {
    return this._get('headerMargin');
  }
  set headerMargin(v: number) {
    this._margin('headerMargin', v);
  }
  get footerMargin(): number {
    return this._get('footerMargin');
  }
  set footerMargin(v: number) {
    this._margin('footerMargin', v);
  }

  get centerHorizontally(): boolean {
    return this._get('centerHorizontally');
  }
  set centerHorizontally(v: boolean) {
    this._layout('centerHorizontally', v, (x) => typeof x === 'boolean');
  }
  get centerVertically(): boolean {
    return this._get('centerVertically');
  }
  set centerVertically(v: boolean) {
    this._layout('centerVertically', v, (x) => typeof x === 'boolean');
  }
  get printGridlines(): boolean {
    return this._get('printGridlines');
  }
  set printGridlines(v: boolean) {
    this._layout('printGridlines', v, (x) => typeof x === 'boolean');
  }
  get printHeadings(): boolean {
    return this._get('printHeadings');
  }
  set printHeadings(v: boolean) {
    this._layout('printHeadings', v, (x) => typeof x === 'boolean');
  }
  get blackAndWhite(): boolean {
    return this._get('blackAndWhite');
  }
  set blackAndWhite(v: boolean) {
    this._layout('blackAndWhite', v, (x) => typeof x === 'boolean');
  }
  get draftMode(): boolean {
    return this._get('draftMode');
  }
  set draftMode(v: boolean) {
    this._layout('draftMode', v, (x) => typeof x === 'boolean');
  }
  get printOrder(): string {
    return this._get('printOrder');
  }
  set printOrder(v: string) {
    this._layout('printOrder', v, (x) => x === 'DownThenOver' || x === 'OverThenDown');
  }

  /** Rows repeated at the top of each printed page: "$5:$6", "A5:A6" or a Range. */
  setPrintTitleRows(range: FakeRange | string): void {
    this._call('setPrintTitleRows', [range], (sheet, model, [r]) => {
      const area = argumentRect(r, sheet, model, 'PageLayout.setPrintTitleRows');
      sheet.pageLayout.printTitleRows = rect(area.r0, 0, area.r1, MAX_COL);
    });
  }

  setPrintTitleColumns(range: FakeRange | string): void {
    this._call('setPrintTitleColumns', [range], (sheet, model, [r]) => {
      const area = argumentRect(r, sheet, model, 'PageLayout.setPrintTitleColumns');
      sheet.pageLayout.printTitleColumns = rect(0, area.c0, MAX_ROW, area.c1);
    });
  }

  setPrintArea(range: FakeRange | string): void {
    this._call('setPrintArea', [range], (sheet, model, [r]) => {
      sheet.pageLayout.printArea = argumentRect(r, sheet, model, 'PageLayout.setPrintArea');
    });
  }

  /** Margins in "Points", "Inches" or "Centimeters"; stored (and read back) in points. */
  setPrintMargins(unit: string, marginOptions: Partial<Record<string, number>>): void {
    this._call('setPrintMargins', [unit, marginOptions], (sheet, _model, [u, options]) => {
      const factor = POINTS_PER_UNIT[String(u)];
      if (!factor || options === null || typeof options !== 'object')
        throw invalidArgument('PageLayout.setPrintMargins');
      for (const [side, value] of Object.entries(options as Record<string, unknown>)) {
        const key = `${side}Margin` as (typeof MARGINS)[number];
        if (!MARGINS.includes(key) || typeof value !== 'number' || value < 0) {
          throw invalidArgument('PageLayout.setPrintMargins');
        }
        sheet.pageLayout[key] = value * factor;
      }
    });
  }

  getPrintTitleRowsOrNullObject(): FakeRange {
    return this._pageRange('getPrintTitleRowsOrNullObject', (layout) => layout.printTitleRows);
  }

  getPrintTitleColumnsOrNullObject(): FakeRange {
    return this._pageRange('getPrintTitleColumnsOrNullObject', (layout) => layout.printTitleColumns);
  }

  getPrintAreaOrNullObject(): FakeRange {
    return this._pageRange('getPrintAreaOrNullObject', (layout) => layout.printArea);
  }

  private _pageRange(member: string, pick: (layout: PageLayoutModel) => Rect | null): FakeRange {
    const range = new FakeRange(
      this.context,
      `${this._path}.${member}()`,
      this._from((sheet): RangeTarget | null => {
        const r = pick(sheet.pageLayout);
        return r ? { sheet, rect: r } : null;
      }),
    );
    range._requestInstantiate();
    return range;
  }

  private _margin(name: (typeof MARGINS)[number], value: number): void {
    this._layout(name, value, (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0);
  }

  private _layout(name: keyof PageLayoutModel, value: unknown, valid: (v: unknown) => boolean): void {
    this._setProp(name, value, (sheet, _model, v) => {
      if (!valid(v)) throw invalidArgument(`PageLayout.${name}`);
      (sheet.pageLayout as unknown as Record<string, unknown>)[name] = v;
    });
  }

  protected _scalarNames(): readonly string[] {
    return [
      'orientation',
      'paperSize',
      'zoom',
      ...MARGINS,
      ...FLAGS,
      'printOrder',
      'printComments',
      'printErrors',
      'firstPageNumber',
    ];
  }

  protected _read(sheet: SheetModel, name: string): unknown {
    const value = (sheet.pageLayout as unknown as Record<string, unknown>)[name];
    return name === 'zoom' ? { ...(value as ZoomOptions) } : value;
  }
}
