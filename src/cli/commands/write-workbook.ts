import type { SchoolCase } from '../../domain/case';
import type { DomainIssue } from '../../domain/issues';
import { ownerMarkerNames } from '../../layout/owner-markers';
import { buildCaseWorkbook } from '../../layout/workbook';
import { writeXlsxFile } from '../../xlsx/node-file';
import { writeAtomically } from '../files/atomic-write';

/** The same workbook the add-in builds; the caller has checked the output path (checkOutputPath). */
export interface WrittenCase {
  sheets: string[];
  /** What the rules found in the case (bad input, flags): printed, since the sheets show it too. */
  issues: DomainIssue[];
}

export async function writeCaseFile(schoolCase: SchoolCase, out: string): Promise<WrittenCase> {
  const built = buildCaseWorkbook(schoolCase);
  const sheetNames = built.spec.sheets.map((s) => s.name);
  const spec = { ...built.spec, names: [...built.spec.names, ...ownerMarkerNames(sheetNames)] };
  await writeAtomically(out, (temp) => writeXlsxFile(spec, temp));
  return { sheets: sheetNames, issues: built.issues };
}
