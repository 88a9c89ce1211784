import { readFile } from 'node:fs/promises';
import { columnIndex } from '../layout/a1';
import type { CellValue, NamedRangeSpec } from '../layout/grid';
import type { SheetGrid, WorkbookGrids } from './read';
import { slideFormula } from './slide-formula';
import type { XlsxProgressOptions } from './progress';
import { zipEntries, type ZipEntries } from './zip-entries';

/**
 * Reads an .xlsx into grids without building a workbook model: each sheet's XML is inflated alone and scanned
 * for its cells' values and formulas (styles, validations and the rest are not needed by grids), then dropped.
 * The same grids ExcelJS's in-memory reader gives (read.ts): merged-away cells left out, a constant '' read as
 * empty, shared formulas given each cell's own references, Excel's _xlnm.* names left out; date-formatted
 * numbers stay serial numbers, as the grid contract keeps them.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return ENTITIES[entity];
  });
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? unescapeXml(match[1]) : undefined;
}

/** Text of every <t> of a string item, phonetic runs (<rPh>) left out, as Excel shows it. */
function itemText(xml: string): string {
  const withoutPhonetic = xml.includes('<rPh') ? xml.replace(/<rPh[\s\S]*?<\/rPh>/g, '') : xml;
  let text = '';
  for (const match of withoutPhonetic.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) text += match[1];
  return unescapeXml(text);
}

function sharedStrings(zip: ZipEntries, path: string | undefined): string[] {
  const data = path ? zip.read(path) : undefined;
  if (!data) return [];
  const xml = data.toString('utf8');
  return Array.from(xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g), (m) => (m[1] ? itemText(m[1]) : ''));
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl'];
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

interface Part {
  name: string;
  path: string;
}

interface WorkbookParts {
  sheets: Part[];
  names: NamedRangeSpec[];
  sharedStrings?: string;
}

/** One or more sheet ranges, e.g. 'Tổng hợp năm'!$E$5:$E$65 — the only names grids carry (as ExcelJS). */
const RANGE_REFERENCE =
  /^(?:'(?:[^']|'')+'|[^'!,\s]+)!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?(?:,(?:'(?:[^']|'')+'|[^'!,\s]+)!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)*$/;

function workbookParts(zip: ZipEntries): WorkbookParts {
  const workbook = zip.read('xl/workbook.xml')?.toString('utf8');
  const rels = zip.read('xl/_rels/workbook.xml.rels')?.toString('utf8');
  if (!workbook || !rels) {
    throw new Error(
      'Tệp không có phần sổ tính (xl/workbook.xml): có thể đây không phải tệp .xlsx của Excel.',
    );
  }
  const targets = new Map<string, { type: string; target: string }>();
  for (const [tag] of rels.matchAll(/<Relationship\s[^>]*>/g)) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id && target) targets.set(id, { type: attribute(tag, 'Type') ?? '', target: resolveTarget(target) });
  }
  const sheets: Part[] = [];
  for (const [tag] of workbook.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)) {
    const name = attribute(tag, 'name');
    const id = /\sr:id="([^"]*)"/.exec(tag)?.[1];
    const target = id ? targets.get(id) : undefined;
    // Chart sheets have no cells: ExcelJS leaves them out of its worksheets too.
    if (name !== undefined && target && target.type.endsWith('/worksheet'))
      sheets.push({ name, path: target.target });
  }
  const names: NamedRangeSpec[] = [];
  for (const match of workbook.matchAll(
    /<(?:\w+:)?definedName\s([^>]*)>([\s\S]*?)<\/(?:\w+:)?definedName>/g,
  )) {
    const name = attribute(` ${match[1]}`, 'name');
    const reference = unescapeXml(match[2]).trim();
    if (!name || name.startsWith('_xlnm.') || !RANGE_REFERENCE.test(reference)) continue;
    names.push({ name, reference });
  }
  const shared = [...targets.values()].find((t) => t.type.endsWith('/sharedStrings'));
  return { sheets, names, sharedStrings: shared?.target };
}

interface MergedArea {
  firstRow: number;
  firstCol: number;
  lastRow: number;
  lastCol: number;
}

