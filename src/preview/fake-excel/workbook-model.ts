/**
 * The workbook itself, as Excel would hold it: sheets in tab order, workbook names, the active sheet and
 * document properties. Every rule Excel enforces on sheets and names is checked here, so the error reaches
 * the batch that caused it with Excel's code.
 */
import { apiError, invalidArgument, itemNotFound } from './errors';
import { FormulaEngine } from './formula-engine';
import { renameSheetInFormula } from './formula-text';
import type { CellScalar } from './formula-engine';
import { qualifiedAddress, tryParseReference } from './geometry';
import type { DisplayLocale } from './number-format';
import type { Rect } from './geometry';
import { SheetModel } from './sheet-model';

export interface NamedItemModel {
  name: string;
  /** "=Sheet1!$A$1:$B$2", "=0.7", or a text constant (no "=") as Excel keeps a reference given without "=". */
  formula: string;
  comment: string;
  visible: boolean;
}

export interface DocumentPropertiesModel {
  title: string;
  subject: string;
  author: string;
  keywords: string;
  comments: string;
  category: string;
  company: string;
  manager: string;
  lastAuthor: string;
  creationDate: Date;
}

const FORBIDDEN_SHEET_CHARS = /[:\\/?*[\]]/;

/** Excel's rules for a sheet name, without the uniqueness check. */
export function isValidSheetName(name: unknown): name is string {
  return (
    typeof name === 'string' &&
    name.length > 0 &&
    name.length <= 31 &&
    !FORBIDDEN_SHEET_CHARS.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== 'history'
  );
}

/** Excel's rules for a defined name: letter, "_" or "\" first; no spaces; not a cell reference. */
export function isExcelName(name: unknown): name is string {
  if (typeof name !== 'string' || name.length === 0 || name.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return false;
  if (/^[Rr]$|^[Cc]$/.test(name)) return false;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) && tryParseReference(name)) return false;
  return !/^[Rr]\d*[Cc]\d*$/.test(name);
}

export class WorkbookModel {
  readonly engine = new FormulaEngine();
  sheets: SheetModel[] = [];
  names: NamedItemModel[] = [];
  activeSheetId = '';
  /** Locale of Range.text and of what userEdit parses as a number. */
  displayLocale: DisplayLocale = 'en-US';
  properties: DocumentPropertiesModel = {
    title: '',
    subject: '',
    author: '',
    keywords: '',
    comments: '',
    category: '',
    company: '',
    manager: '',
    lastAuthor: '',
    creationDate: new Date(),
  };
  private nextSheetNumber = 1;

  constructor(sheetNames: readonly string[]) {
    for (const name of sheetNames.length > 0 ? sheetNames : ['Sheet1']) {
      if (!isValidSheetName(name) || this.findSheet(name)) {
        throw new Error(
          `Excel không nhận tên trang "${name}": tên phải khác nhau, dài 1–31 ký tự, không có : \\ / ? * [ ] và không bắt đầu hay kết thúc bằng dấu '.`,
        );
      }
      this.addSheet(name, 'fake-excel');
    }
    this.activeSheetId = this.sheets[0].id;
  }

