/**
 * The "Quy chế" sheet holds the workbook's settings as key/value rows the user can read and edit:
 *   A: key (machine key, e.g. "vote.quorum.numerator")  B: label (Vietnamese)  C: value  D: note / legal source
 * Each area (scoring, votes, targets) contributes sections and reads back only its own keys, so a new
 * setting never moves another area's cells. Values that formulas use get a workbook name.
 */
import type { CellValue, DataValidationSpec } from '../grid';

export const QUY_CHE_SHEET = 'Quy chế';

export interface QuyCheEntry {
  key: string;
  label: string;
  value: CellValue;
  note?: string;
  /** Workbook name bound to the value cell, e.g. "TD_QuorumNumerator", for formulas on other sheets. */
  name?: string;
  /** Validation of the value cell; its range is filled in by the sheet builder. */
  validation?: Omit<DataValidationSpec, 'range'>;
  numberFormat?: string;
}

export interface QuyCheSection {
  /** Section heading, e.g. "Bỏ phiếu". */
  title: string;
  entries: QuyCheEntry[];
}

/** Columns of the key/value block (0-based). */
export const QUY_CHE_COLUMNS = { key: 0, label: 1, value: 2, note: 3 } as const;
