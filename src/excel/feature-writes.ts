import type { ConditionalFormatSpec, DataValidationSpec, PageSetupSpec, SheetSpec } from '../layout/grid';
import { listSourceText } from '../layout/sheet-rules';
import { jsonBytes } from './payload';
import type { QueuedWrite } from './write-queue';

const POINTS_PER_INCH = 72;

/**
 * What a protected sheet still lets the user do: select any cell and resize rows and columns. The same
 * allowances as the xlsx adapter's, so a sheet made by either behaves alike.
 */
export const PROTECTION_OPTIONS: Excel.WorksheetProtectionOptions = {
  selectionMode: 'Normal',
  allowFormatColumns: true,
  allowFormatRows: true,
};

/** Runs of equal widths become one range each: columns A:C at 60 pt cost one write, not three. */
export function columnWidthRuns(widths: number[]): { first: number; count: number; points: number }[] {
  const runs: { first: number; count: number; points: number }[] = [];
  widths.forEach((points, c) => {
    if (!Number.isFinite(points) || points <= 0) return;
    const last = runs[runs.length - 1];
    if (last && last.points === points && last.first + last.count === c) last.count++;
    else runs.push({ first: c, count: 1, points });
  });
  return runs;
}

export function validationRule(spec: DataValidationSpec): Excel.DataValidationRule {
  if (spec.kind === 'list') return { list: { inCellDropDown: true, source: listSourceText(spec) } };
  const { min, max } = spec;
  let basic: Excel.BasicDataValidation;
  if (min !== undefined && max !== undefined) basic = { operator: 'Between', formula1: min, formula2: max };
  else if (min !== undefined) basic = { operator: 'GreaterThanOrEqualTo', formula1: min };
  else if (max !== undefined) basic = { operator: 'LessThanOrEqualTo', formula1: max };
  else basic = { operator: 'Between', formula1: -1e307, formula2: 1e307 };
  return spec.kind === 'decimal' ? { decimal: basic } : { wholeNumber: basic };
}

function validationWrite(sheetName: string, spec: DataValidationSpec): QueuedWrite {
  const rule = validationRule(spec);
  return {
    bytes: jsonBytes({ spec, rule }),
    apply: (scope) => {
      const validation = scope.sheet(sheetName).getRange(spec.range).dataValidation;
      validation.ignoreBlanks = true;
      validation.rule = rule;
      validation.errorAlert = {
        showAlert: true,
        style: 'Stop',
        title: 'Giá trị không hợp lệ',
        message: spec.errorMessage,
      };
      if (spec.prompt) validation.prompt = { showPrompt: true, title: 'Hướng dẫn', message: spec.prompt };
    },
  };
}

/** "Cell value equal to": "contains" is case-insensitive, so "Đạt" would also colour "Chưa đạt". */
function conditionalFormatWrite(sheetName: string, spec: ConditionalFormatSpec): QueuedWrite {
  const formula1 = `="${spec.equals.replace(/"/g, '""')}"`;
  return {
    bytes: jsonBytes({ spec, formula1 }),
    apply: (scope) => {
      const format = scope.sheet(sheetName).getRange(spec.range).conditionalFormats.add('CellValue');
      format.cellValue.format.fill.color = spec.fill;
      format.cellValue.format.font.color = spec.fontColor;
      format.cellValue.rule = { formula1, operator: 'EqualTo' };
    },
  };
}

function pageSetupWrite(sheetName: string, spec: PageSetupSpec): QueuedWrite {
  return {
    bytes: jsonBytes(spec),
    apply: (scope) => {
      const layout = scope.sheet(sheetName).pageLayout;
      layout.orientation = spec.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      layout.paperSize = 'A4';
      // The contract gives inches (as a file stores them); Office.js page margins are in points.
      layout.topMargin = spec.margins.top * POINTS_PER_INCH;
      layout.bottomMargin = spec.margins.bottom * POINTS_PER_INCH;
      layout.leftMargin = spec.margins.left * POINTS_PER_INCH;
      layout.rightMargin = spec.margins.right * POINTS_PER_INCH;
      // One page wide, as many tall as needed: 0 is "automatic", as fitToHeight="0" in the file format.
      if (spec.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (spec.printTitleRows) layout.setPrintTitleRows(spec.printTitleRows);
    },
  };
}

function simpleWrite(data: unknown, apply: QueuedWrite['apply']): QueuedWrite {
  return { bytes: jsonBytes(data), apply };
}

/** Merges, widths, freeze panes, validations, conditional formats, page setup and tab colour, in that order. */
export function featureWrites(sheet: SheetSpec): QueuedWrite[] {
  const name = sheet.name;
  const writes: QueuedWrite[] = [];
  for (const merge of sheet.merges ?? []) {
    writes.push(simpleWrite(merge, (scope) => scope.sheet(name).getRange(merge).merge(false)));
  }
  for (const run of columnWidthRuns(sheet.columnWidths ?? [])) {
    writes.push(
      simpleWrite(run, (scope) => {
        scope.sheet(name).getRangeByIndexes(0, run.first, 1, run.count).format.columnWidth = run.points;
      }),
    );
  }
  const freeze = sheet.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    writes.push(
      simpleWrite(freeze, (scope) => {
        const panes = scope.sheet(name).freezePanes;
        if (freeze.columns === 0) panes.freezeRows(freeze.rows);
        else if (freeze.rows === 0) panes.freezeColumns(freeze.columns);
        else panes.freezeAt(scope.sheet(name).getRangeByIndexes(0, 0, freeze.rows, freeze.columns));
      }),
    );
  }
  for (const validation of sheet.validations ?? []) writes.push(validationWrite(name, validation));
  for (const format of sheet.conditionalFormats ?? []) writes.push(conditionalFormatWrite(name, format));
  if (sheet.pageSetup) writes.push(pageSetupWrite(name, sheet.pageSetup));
  const tabColor = sheet.tabColor;
  if (tabColor) writes.push(simpleWrite(tabColor, (scope) => void (scope.sheet(name).tabColor = tabColor)));
  return writes;
}

export function protectionWrite(sheet: SheetSpec): QueuedWrite[] {
  if (!sheet.protect) return [];
  return [
    simpleWrite(PROTECTION_OPTIONS, (scope) =>
      scope.sheet(sheet.name).protection.protect(PROTECTION_OPTIONS),
    ),
  ];
}
