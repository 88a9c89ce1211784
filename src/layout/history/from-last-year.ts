/**
 * The new year's case from last year's workbook as values (a file the user picked, read by an adapter):
 * what the pane's "Từ năm trước" button and `thidua new --from` both do, so the two never differ.
 *
 * Not exported from layout/history's index: it reads a whole case workbook, and layout/workbook imports that
 * index to build "Lịch sử"; importing it by path keeps the two folders free of a cycle.
 */
import { evaluateCase } from '../../domain/case';
import { nextYearCase, type NextYearResult } from '../../domain/history';
import type { CellValue } from '../grid';
import type { WorkbookName } from '../owner-markers';
import { readCaseWorkbook } from '../workbook/read-case';

/** A workbook's sheets by name and its workbook names: the shape both adapters' readers give. */
export interface WorkbookValues {
  sheets: readonly { name: string; values: CellValue[][] }[];
  names?: readonly WorkbookName[];
}

/**
 * `newYear`: the new school year's first calendar year (2022 for 2022-2023); the year after the old one
 * when absent. Issues: the old workbook's read problems (errors and warnings), then the carry-over's.
 */
export function nextYearFromWorkbook(last: WorkbookValues, newYear?: number): NextYearResult {
  const values = Object.fromEntries(last.sheets.map((s) => [s.name, s.values]));
  const read = readCaseWorkbook(values, { names: last.names ?? [] });
  if ('missing' in read) return { issues: read.issues };
  const readIssues = read.issues.filter((i) => i.severity !== 'info');
  const next = nextYearCase(read.schoolCase, evaluateCase(read.schoolCase), newYear);
  return { ...next, issues: [...readIssues, ...next.issues] };
}
