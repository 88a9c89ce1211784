/** Worksheet.freezePanes. */
import { invalidArgument } from './errors';
import { MAX_COL, MAX_ROW, rect } from './geometry';
import { ClientObjectBase } from './proxy';
import type { ProxyContext, Resolver } from './proxy';
import { FakeRange } from './range';
import type { RangeTarget } from './range';
import { argumentRect } from './range-argument';
import type { SheetModel } from './sheet-model';

function checkCount(count: unknown, location: string): number {
  const n = count === undefined ? 1 : count;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw invalidArgument(location);
  return n;
}

/**
 * Each call sets the whole frozen pane: freezeRows(2) then freezeColumns(1) leaves only the column frozen.
 * Use freezeAt("A1:B2") to freeze rows and columns together.
 */
export class FakeWorksheetFreezePanes extends ClientObjectBase<SheetModel> {
  constructor(context: ProxyContext, path: string, resolver: Resolver<SheetModel>) {
    super(context, 'WorksheetFreezePanes', path, resolver);
  }

  freezeRows(count?: number): void {
    this._call('freezeRows', [count], (sheet, _model, [c]) => {
      sheet.freeze = { rows: checkCount(c, 'WorksheetFreezePanes.freezeRows'), columns: 0 };
    });
  }

  freezeColumns(count?: number): void {
    this._call('freezeColumns', [count], (sheet, _model, [c]) => {
      sheet.freeze = { rows: 0, columns: checkCount(c, 'WorksheetFreezePanes.freezeColumns') };
    });
  }

  /** The given range is the frozen top-left block. */
  freezeAt(frozenRange: FakeRange | string): void {
    this._call('freezeAt', [frozenRange], (sheet, model, [range]) => {
      const r = argumentRect(range, sheet, model, 'WorksheetFreezePanes.freezeAt');
      sheet.freeze = {
        rows: r.r0 === 0 && r.r1 < MAX_ROW ? r.r1 + 1 : 0,
        columns: r.c0 === 0 && r.c1 < MAX_COL ? r.c1 + 1 : 0,
      };
    });
  }

  unfreeze(): void {
    this._call('unfreeze', [], (sheet) => {
      sheet.freeze = { rows: 0, columns: 0 };
    });
  }

  getLocationOrNullObject(): FakeRange {
    const range = new FakeRange(
      this.context,
      `${this._path}.getLocationOrNullObject()`,
      this._from((sheet): RangeTarget | null => {
        const { rows, columns } = sheet.freeze;
        if (rows === 0 && columns === 0) return null;
        if (columns === 0) return { sheet, rect: rect(0, 0, rows - 1, MAX_COL) };
        if (rows === 0) return { sheet, rect: rect(0, 0, MAX_ROW, columns - 1) };
        return { sheet, rect: rect(0, 0, rows - 1, columns - 1) };
      }),
    );
    range._requestInstantiate();
    return range;
  }

  protected _scalarNames(): readonly string[] {
    return [];
  }

  protected _read(): unknown {
    return undefined;
  }
}