  /** By name (case-insensitive, as Excel compares sheet names) or by id, as WorksheetCollection.getItem. */
  findSheet(key: string): SheetModel | undefined {
    const wanted = key.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted) ?? this.sheets.find((s) => s.id === key);
  }

  requireSheet(name: string, location: string): SheetModel {
    const sheet = this.findSheet(name);
    if (!sheet) throw itemNotFound(location);
    return sheet;
  }

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** A sheet an older proxy still points to; ItemNotFound once it has been deleted. */
  alive(sheet: SheetModel, location: string): SheetModel {
    if (sheet.deleted) throw itemNotFound(location);
    return sheet;
  }

  get activeSheet(): SheetModel {
    return this.sheetById(this.activeSheetId) ?? this.sheets[0];
  }

  position(sheet: SheetModel): number {
    return this.sheets.indexOf(sheet);
  }

  addSheet(name: string | undefined, location: string): SheetModel {
    let chosen = name;
    if (chosen === undefined || chosen === null) {
      let n = this.sheets.length + 1;
      while (this.findSheet(`Sheet${n}`)) n++;
      chosen = `Sheet${n}`;
    }
    this.checkNewName(chosen, undefined, location);
    const engineId = this.engine.addSheet(chosen);
    const id = `{${String(this.nextSheetNumber++).padStart(8, '0')}-0001-0000-0000-000000000000}`;
    const sheet = new SheetModel(id, chosen, engineId);
    this.sheets.push(sheet);
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: unknown, location: string): void {
    if (name === sheet.name) return;
    this.checkNewName(name, sheet, location);
    const from = sheet.name;
    this.engine.renameSheet(sheet.engineId, from, name);
    sheet.name = name;
    // HyperFormula already follows the rename inside its named expressions; keep our text in step.
    for (const item of this.names) {
      if (item.formula.startsWith('=')) item.formula = renameSheetInFormula(item.formula, from, name);
    }
  }

  deleteSheet(sheet: SheetModel, location: string): void {
    const visible = this.sheets.filter((s) => s.visibility === 'Visible');
    if (this.sheets.length === 1 || (visible.length === 1 && visible[0] === sheet)) {
      throw apiError('InvalidOperation', location);
    }
    const index = this.position(sheet);
    this.engine.removeSheet(sheet.engineId);
    this.sheets.splice(index, 1);
    sheet.deleted = true;
    if (this.activeSheetId === sheet.id) {
      const next = this.sheets
        .slice(index)
        .concat(this.sheets.slice(0, index))
        .find((s) => s.visibility === 'Visible');
      this.activeSheetId = (next ?? this.sheets[0]).id;
    }
  }

  moveSheet(sheet: SheetModel, position: unknown, location: string): void {
    if (
      typeof position !== 'number' ||
      !Number.isInteger(position) ||
      position < 0 ||
      position >= this.sheets.length
    ) {
      throw invalidArgument(location);
    }
    this.sheets.splice(this.position(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  setVisibility(sheet: SheetModel, visibility: unknown, location: string): void {
    if (visibility !== 'Visible' && visibility !== 'Hidden' && visibility !== 'VeryHidden') {
      throw invalidArgument(location);
    }
    const othersVisible = this.sheets.some((s) => s !== sheet && s.visibility === 'Visible');
    if (visibility !== 'Visible' && !othersVisible) throw apiError('InvalidOperation', location);
    sheet.visibility = visibility;
    if (visibility !== 'Visible' && this.activeSheetId === sheet.id) {
      this.activeSheetId = (this.sheets.find((s) => s.visibility === 'Visible') ?? sheet).id;
    }
  }

  activate(sheet: SheetModel, location: string): void {
    if (sheet.visibility !== 'Visible') throw apiError('InvalidOperation', location);
    this.activeSheetId = sheet.id;
  }

  findName(name: string): NamedItemModel | undefined {
    const wanted = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === wanted);
  }

  addName(name: unknown, formula: string, comment: unknown, location: string): NamedItemModel {
    if (!isExcelName(name)) throw invalidArgument(location);
    if (this.findName(name)) throw apiError('ItemAlreadyExists', location);
    if (!this.engine.isValidName(name)) {
      throw invalidArgument(
        location,
        `Fake Excel: HyperFormula cannot hold the name "${name}" (use ASCII letters, digits, "_" and ".").`,
      );
    }
    if (formula.startsWith('=') && !this.engine.isValidFormula(formula)) throw invalidArgument(location);
    const item: NamedItemModel = {
      name,
      formula,
      comment: typeof comment === 'string' ? comment : '',
      visible: true,
    };
    this.engine.setName(name, formula);
    this.names.push(item);
    return item;
  }

  deleteName(item: NamedItemModel): void {
    this.engine.removeName(item.name);
    this.names = this.names.filter((n) => n !== item);
  }

  /** The sheet and rectangle a name refers to, when it refers to exactly one range. */
  nameRange(item: NamedItemModel): { sheet: SheetModel; rect: Rect } | null {
    if (!item.formula.startsWith('=')) return null;
    const parsed = tryParseReference(item.formula.slice(1));
    if (!parsed?.sheet) return null;
    const sheet = this.findSheet(parsed.sheet);
    return sheet ? { sheet, rect: parsed.rect } : null;
  }

  /** NamedItem.type: "Range" for a reference, else the type of what the formula gives. */
  nameType(item: NamedItemModel): string {
    if (this.nameRange(item)) return 'Range';
    const value = this.nameValue(item);
    if (typeof value === 'boolean') return 'Boolean';
    if (typeof value === 'number') return 'Double';
    return typeof value === 'string' && value.startsWith('#') ? 'Error' : 'String';
  }

  /** NamedItem.value: the address for a range ("Sheet1!$A$1:$B$2"), else the computed value. */
  nameValue(item: NamedItemModel): CellScalar {
    const range = this.nameRange(item);
    if (range) return qualifiedAddress(range.sheet.name, range.rect, true);
    if (!item.formula.startsWith('=')) return item.formula;
    const value = this.engine.calculate(item.formula, this.sheets[0].engineId);
    return Array.isArray(value) ? (value[0]?.[0] ?? '') : value;
  }

  private checkNewName(
    name: unknown,
    self: SheetModel | undefined,
    location: string,
  ): asserts name is string {
    if (!isValidSheetName(name)) throw invalidArgument(location);
    const clash = this.findSheet(name);
    if (clash && clash !== self) throw apiError('ItemAlreadyExists', location);
  }
}
