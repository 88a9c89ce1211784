/**
 * Range.format and what hangs off it: font, fill, borders, protection. Reading a property over cells that
 * differ gives null, as Office.js does. Colours are read back as "#RRGGBB"; no fill reads "#FFFFFF".
 */
import { normalizeColor } from './cell-format';
import type { CellFormat, FormatKey } from './cell-format';
import { invalidArgument } from './errors';
import { FakeRangeBorderCollection } from './borders';
import {
  applyFormat,
  autofitColumns,
  autofitRows,
  readColumnWidth,
  readFormat,
  readRowHeight,
  setColumnWidth,
  setRowHeight,
} from './format-ops';
import { ClientObjectBase } from './proxy';
import type { ProxyContext, Resolver } from './proxy';
import type { RangeTarget } from './range';
import type { WorkbookModel } from './workbook-model';

const HORIZONTAL = [
  'General',
  'Left',
  'Center',
  'Right',
  'Fill',
  'Justify',
  'CenterAcrossSelection',
  'Distributed',
];
const VERTICAL = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];
const UNDERLINE = ['None', 'Single', 'Double', 'SingleAccountant', 'DoubleAccountant'];

type Check = (value: unknown) => unknown;

const oneOf =
  (allowed: string[]): Check =>
  (v) =>
    typeof v === 'string' && allowed.includes(v) ? v : undefined;
const isBool: Check = (v) => (typeof v === 'boolean' ? v : undefined);
const isColor: Check = (v) => normalizeColor(v) ?? undefined;
const isSize: Check = (v) => (typeof v === 'number' && v >= 1 && v <= 409 ? v : undefined);
const isText: Check = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
const isIndent: Check = (v) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 250 ? v : undefined;

/** A proxy whose properties map one-to-one onto cell format keys. */
abstract class FormatPart extends ClientObjectBase<RangeTarget> {
  protected abstract _keys(): Record<string, FormatKey>;

  protected _write(name: string, value: unknown, check: Check): void {
    const key = this._keys()[name];
    this._setProp(name, value, ({ sheet, rect }, _model, v) => {
      const normalized = check(v);
      if (normalized === undefined) throw invalidArgument(`${this._entity}.${name}`);
      applyFormat(sheet, rect, { [key]: normalized } as Partial<CellFormat>, `${this._entity}.${name}`);
    });
  }

  protected _scalarNames(): readonly string[] {
    return Object.keys(this._keys());
  }

  protected _read({ sheet, rect }: RangeTarget, name: string): unknown {
    return readFormat(sheet, rect, this._keys()[name]);
  }
}

export class FakeRangeFont extends FormatPart {
  constructor(context: ProxyContext, path: string, resolver: Resolver<RangeTarget>) {
    super(context, 'RangeFont', path, resolver);
  }

  protected _keys(): Record<string, FormatKey> {
    return {
      bold: 'bold',
      italic: 'italic',
      color: 'fontColor',
      name: 'fontName',
      size: 'fontSize',
      underline: 'underline',
      strikethrough: 'strikethrough',
    };
  }

  get bold(): boolean {
    return this._get('bold');
  }
  set bold(v: boolean) {
    this._write('bold', v, isBool);
  }
  get italic(): boolean {
    return this._get('italic');
  }
  set italic(v: boolean) {
    this._write('italic', v, isBool);
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this._write('color', v, isColor);
  }
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._write('name', v, isText);
  }
  get size(): number {
    return this._get('size');
  }
  set size(v: number) {
    this._write('size', v, isSize);
  }
  get underline(): string {
    return this._get('underline');
  }
  set underline(v: string) {
    this._write('underline', v, oneOf(UNDERLINE));
  }
  get strikethrough(): boolean {
    return this._get('strikethrough');
  }
  set strikethrough(v: boolean) {
    this._write('strikethrough', v, isBool);
  }
}

export class FakeRangeFill extends ClientObjectBase<RangeTarget> {
  constructor(context: ProxyContext, path: string, resolver: Resolver<RangeTarget>) {
    super(context, 'RangeFill', path, resolver);
  }

  get color(): string {
    return this._get('color');
  }

  set color(v: string) {
    this._setProp('color', v, ({ sheet, rect }, _model, value) => {
      const color = normalizeColor(value);
      if (!color) throw invalidArgument('RangeFill.color');
      applyFormat(sheet, rect, { fill: color }, 'RangeFill.color');
    });
  }

  clear(): void {
    this._call('clear', [], ({ sheet, rect }) => applyFormat(sheet, rect, { fill: null }, 'RangeFill.clear'));
  }

  protected _scalarNames(): readonly string[] {
    return ['color'];
  }

  protected _read({ sheet, rect }: RangeTarget): unknown {
    const fill = sheet.formats.shared('fill', rect);
    return fill.mixed ? null : (fill.value ?? '#FFFFFF');
  }
}

