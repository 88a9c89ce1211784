import type { CellLocation } from '../../domain/issues';
import { selectCell } from '../navigation';

/** Shows the cell an issue or a flag is about: activates its sheet and selects it (one sync). */
export function goToCell(context: Excel.RequestContext, location: CellLocation): Promise<void> {
  return selectCell(context, location.sheet, location.address);
}
