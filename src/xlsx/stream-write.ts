import * as ExcelJS from 'exceljs';
import { cellAddress, columnLetter, parseRangeAddress } from '../layout/a1';
import type { NamedRangeSpec, SheetSpec, WorkbookSpec } from '../layout/grid';
import { parseNameReference, sameSheetName, sheetNameProblem } from '../layout/sheet-rules';
import { toArgb } from './colors';
import type { XlsxProgressOptions } from './progress';
import { pointsToCharacters } from './column-width';
import { toExcelJsConditionalFormat } from './conditional-format';
import { toExcelJsPageSetup } from './page-setup';
import { PROTECTION_ALLOWANCES, toExcelJsValue } from './sheet-writer';
import { SheetStyles } from './sheet-styles';
import { toExcelJsValidation } from './validation';

/**
 * The parts of ExcelJS's streaming worksheet its typings leave out (they type it as an in-memory Worksheet):
 * validations are kept by range, and rows are written out and freed as they are committed.
 */
interface StreamWorksheet extends ExcelJS.Worksheet {
  dataValidations: { model: Record<string, ExcelJS.DataValidation> };
  commit(): void;
}

/** The streaming worksheet's internals writeRows uses to put its own rows between ExcelJS's sheet parts. */
interface StreamWorksheetInternals {
  stream: { write(data: string): unknown };
  startedData: boolean;
  _merges: unknown[];
  _writeColumns(): void;
  _writeOpenSheetData(): void;
}

/** The workbook-wide tables cells refer to: style ids and shared strings. */
interface StreamWorkbookParts {
  styles: { addStyleModel(style: Partial<ExcelJS.Style>, cellType: number): number };
  sharedStrings: { add(text: string): number };
}

/** ExcelJS's ValueType.Number: a style without a number format then gets "General", as in-memory cells do. */
const NUMBER_CELL = 2;

/** Text inside an XML element: only & and < must be escaped, > too for safety. */
function escapeXmlText(text: string): string {
  return /[&<>]/.test(text) ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : text;
}

/** One <c> element; `open` is `<c r=".." s=".."` without its end. */
function cellXml(open: string, value: ExcelJS.CellValue, workbook: StreamWorkbookParts): string {
  if (value === null || value === undefined) return `${open}/>`;
  if (typeof value === 'number') return `${open}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `${open} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === 'string') return `${open} t="s"><v>${workbook.sharedStrings.add(value)}</v></c>`;
  if (typeof value === 'object' && 'formula' in value)
    return `${open}><f>${escapeXmlText(value.formula ?? '')}</f></c>`;
  throw new RangeError(`Giá trị ô không ghi được: ${JSON.stringify(value)}`);
}

/** The streaming workbook's internals this writer replaces: see writeWorkbookPart. */
interface StreamWorkbookInternals {
  zip: { append(data: string, options: { name: string }): void };
  _worksheets: unknown[];
  addWorkbook(): Promise<void>;
}

/** Rows written between two pauses, so the zip stream can take what is written and the memory be freed. */
const ROWS_PER_PAUSE = 500;

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

function checkSheetNames(spec: WorkbookSpec): void {
  spec.sheets.forEach((sheet, i) => {
    const problem = sheetNameProblem(sheet.name);
    if (problem) throw new RangeError(problem);
    if (spec.sheets.slice(0, i).some((earlier) => sameSheetName(earlier.name, sheet.name))) {
      throw new RangeError(
        `Sổ tính đã có trang tính "${sheet.name}": Thi Đua không ghi đè, hãy đổi tên hoặc xoá trang cũ rồi làm lại.`,
      );
    }
  });
}

