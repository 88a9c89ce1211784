/** A range handed to a method (freezeAt, setPrintTitleRows, setPosition…): a Range proxy or an address. */
import { invalidArgument } from './errors';
import { tryParseReference } from './geometry';
import type { Rect } from './geometry';
import { FakeRange } from './range';
import type { SheetModel } from './sheet-model';
import type { WorkbookModel } from './workbook-model';

/** A Range proxy or an address string given as an argument, resolved on `sheet` when the batch runs. */
export function argumentRect(arg: unknown, sheet: SheetModel, model: WorkbookModel, location: string): Rect {
  if (arg instanceof FakeRange) {
    const target = arg._resolve(model);
    if (!target || target.sheet !== sheet) throw invalidArgument(location);
    return target.rect;
  }
  if (typeof arg !== 'string') throw invalidArgument(location);
  const parsed = tryParseReference(arg);
  if (!parsed || (parsed.sheet && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase())) {
    throw invalidArgument(location);
  }
  return parsed.rect;
}
