/**
 * Looking at the workbook from outside the proxy/sync model: what tests assert and what the preview grid
 * draws. Nothing here counts as a sync. Addresses are on one sheet ("C5", "A1:F20"); errors are Vietnamese
 * and name the sheet or address at fault.
 */
import type { CellFormat } from './cell-format';
import { conditionalStyle } from './conditional-format-model';
import type { ConditionalFormatStyle } from './conditional-format-model';
import type { CellScalar, ValueKind } from './formula-engine';
import { mergeAt } from './format-ops';
import { buildMatrix, formatRect, qualifiedAddress, rect, tryParseReference } from './geometry';
import type { Rect } from './geometry';
import { columnIndex } from '../../layout/a1';
import { isCellEditable } from './protection';
import { cellText, readFormulas, readNumberFormats, readText, readValues, usedRect } from './range-ops';
import type { PageLayoutModel, ProtectionOptions, SheetModel } from './sheet-model';
import { ruleType } from './validation';
import type { ErrorAlert, Prompt, ValidationRule } from './validation';
import type { DocumentPropertiesModel, WorkbookModel } from './workbook-model';

export interface CellSnapshot {
  address: string;
  value: CellScalar;
  /** The formula as written, or null for a constant or an empty cell. */
  formula: string | null;
  text: string;
  valueType: ValueKind;
  numberFormat: string;
  format: CellFormat;
  /** What conditional formats add to this cell now, or null. */
  conditional: ConditionalFormatStyle | null;
  locked: boolean;
  editable: boolean;
  /** The merged area this cell belongs to ("A1:C1"), or null. */
  merge: string | null;
  validation: ValidationSnapshot | null;
}

export interface SheetSnapshot {
  name: string;
  position: number;
  visibility: string;
  tabColor: string;
  showGridlines: boolean;
  protected: boolean;
  usedRange: string | null;
}

export interface NameSnapshot {
  name: string;
  formula: string;
  type: string;
  value: CellScalar;
  comment: string;
}

export interface ValidationSnapshot {
  ranges: string[];
  type: string;
  rule: ValidationRule | null;
  errorAlert: ErrorAlert;
  prompt: Prompt;
  ignoreBlanks: boolean;
}

export interface ConditionalFormatSnapshot {
  id: string;
  ranges: string[];
  type: string;
  priority: number;
  stopIfTrue: boolean;
  rule: unknown;
  format: ConditionalFormatStyle;
}

export interface ChartSnapshot {
  sheet: string;
  name: string;
  type: string;
  /** "'Tổng hợp năm'!A4:B12" */
  source: string;
  seriesBy: string;
  title: string;
  titleVisible: boolean;
  legend: { position: string; visible: boolean };
  categoryAxisTitle: string;
  valueAxisTitle: string;
  position: { top: number; left: number; width: number; height: number };
}

export type PageLayoutSnapshot = Omit<
  PageLayoutModel,
  'printTitleRows' | 'printTitleColumns' | 'printArea'
> & {
  printTitleRows: string | null;
  printTitleColumns: string | null;
  printArea: string | null;
};

export interface WorkbookInspector {
  sheetNames(): string[];
  activeSheet(): string;
  sheet(name: string): SheetSnapshot;
  usedRange(sheet: string, valuesOnly?: boolean): string | null;
  values(sheet: string, address: string): CellScalar[][];
  formulas(sheet: string, address: string): CellScalar[][];
  text(sheet: string, address: string): string[][];
  numberFormats(sheet: string, address: string): string[][];
  cell(sheet: string, address: string): CellSnapshot;
  cells(sheet: string, address: string): CellSnapshot[][];
  names(): NameSnapshot[];
  validations(sheet: string): ValidationSnapshot[];
  conditionalFormats(sheet: string): ConditionalFormatSnapshot[];
  freeze(sheet: string): { rows: number; columns: number };
  protection(sheet: string): { protected: boolean; options: ProtectionOptions };
  isCellEditable(sheet: string, address: string): boolean;
  merges(sheet: string): string[];
  /** Column by letter ("C") or 0-based index, in points. */
  columnWidth(sheet: string, column: string | number): number;
  /** Row by 1-based number as on screen, in points. */
  rowHeight(sheet: string, row: number): number;
  pageLayout(sheet: string): PageLayoutSnapshot;
  charts(sheet?: string): ChartSnapshot[];
  selection(): { sheet: string; address: string };
  properties(): DocumentPropertiesModel;
}

export function findSheetOrThrow(model: WorkbookModel, name: string): SheetModel {
  const sheet = model.findSheet(name);
  if (!sheet) {
    const known = model.sheets.map((s) => `"${s.name}"`).join(', ');
    throw new Error(`Không có trang "${name}" trong sổ làm việc. Các trang hiện có: ${known}.`);
  }
  return sheet;
}

export function rectOrThrow(address: string): Rect {
  const parsed = tryParseReference(address);
  if (!parsed || parsed.sheet !== undefined) {
    throw new Error(`"${address}" không phải địa chỉ ô hay vùng trên một trang (ví dụ "C5" hoặc "A1:F20").`);
  }
  return parsed.rect;
}

function validationSnapshot(entry: SheetModel['validations']['entries'][number]): ValidationSnapshot {
  return {
    ranges: entry.areas.map((a) => formatRect(a)),
    type: ruleType(entry.rule),
    rule: entry.rule,
    errorAlert: { ...entry.errorAlert },
    prompt: { ...entry.prompt },
    ignoreBlanks: entry.ignoreBlanks,
  };
}

