import type { PageSetup } from 'exceljs';
import type { PageSetupSpec } from '../layout/grid';

/** ExcelJS's paper size code for A4 (the OOXML paperSize enumeration). */
export const EXCELJS_PAPER_A4 = 9;
/** Header and footer distances in inches: Excel's "Normal" margins. */
const HEADER_FOOTER_MARGIN = 0.3;

export function toExcelJsPageSetup(spec: PageSetupSpec): Partial<PageSetup> {
  const setup: Partial<PageSetup> = {
    paperSize: EXCELJS_PAPER_A4,
    orientation: spec.orientation,
    margins: { ...spec.margins, header: HEADER_FOOTER_MARGIN, footer: HEADER_FOOTER_MARGIN },
  };
  if (spec.fitToWidth) {
    // One page wide, as many pages tall as needed (fitToHeight 0 = automatic).
    Object.assign(setup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  }
  // ExcelJS writes the _xlnm.Print_Titles name itself from "5:6"; the contract gives "$5:$6".
  if (spec.printTitleRows) setup.printTitlesRow = spec.printTitleRows.replace(/\$/g, '');
  return setup;
}