export class FakeFormatProtection extends FormatPart {
  constructor(context: ProxyContext, path: string, resolver: Resolver<RangeTarget>) {
    super(context, 'FormatProtection', path, resolver);
  }

  protected _keys(): Record<string, FormatKey> {
    return { locked: 'locked', formulaHidden: 'formulaHidden' };
  }

  get locked(): boolean {
    return this._get('locked');
  }
  set locked(v: boolean) {
    this._write('locked', v, isBool);
  }
  get formulaHidden(): boolean {
    return this._get('formulaHidden');
  }
  set formulaHidden(v: boolean) {
    this._write('formulaHidden', v, isBool);
  }
}

export class FakeRangeFormat extends ClientObjectBase<RangeTarget> {
  constructor(context: ProxyContext, path: string, resolver: Resolver<RangeTarget>) {
    super(context, 'RangeFormat', path, resolver);
  }

  get font(): FakeRangeFont {
    return this._kid(
      'font',
      () =>
        new FakeRangeFont(
          this.context,
          `${this._path}.font`,
          this._from((t) => t),
        ),
    );
  }

  get fill(): FakeRangeFill {
    return this._kid(
      'fill',
      () =>
        new FakeRangeFill(
          this.context,
          `${this._path}.fill`,
          this._from((t) => t),
        ),
    );
  }

  get borders(): FakeRangeBorderCollection {
    return this._kid(
      'borders',
      () =>
        new FakeRangeBorderCollection(
          this.context,
          `${this._path}.borders`,
          this._from((t) => t),
        ),
    );
  }

  get protection(): FakeFormatProtection {
    return this._kid(
      'protection',
      () =>
        new FakeFormatProtection(
          this.context,
          `${this._path}.protection`,
          this._from((t) => t),
        ),
    );
  }

  get horizontalAlignment(): string {
    return this._get('horizontalAlignment');
  }
  set horizontalAlignment(v: string) {
    this._cell('horizontalAlignment', v, oneOf(HORIZONTAL));
  }
  get verticalAlignment(): string {
    return this._get('verticalAlignment');
  }
  set verticalAlignment(v: string) {
    this._cell('verticalAlignment', v, oneOf(VERTICAL));
  }
  get wrapText(): boolean {
    return this._get('wrapText');
  }
  set wrapText(v: boolean) {
    this._cell('wrapText', v, isBool);
  }
  get indentLevel(): number {
    return this._get('indentLevel');
  }
  set indentLevel(v: number) {
    this._cell('indentLevel', v, isIndent);
  }

  /** Points, as Office.js. */
  get columnWidth(): number {
    return this._get('columnWidth');
  }
  set columnWidth(v: number) {
    this._setProp('columnWidth', v, ({ sheet, rect }, _m, w) =>
      setColumnWidth(sheet, rect, w, 'RangeFormat.columnWidth'),
    );
  }
  get rowHeight(): number {
    return this._get('rowHeight');
  }
  set rowHeight(v: number) {
    this._setProp('rowHeight', v, ({ sheet, rect }, _m, h) =>
      setRowHeight(sheet, rect, h, 'RangeFormat.rowHeight'),
    );
  }

  autofitColumns(): void {
    this._call('autofitColumns', [], ({ sheet, rect }, model) =>
      autofitColumns(model, sheet, rect, 'RangeFormat.autofitColumns'),
    );
  }

  autofitRows(): void {
    this._call('autofitRows', [], ({ sheet, rect }, model) =>
      autofitRows(model, sheet, rect, 'RangeFormat.autofitRows'),
    );
  }

  private _cell(
    name: 'horizontalAlignment' | 'verticalAlignment' | 'wrapText' | 'indentLevel',
    value: unknown,
    check: Check,
  ) {
    this._setProp(name, value, ({ sheet, rect }, _model, v) => {
      const normalized = check(v);
      if (normalized === undefined) throw invalidArgument(`RangeFormat.${name}`);
      applyFormat(sheet, rect, { [name]: normalized }, `RangeFormat.${name}`);
    });
  }

  protected _scalarNames(): readonly string[] {
    return [
      'horizontalAlignment',
      'verticalAlignment',
      'wrapText',
      'indentLevel',
      'columnWidth',
      'rowHeight',
    ];
  }

  protected override _navNames(): readonly string[] {
    return ['font', 'fill', 'borders', 'protection'];
  }

  protected _read({ sheet, rect }: RangeTarget, name: string, _model: WorkbookModel): unknown {
    if (name === 'columnWidth') return readColumnWidth(sheet, rect);
    if (name === 'rowHeight') return readRowHeight(sheet, rect);
    return readFormat(
      sheet,
      rect,
      name as 'horizontalAlignment' | 'verticalAlignment' | 'wrapText' | 'indentLevel',
    );
  }
}