function checkName(spec: WorkbookSpec, name: NamedRangeSpec): void {
  const target = parseNameReference(name.reference);
  if (!target) {
    throw new RangeError(
      `Tên "${name.name}" trỏ tới "${name.reference}", không phải một vùng ô có tên trang tính ` +
        `(ví dụ 'Tổng hợp năm'!$E$5:$E$65): hãy sửa tham chiếu.`,
    );
  }
  if (!spec.sheets.some((sheet) => sameSheetName(sheet.name, target.sheet))) {
    throw new RangeError(
      `Tên "${name.name}" trỏ tới trang tính "${target.sheet}" nhưng sổ tính không có trang đó: hãy kiểm tra tên trang.`,
    );
  }
}

/**
 * workbook.xml as the in-memory writer makes it, with two differences from ExcelJS's streaming version:
 * the names go in as written (ExcelJS would expand each into a set of cells and back, slow for a 5,000-row
 * range) and fullCalcOnLoad is set, since no cached results are written and Excel and LibreOffice must compute
 * every formula on opening.
 */
function writeWorkbookPart(writer: ExcelJS.stream.xlsx.WorkbookWriter, names: NamedRangeSpec[]): void {
  const internals = writer as unknown as StreamWorkbookInternals;
  internals.addWorkbook = () => {
    // ExcelJS's own serialiser for workbook.xml (sheets, names, print titles, calc properties); untyped.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const WorkbookXform = require('exceljs/lib/xlsx/xform/book/workbook-xform') as new () => {
      prepare(model: unknown): void;
      toXml(model: unknown): string;
    };
    const model = {
      worksheets: internals._worksheets.filter(Boolean),
      definedNames: names.map((n) => ({ name: n.name, ranges: [n.reference.trim().replace(/^=/, '')] })),
      views: [],
      properties: {},
      calcProperties: { fullCalcOnLoad: true },
    };
    const xform = new WorkbookXform();
    xform.prepare(model);
    internals.zip.append(xform.toXml(model), { name: '/xl/workbook.xml' });
    return Promise.resolve();
  };
}

function worksheetOptions(sheet: SheetSpec): Partial<ExcelJS.AddWorksheetOptions> {
  const options: Partial<ExcelJS.AddWorksheetOptions> = {};
  const freeze = sheet.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    options.views = [{ state: 'frozen', xSplit: freeze.columns, ySplit: freeze.rows }];
  }
  if (sheet.pageSetup) options.pageSetup = toExcelJsPageSetup(sheet.pageSetup);
  if (sheet.tabColor) options.properties = { tabColor: { argb: toArgb(sheet.tabColor) } };
  return options;
}

/** Everything a sheet has besides its rows: set before the first row goes out (widths are written with it). */
function prepareSheet(worksheet: StreamWorksheet, sheet: SheetSpec): void {
  sheet.columnWidths?.forEach((points, c) => {
    if (Number.isFinite(points) && points > 0) worksheet.getColumn(c + 1).width = pointsToCharacters(points);
  });
  // By range, as Excel stores them: per cell (the in-memory way) costs a million objects on a big school.
  for (const validation of sheet.validations ?? []) {
    worksheet.dataValidations.model[validation.range] = toExcelJsValidation(validation);
  }
  for (const format of sheet.conditionalFormats ?? []) {
    worksheet.addConditionalFormatting(toExcelJsConditionalFormat(format));
  }
  // No password: the school can unprotect from the ribbon. Applied synchronously inside the promise.
  if (sheet.protect) void worksheet.protect('', { ...PROTECTION_ALLOWANCES });
}

/**
 * Writes sheetData rows straight into the worksheet's part: ExcelJS's row and cell objects (and the model it
 * keeps of every formula written) cost more than the rest of the export on a 5,000-staff school.
 */
