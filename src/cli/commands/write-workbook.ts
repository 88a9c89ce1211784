import fs from 'node:fs';
import path from 'node:path';
import type { SchoolCase } from '../../domain/case';
import { ownerMarkerNames } from '../../layout/owner-markers';
import { buildCaseWorkbook } from '../../layout/workbook';
import { writeXlsxFile } from '../../xlsx/node-file';
import type { DomainIssue } from '../../domain/issues';
import { CliError } from '../load-case';

/** Writes the same workbook the add-in builds, refusing to overwrite an existing file. */
export interface WrittenCase {
  sheets: string[];
  /** What the rules found in the case (bad input, flags): printed, since the sheets show it too. */
  issues: DomainIssue[];
}

export async function writeCaseFile(
  schoolCase: SchoolCase,
  out: string,
  force: boolean,
): Promise<WrittenCase> {
  if (!out.toLowerCase().endsWith('.xlsx')) throw new CliError(`Tệp ra "${out}" phải có đuôi .xlsx.`);
  if (fs.existsSync(out) && !force) {
    throw new CliError(`Tệp "${out}" đã có. Chọn tên khác, hoặc thêm --force để ghi đè.`);
  }
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  const built = buildCaseWorkbook(schoolCase);
  const sheetNames = built.spec.sheets.map((s) => s.name);
  await writeXlsxFile({ ...built.spec, names: [...built.spec.names, ...ownerMarkerNames(sheetNames)] }, out);
  return { sheets: sheetNames, issues: built.issues };
}