function snapshotCell(model: WorkbookModel, sheet: SheetModel, row: number, col: number): CellSnapshot {
  const { value, kind } = model.engine.value(sheet.engineId, row, col);
  const text = cellText(model, sheet, row, col);
  const format = sheet.formats.resolve(row, col);
  const evaluate = (formula: string) => model.engine.calculate(formula, sheet.engineId);
  const entries = sheet.conditionalFormats.at(row, col);
  const merge = mergeAt(sheet, row, col);
  const validation = sheet.validations.at(row, col);
  const isFormula = model.engine.isFormula(sheet.engineId, row, col);
  return {
    address: formatRect(rect(row, col)),
    value,
    formula: isFormula ? String(model.engine.formula(sheet.engineId, row, col)) : null,
    text,
    valueType: kind,
    numberFormat: format.numberFormat,
    format,
    conditional: entries.length > 0 ? conditionalStyle(entries, row, col, value, text, evaluate) : null,
    locked: format.locked,
    editable: isCellEditable(sheet, row, col),
    merge: merge ? formatRect(merge) : null,
    validation: validation ? validationSnapshot(validation) : null,
  };
}

export function createInspector(model: WorkbookModel): WorkbookInspector {
  const sheetOf = (name: string) => findSheetOrThrow(model, name);
  const where = (sheet: string, address: string) => `${sheet}!${address}`;
  return {
    sheetNames: () => model.sheets.map((s) => s.name),
    activeSheet: () => model.activeSheet.name,
    sheet: (name) => {
      const s = sheetOf(name);
      const used = usedRect(model, s, false);
      return {
        name: s.name,
        position: model.position(s),
        visibility: s.visibility,
        tabColor: s.tabColor,
        showGridlines: s.showGridlines,
        protected: s.protection.protected,
        usedRange: used ? formatRect(used) : null,
      };
    },
    usedRange: (name, valuesOnly = false) => {
      const used = usedRect(model, sheetOf(name), valuesOnly);
      return used ? formatRect(used) : null;
    },
    values: (name, address) => readValues(model, sheetOf(name), rectOrThrow(address), where(name, address)),
    formulas: (name, address) =>
      readFormulas(model, sheetOf(name), rectOrThrow(address), where(name, address)),
    text: (name, address) => readText(model, sheetOf(name), rectOrThrow(address), where(name, address)),
    numberFormats: (name, address) =>
      readNumberFormats(sheetOf(name), rectOrThrow(address), where(name, address)),
    cell: (name, address) => {
      const r = rectOrThrow(address);
      return snapshotCell(model, sheetOf(name), r.r0, r.c0);
    },
    cells: (name, address) => {
      const s = sheetOf(name);
      return buildMatrix(rectOrThrow(address), (row, col) => snapshotCell(model, s, row, col));
    },
    names: () =>
      model.names.map((item) => ({
        name: item.name,
        formula: item.formula,
        type: model.nameType(item),
        value: model.nameValue(item),
        comment: item.comment,
      })),
    validations: (name) => sheetOf(name).validations.entries.map(validationSnapshot),
    conditionalFormats: (name) =>
      sheetOf(name).conditionalFormats.entries.map((entry, priority) => ({
        id: entry.id,
        ranges: entry.areas.map((a) => formatRect(a)),
        type: entry.type,
        priority,
        stopIfTrue: entry.stopIfTrue,
        rule:
          entry.textRule ??
          entry.cellValueRule ??
          (entry.customFormula ? { formula: entry.customFormula } : null),
        format: { ...entry.format },
      })),
    freeze: (name) => ({ ...sheetOf(name).freeze }),
    protection: (name) => {
      const p = sheetOf(name).protection;
      return { protected: p.protected, options: { ...p.options } };
    },
    isCellEditable: (name, address) => {
      const r = rectOrThrow(address);
      return isCellEditable(sheetOf(name), r.r0, r.c0);
    },
    merges: (name) => sheetOf(name).merges.map((m) => formatRect(m)),
    columnWidth: (name, column) =>
      sheetOf(name).columnWidth(typeof column === 'number' ? column : columnIndex(column)),
    rowHeight: (name, row) => sheetOf(name).rowHeight(row - 1),
    pageLayout: (name) => {
      const layout = sheetOf(name).pageLayout;
      const show = (r: Rect | null) => (r ? formatRect(r, true) : null);
      return {
        ...layout,
        zoom: { ...layout.zoom },
        printTitleRows: show(layout.printTitleRows),
        printTitleColumns: show(layout.printTitleColumns),
        printArea: show(layout.printArea),
      };
    },
    charts: (name) =>
      model.sheets
        .filter((s) => name === undefined || s === sheetOf(name))
        .flatMap((s) =>
          s.charts.map((c) => ({
            sheet: s.name,
            name: c.name,
            type: c.chartType,
            source: qualifiedAddress(model.sheetById(c.sourceSheetId)?.name ?? '#REF!', c.source),
            seriesBy: c.seriesBy,
            title: c.title.text,
            titleVisible: c.title.visible,
            legend: { ...c.legend },
            categoryAxisTitle: c.categoryAxisTitle,
            valueAxisTitle: c.valueAxisTitle,
            position: { top: c.top, left: c.left, width: c.width, height: c.height },
          })),
        ),
    selection: () => {
      const s = model.activeSheet;
      return { sheet: s.name, address: formatRect(s.selection) };
    },
    properties: () => ({ ...model.properties }),
  };
}
