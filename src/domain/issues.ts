/**
 * A problem found in the user's input or results. Every layer reports problems this way so the pane,
 * the CLI and the export can list them, each pointing at the cell it concerns when there is one.
 */
export type IssueSeverity = 'error' | 'warning' | 'info';

export interface CellLocation {
  sheet: string;
  /** A1 address on that sheet, e.g. "F12". */
  address: string;
}

export interface DomainIssue {
  /** Stable machine code, e.g. "score.above-max". */
  code: string;
  severity: IssueSeverity;
  /** Vietnamese, complete sentence, names the person / cell / value concerned. */
  message: string;
  location?: CellLocation;
  /** Legal or internal source of the rule, e.g. "NĐ 91/2017/NĐ-CP Điều 9 khoản 3". */
  source?: string;
}