function mergedAreas(xml: Buffer, from: number): MergedArea[] {
  const start = xml.indexOf('<mergeCells', from);
  if (start < 0) return [];
  const end = xml.indexOf('</mergeCells>', start);
  const part = xml.toString('latin1', start, end < 0 ? xml.length : end);
  const areas: MergedArea[] = [];
  for (const m of part.matchAll(/ref="\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?"/g)) {
    const firstCol = columnIndex(m[1]);
    const firstRow = Number(m[2]) - 1;
    areas.push({
      firstRow,
      firstCol,
      lastRow: m[4] ? Number(m[4]) - 1 : firstRow,
      lastCol: m[3] ? columnIndex(m[3]) : firstCol,
    });
  }
  return areas;
}

/** Cell reference "AB12" → [row, column], 0-based. */
function parseReference(letters: string, digits: string): [number, number] {
  let col = 0;
  for (let i = 0; i < letters.length; i++) col = col * 26 + (letters.charCodeAt(i) - 64);
  return [Number(digits) - 1, col - 1];
}

/** A copy of a (short) piece of a big string, so keeping the piece does not keep the whole chunk alive. */
function detached(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

function cellValue(
  type: string | undefined,
  raw: string | undefined,
  content: string,
  strings: string[],
): CellValue {
  switch (type) {
    case 's':
      return raw === undefined ? null : (strings[Number(raw)] ?? null);
    case 'inlineStr':
      return detached(itemText(content));
    case 'str':
    case 'e':
      return raw === undefined ? null : detached(unescapeXml(raw));
    case 'b':
      return raw === undefined ? null : raw.trim() === '1' || raw.trim() === 'true';
    case 'd': {
      if (raw === undefined) return null;
      const time = Date.parse(raw.trim());
      // Days since Excel's 1900 epoch, as ExcelJS's dates become in read.ts.
      return Number.isNaN(time) ? detached(unescapeXml(raw)) : time / 86_400_000 + 25_569;
    }
    default: {
      if (raw === undefined || raw.trim() === '') return null;
      const number = Number(raw);
      return Number.isNaN(number) ? null : number;
    }
  }
}

/** Each sheet's XML is decoded about this many bytes at a time, cut after a row. */
const CHUNK_BYTES = 1 << 20;
const CELL_OR_ROW = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)|<row\b([^>]*)>/g;
const REFERENCE = /\sr="([A-Z]+)(\d+)"/;
const TYPE = /\st="(\w+)"/;
const VALUE = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/;
const FORMULA = /<f(\s[^>]*)?(?:\/>|>([\s\S]*?)<\/f>)/;

interface ScannedCell {
  row: number;
  col: number;
  attributes: string;
  content: string;
}

/** Calls `visit` for every cell of the sheet's data, in order. */
function scanCells(xml: Buffer, visit: (cell: ScannedCell) => void): void {
  const dataStart = xml.indexOf('<sheetData');
  if (dataStart < 0) return;
  const dataEnd = xml.indexOf('</sheetData>', dataStart);
  const end = dataEnd < 0 ? xml.length : dataEnd;
  let currentRow = -1;
  let currentCol = -1;
  for (let from = dataStart; from < end;) {
    const cut = xml.indexOf('</row>', Math.min(from + CHUNK_BYTES, end));
    const to = cut < 0 || cut >= end ? end : cut + 6;
    const text = xml.toString('utf8', from, to);
    from = to;
    CELL_OR_ROW.lastIndex = 0;
    for (let m = CELL_OR_ROW.exec(text); m; m = CELL_OR_ROW.exec(text)) {
      if (m[3] !== undefined) {
        // Rows and cells without r count on from the previous one (the attribute is optional in the format).
        const number = /\sr="(\d+)"/.exec(m[3])?.[1];
        currentRow = number ? Number(number) - 1 : currentRow + 1;
        currentCol = -1;
        continue;
      }
      const attributes = m[1];
      const reference = REFERENCE.exec(attributes);
      let row = currentRow;
      let col = currentCol + 1;
      if (reference) [row, col] = parseReference(reference[1], reference[2]);
      currentCol = col;
      if (m[2] !== undefined && m[2] !== '') visit({ row, col, attributes, content: m[2] });
    }
  }
}

