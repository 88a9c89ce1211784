/**
 * Replacing one area's section of "Quy chế" (the vote settings when a meeting is saved) without touching
 * anything else on the sheet. Overwrite rule: only columns A–D of the rows the section occupies now, plus
 * blank rows right below it when the new section is longer; if those rows are not blank, the old section's
 * rows are emptied and the new one goes below the last used row. A note a user typed in any other cell,
 * another area's section and the tables survive.
 */
import { rangeAddress } from '../a1';
import type { Cell, CellValue, DataValidationSpec, NamedRangeSpec, StyledRange } from '../grid';
import { QUY_CHE_COLUMNS, renderQuyCheSection, SECTION_WIDTH, type QuyCheSection } from '../quy-che';

export interface QuyCheSectionPatch {
  /** The "Quy chế" sheet, as the workbook spells it. */
  sheet: string;
  /** The section's keys all start with this ("vote."): that is how its rows are found. */
  keyPrefix: string;
  section: QuyCheSection;
}

/** The cells to write for a section patch, computed from what the sheet holds now. */
export interface QuyCheSectionWrite {
  sheet: string;
  /** Blocks of rows written in columns A–D: the new section, and the old rows it no longer uses emptied. */
  blocks: { firstRow: number; cells: Cell[][] }[];
  /** A–D rows whose validation and formats are cleared first (the old section's place), as an A1 range. */
  clearRange?: string;
  styles: StyledRange[];
  validations: DataValidationSpec[];
  /** Workbook names bound to the section's value cells: added, or replacing the names of the same name. */
  names: NamedRangeSpec[];
}

const isBlank = (value: CellValue | undefined): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/** First and last row of the section on the sheet (title and header rows above the keys included). */
function currentBlock(values: CellValue[][], keyPrefix: string): { first: number; last: number } | undefined {
  const keyRows = values
    .map((row, r) => ({ key: row?.[QUY_CHE_COLUMNS.key], r }))
    .filter(({ key }) => typeof key === 'string' && key.trim().startsWith(keyPrefix))
    .map(({ r }) => r);
  if (keyRows.length === 0) return undefined;
  const firstKey = Math.min(...keyRows);
  const header = values[firstKey - 1]?.[QUY_CHE_COLUMNS.key];
  const first = header === 'Khóa' && firstKey >= 2 ? firstKey - 2 : firstKey;
  return { first, last: Math.max(...keyRows) };
}

function rowBlank(values: CellValue[][], r: number): boolean {
  for (let c = 0; c < SECTION_WIDTH; c++) if (!isBlank(values[r]?.[c])) return false;
  return true;
}

export function planQuyCheSectionWrite(values: CellValue[][], patch: QuyCheSectionPatch): QuyCheSectionWrite {
  const height = 2 + patch.section.entries.length;
  const old = currentBlock(values, patch.keyPrefix);
  let firstRow: number;
  let oldRows = 0;
  if (old) {
    oldRows = old.last - old.first + 1;
    let room = oldRows;
    while (room < height && rowBlank(values, old.first + room)) room++;
    firstRow = room >= height ? old.first : values.length + 1;
  } else {
    firstRow = values.length + 1;
  }
  const rendered = renderQuyCheSection(patch.sheet, patch.section, firstRow);
  const emptyCell = (): Cell => ({ value: null });
  const cells: Cell[][] = rendered.rows.map((row) =>
    Array.from({ length: SECTION_WIDTH }, (_, c) => row[c] ?? emptyCell()),
  );
  const blocks = [{ firstRow, cells }];
  // Old rows the new section does not cover are emptied (A–D only).
  if (old) {
    const blank = () => Array.from({ length: SECTION_WIDTH }, emptyCell);
    const stale: number[] = [];
    for (let r = old.first; r <= old.last; r++)
      if (r < firstRow || r >= firstRow + cells.length) stale.push(r);
    for (const r of stale) {
      const last = blocks[blocks.length - 1];
      if (blocks.length > 1 && last.firstRow + last.cells.length === r) last.cells.push(blank());
      else blocks.push({ firstRow: r, cells: [blank()] });
    }
  }
  return {
    sheet: patch.sheet,
    blocks,
    ...(old ? { clearRange: rangeAddress(old.first, 0, old.first + oldRows - 1, SECTION_WIDTH - 1) } : {}),
    styles: rendered.styles,
    validations: rendered.validations,
    names: rendered.names,
  };
}