async function writeRows(
  worksheet: StreamWorksheet,
  sheet: SheetSpec,
  workbook: StreamWorkbookParts,
  progress: (row: number, rows: number) => void,
): Promise<void> {
  const internals = worksheet as unknown as StreamWorksheetInternals;
  const styles = new SheetStyles(sheet.styles ?? []);
  const merges = (sheet.merges ?? []).map((range) => ({ range, ...parseRangeAddress(range) }));
  const styleIds = new Map<Partial<ExcelJS.Style>, number>();
  const styleId = (style: Partial<ExcelJS.Style> | undefined): number => {
    if (style === undefined) return 0;
    let id = styleIds.get(style);
    if (id === undefined) {
      id = workbook.styles.addStyleModel(style, NUMBER_CELL);
      styleIds.set(style, id);
    }
    return id;
  };
  const columns: string[] = [];
  const columnName = (c: number) => (columns[c] ??= columnLetter(c));
  const rowCount = Math.max(sheet.cells.length, styles.rowCount, ...merges.map((merge) => merge.lastRow + 1));

  internals._writeColumns();
  internals._writeOpenSheetData();
  internals.startedData = true;
  let chunk: string[] = [];
  for (let r = 0; r < rowCount; r++) {
    const cells = sheet.cells[r] ?? [];
    const rowStyles = styles.row(r);
    const mergesHere = merges.filter((m) => m.firstRow <= r && r <= m.lastRow);
    const width = Math.max(cells.length, rowStyles.length, ...mergesHere.map((m) => m.lastCol + 1));
    if (width === 0) continue;
    const rowNumber = r + 1;
    const parts: string[] = [`<row r="${rowNumber}">`];
    for (let c = 0; c < width; c++) {
      let cell = cells[c];
      let style = rowStyles[c];
      // A merged area's other cells hold nothing and take the first cell's style, as ExcelJS's merge does.
      const merge = mergesHere.find((m) => m.firstCol <= c && c <= m.lastCol);
      const mergedAway = merge !== undefined && (merge.firstRow !== r || merge.firstCol !== c);
      if (mergedAway) {
        cell = undefined;
        style = styles.row(merge.firstRow)[merge.firstCol];
      } else if (cell === undefined && style === undefined) continue;
      const id = styleId(style);
      const open = `<c r="${columnName(c)}${rowNumber}"${id ? ` s="${id}"` : ''}`;
      if (cell === undefined) {
        parts.push(`${open}/>`);
        continue;
      }
      const value = toExcelJsValue(cell, () => `${sheet.name}!${cellAddress(r, c)}`);
      parts.push(cellXml(open, value, workbook));
    }
    parts.push('</row>');
    chunk.push(parts.join(''));
    if (chunk.length >= ROWS_PER_PAUSE) {
      internals.stream.write(chunk.join(''));
      chunk = [];
      progress(rowNumber, rowCount);
      await pause();
    }
  }
  if (chunk.length > 0) internals.stream.write(chunk.join(''));
  // Merge records for the sheet's mergeCells part: ExcelJS writes each as `${merge}`.
  internals._merges.push(...merges.map((merge) => merge.range));
}

/**
 * Writes the spec to an .xlsx file as a stream: one row at a time, each sheet finished and zipped before the
 * next, so a 5,000-staff school takes seconds and a few hundred MB instead of minutes and gigabytes.
 * Same cells, styles, merges, validations, conditional formats, protection, page setup, freeze panes, widths,
 * tab colours and names as the in-memory writer (write.ts); no cached formula results.
 */
export async function writeXlsxStream(
  spec: WorkbookSpec,
  path: string,
  options: XlsxProgressOptions = {},
): Promise<void> {
  checkSheetNames(spec);
  for (const name of spec.names) checkName(spec, name);
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    // One table of distinct strings (a few thousand names and labels): a smaller file, as the in-memory writer.
    useSharedStrings: true,
  });
  writeWorkbookPart(writer, spec.names);
  const sheetCount = spec.sheets.length;
  for (const [sheetIndex, sheet] of spec.sheets.entries()) {
    const worksheet = writer.addWorksheet(sheet.name, worksheetOptions(sheet)) as StreamWorksheet;
    prepareSheet(worksheet, sheet);
    await writeRows(worksheet, sheet, writer as unknown as StreamWorkbookParts, (row, rows) =>
      options.onProgress?.({ sheet: sheet.name, sheetIndex, sheetCount, row, rows }),
    );
    worksheet.commit();
    await pause();
  }
  await writer.commit();
}
