/** Reads a school's case from a .xlsx workbook (made by Thi Đua) or from a JSON case file. */
import fs from 'node:fs';
import path from 'node:path';
import { caseFromFile, type CaseFromFileOptions, type SchoolCase, type SchoolCaseFile } from '../domain/case';
import type { DomainIssue } from '../domain/issues';
import type { ReadCaseResult } from '../layout/workbook';
import { validateCaseFile } from './validate-case-file';

export class CliError extends Error {}

export interface LoadedCase {
  schoolCase: SchoolCase;
  /** Set when the case came from a workbook. */
  workbook?: ReadCaseResult;
  issues: DomainIssue[];
}

/** `options` apply to a JSON case file (see caseFromFile). */
export async function loadCase(file: string, options: CaseFromFileOptions = {}): Promise<LoadedCase> {
  if (!fs.existsSync(file)) throw new CliError(`Không tìm thấy tệp "${file}".`);
  const ext = path.extname(file).toLowerCase();
  if (ext === '.json') return loadJsonCase(file, options);
  if (ext === '.xlsx') return loadWorkbookCase(file);
  throw new CliError(`Tệp "${file}" không phải .xlsx hay .json: Thi Đua chỉ đọc hai loại tệp này.`);
}

export function loadJsonCase(file: string, options: CaseFromFileOptions = {}): LoadedCase {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CliError(`Tệp "${file}" không phải JSON hợp lệ: ${(error as Error).message}`);
  }
  const problems = validateCaseFile(data);
  if (problems.length > 0) {
    throw new CliError(
      [
        `Tệp "${file}" chưa đúng định dạng hồ sơ (docs/case-format.md):`,
        ...problems.map((p) => `  - ${p}`),
      ].join('\n'),
    );
  }
  const { schoolCase, issues } = caseFromFile(data as SchoolCaseFile, options);
  if (!schoolCase) throw new CliError(issues.map((i) => i.message).join('\n'));
  return { schoolCase, issues };
}

async function loadWorkbookCase(file: string): Promise<LoadedCase> {
  // Loaded here, not at the top: ExcelJS alone takes longer to load than a JSON case takes to evaluate.
  const { readXlsxFile } = await import('../xlsx/node-file');
  const { readCaseWorkbook } = await import('../layout/workbook');
  let sheets;
  try {
    sheets = await readXlsxFile(file);
  } catch (error) {
    throw new CliError(`Không đọc được sổ làm việc "${file}": ${(error as Error).message}`);
  }
  const values = Object.fromEntries(sheets.sheets.map((s) => [s.name, s.values]));
  const read = readCaseWorkbook(values);
  if ('missing' in read) {
    throw new CliError(
      [
        `"${file}" không phải sổ làm việc do Thi Đua lập:`,
        ...read.issues.map((i) => `  - ${i.message}`),
      ].join('\n'),
    );
  }
  return { schoolCase: read.schoolCase, workbook: read, issues: read.issues };
}