function cellName(row: number, col: number): string {
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

/** The cell's formula with "=", a shared formula's clone given its own references; null when it has none. */
function formulaOf(
  cell: ScannedCell,
  masters: Map<string, { formula: string; address: string }>,
): string | null {
  const f = cell.content.includes('<f') ? FORMULA.exec(cell.content) : null;
  if (!f) return null;
  const attrs = f[1] ?? '';
  const text = f[2] !== undefined ? unescapeXml(f[2]) : '';
  const si = /\ssi="(\d+)"/.exec(attrs)?.[1];
  if (si !== undefined && /\st="shared"/.test(attrs)) {
    const address = cellName(cell.row, cell.col);
    if (text !== '') masters.set(si, { formula: text, address });
    else {
      const master = masters.get(si);
      return master ? `=${slideFormula(master.formula, master.address, address)}` : null;
    }
  }
  return text === '' ? null : `=${text}`;
}

interface SheetValues {
  values: CellValue[][];
  rowCount: number;
  colCount: number;
}

function rectangle<T>(rows: T[][], rowCount: number, colCount: number): T[][] {
  const out: T[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const row = rows[r] ?? [];
    const full = new Array<T>(colCount);
    for (let c = 0; c < colCount; c++) full[c] = (row[c] ?? null) as T;
    out.push(full);
  }
  return out;
}

/** Whether the cell has a formula, without building its text (a shared formula's clone needs its master). */
function hasFormula(cell: ScannedCell, masterIds: Set<string>): boolean {
  const f = cell.content.includes('<f') ? FORMULA.exec(cell.content) : null;
  if (!f) return false;
  const attrs = f[1] ?? '';
  const si = /\ssi="(\d+)"/.exec(attrs)?.[1];
  if (si !== undefined && /\st="shared"/.test(attrs)) {
    if (f[2] !== undefined && f[2] !== '') masterIds.add(si);
    return masterIds.has(si);
  }
  return f[2] !== undefined && f[2] !== '';
}

/** The values pass: every constant and cached result; formulas are only noted, for the grid's size. */
function readValues(xml: Buffer, strings: string[]): SheetValues {
  const merged = mergedAreas(xml, Math.max(0, xml.indexOf('</sheetData>')));
  const rows: CellValue[][] = [];
  const masterIds = new Set<string>();
  let rowCount = 0;
  let colCount = 0;
  scanCells(xml, (cell) => {
    if (merged.length > 0 && isMergedAway(cell, merged)) return;
    const formula = hasFormula(cell, masterIds);
    const type = TYPE.exec(cell.attributes)?.[1];
    const raw = VALUE.exec(cell.content)?.[1];
    const plain = cellValue(type, raw, cell.content, strings);
    // A constant '' (some writers store one) is an empty cell, as Office.js reports it; a formula's "" stays.
    const value = !formula && plain === '' ? null : plain;
    if (!formula && value === null) return;
    (rows[cell.row] ??= [])[cell.col] = value;
    rowCount = Math.max(rowCount, cell.row + 1);
    colCount = Math.max(colCount, cell.col + 1);
  });
  return { values: rectangle(rows, rowCount, colCount), rowCount, colCount };
}

/** The formulas pass, run only when someone reads a grid's formulas. */
function readFormulas(xml: Buffer, rowCount: number, colCount: number): (string | null)[][] {
  const merged = mergedAreas(xml, Math.max(0, xml.indexOf('</sheetData>')));
  const rows: (string | null)[][] = [];
  const masters = new Map<string, { formula: string; address: string }>();
  scanCells(xml, (cell) => {
    if (merged.length > 0 && isMergedAway(cell, merged)) return;
    const formula = formulaOf(cell, masters);
    if (formula !== null) (rows[cell.row] ??= [])[cell.col] = detached(formula);
  });
  return rectangle(rows, rowCount, colCount);
}

/**
 * One sheet's grid. Formulas are read when first asked for (the CLI's evaluate and export never ask): a
 * 5,000-staff school has 1.3 million of them, and holding them as strings costs seconds and hundreds of MB.
 */
function readSheet(zip: ZipEntries, name: string, path: string, strings: string[]): SheetGrid {
  const load = () => {
    const xml = zip.read(path);
    if (!xml) throw new Error(`Tệp thiếu phần "${path}" của trang tính "${name}": tệp có thể đã hỏng.`);
    return xml;
  };
  const { values, rowCount, colCount } = readValues(load(), strings);
  let formulas: (string | null)[][] | undefined;
  const grid = { name, values } as SheetGrid;
  Object.defineProperty(grid, 'formulas', {
    enumerable: true,
    configurable: true,
    get: () => (formulas ??= readFormulas(load(), rowCount, colCount)),
    set: (replaced: (string | null)[][]) => {
      formulas = replaced;
    },
  });
  return grid;
}

/** Excel keeps a merged area's value in its first cell only; the others read as empty. */
function isMergedAway(cell: { row: number; col: number }, areas: MergedArea[]): boolean {
  return areas.some(
    (a) =>
      a.firstRow <= cell.row &&
      cell.row <= a.lastRow &&
      a.firstCol <= cell.col &&
      cell.col <= a.lastCol &&
      (cell.row !== a.firstRow || cell.col !== a.firstCol),
  );
}

/** Grids from .xlsx bytes (Node: the zip is inflated with Node's zlib, one part at a time). */
export function gridsFromZipBytes(data: Buffer, options: XlsxProgressOptions = {}): WorkbookGrids {
  const zip = zipEntries(data);
  const parts = workbookParts(zip);
  const strings = sharedStrings(zip, parts.sharedStrings);
  const sheets = parts.sheets.map(({ name, path }, sheetIndex) => {
    options.onProgress?.({ sheet: name, sheetIndex, sheetCount: parts.sheets.length });
    return readSheet(zip, name, path, strings);
  });
  return { sheets, names: parts.names };
}

export async function readXlsxStream(
  path: string,
  options: XlsxProgressOptions = {},
): Promise<WorkbookGrids> {
  return gridsFromZipBytes(await readFile(path), options);
}

/** Compressed bytes inflated to see a sheet's first cell; doubled while the cell is not yet in sight. */
const PEEK_BYTES = 4096;

/** The value of a sheet's A1 from the start of its XML; undefined when the start does not reach it. */
function firstCellFromStart(xml: Buffer, strings: string[]): { value: CellValue } | 'not-yet' {
  const text = xml.toString('utf8');
  const data = text.indexOf('<sheetData');
  if (data < 0) return 'not-yet';
  const cell = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)|<\/sheetData>|<sheetData\s*\/>/g;
  cell.lastIndex = data;
  const m = cell.exec(text);
  if (!m) return 'not-yet';
  if (m[1] === undefined) return { value: null }; // no cells at all
  const reference = REFERENCE.exec(m[1]);
  // Without r, a first cell is A1 (the attribute is optional in the format).
  if (reference && (reference[1] !== 'A' || reference[2] !== '1')) return { value: null };
  const content = m[2] ?? '';
  return {
    value: cellValue(TYPE.exec(m[1])?.[1], VALUE.exec(content)?.[1], content, strings),
  };
}

/** A sheet's values only, found by what its A1 says. */
export interface MarkedSheet {
  name: string;
  values: CellValue[][];
  /** Bytes of XML inflated to find and read it, every part counted: what the read cost. */
  inflatedBytes: number;
}

/**
 * The first sheet whose A1 holds `marker`, read alone: sheets named `preferredName` are looked at first, then
 * the others from the last (where exports put a machine-readable sheet). Only the first few kilobytes of a
 * sheet are inflated to see its A1, and no other sheet is read in full, so a province's thousands of files
 * cost one small sheet each. Undefined when no sheet has the marker.
 */
export function markedSheetFromZipBytes(
  data: Buffer,
  marker: string,
  preferredName?: string,
): MarkedSheet | undefined {
  const zip = zipEntries(data);
  const parts = workbookParts(zip);
  let strings: string[] | undefined;
  const stringTable = () => (strings ??= sharedStrings(zip, parts.sharedStrings));
  const preferred = (name: string) =>
    preferredName !== undefined && name.normalize('NFC').startsWith(preferredName.normalize('NFC'));
  const order = [...parts.sheets]
    .reverse()
    .sort((a, b) => Number(preferred(b.name)) - Number(preferred(a.name)));
  for (const { name, path } of order) {
    let first: { value: CellValue } | 'not-yet' = 'not-yet';
    for (let bytes = PEEK_BYTES; first === 'not-yet'; bytes *= 2) {
      const start = zip.readStart(path, bytes);
      if (!start) break;
      first = firstCellFromStart(start, stringTable());
      if (first === 'not-yet' && bytes >= data.length) break;
    }
    if (first === 'not-yet' || first.value !== marker) continue;
    const xml = zip.read(path);
    if (!xml) continue;
    // Detached: the caller keeps a few of these strings per file, and each would otherwise keep alive the
    // file's whole shared-strings text it was cut from.
    const values = readValues(xml, stringTable()).values.map((row) =>
      row.map((v) => (typeof v === 'string' ? detached(v) : v)),
    );
    return { name, values, inflatedBytes: zip.inflatedBytes() };
  }
  return undefined;
}
