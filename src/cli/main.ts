/** The `thidua` command: the add-in's work on .xlsx and JSON files, without Excel. */
import fs from 'node:fs';
import { caseToFile } from '../domain/case';
import type { DomainIssue } from '../domain/issues';
import { parseArgs, UsageError } from './args';
import { evaluateCommand } from './commands/evaluate';
import { HELP } from './help';
import { readableJson } from './json-text';
import { CliError, loadCase, loadJsonCase } from './load-case';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

const consoleIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

function requireOut(options: Record<string, string | true>): string {
  const out = options.out;
  if (typeof out !== 'string') throw new UsageError('Thiếu tệp ra: thêm -o <tệp>.');
  return out;
}

function requireInput(positionals: string[], what: string): string {
  if (!positionals[0]) throw new UsageError(`Thiếu ${what}.`);
  return positionals[0];
}

/** Errors and warnings found while building a workbook: it is written anyway, and the sheets show them too. */
async function printProblems(io: CliIo, issues: DomainIssue[]): Promise<void> {
  const problems = issues.filter((i) => i.severity !== 'info');
  if (problems.length === 0) return;
  const { issuesReport } = await import('./report/issues-report');
  io.out(`\n${issuesReport(problems)}`);
}

/** Runs one command; returns the exit code (0 ok, 1 data errors, 2 usage or file errors). */
export async function main(argv: string[], io: CliIo = consoleIo): Promise<number> {
  try {
    const { command, positionals, options } = parseArgs(argv);
    const force = options.force === true;
    switch (command) {
      case undefined:
      case 'help':
        io.out(HELP);
        return 0;
      case 'demo': {
        const out = requireOut(options);
        const { sampleFullCase } = await import('../domain/sample');
        const schoolCase = sampleFullCase();
        if (options.json) {
          if (fs.existsSync(out) && !force) throw new CliError(`Tệp "${out}" đã có. Thêm --force để ghi đè.`);
          fs.writeFileSync(out, readableJson(caseToFile(schoolCase)));
          io.out(`Đã ghi hồ sơ JSON của trường mẫu vào ${out}.`);
          return 0;
        }
        const { writeCaseFile } = await import('./commands/write-workbook');
        const written = await writeCaseFile(schoolCase, out, force);
        io.out(`Đã lập sổ làm việc của trường mẫu: ${out}\nCác trang tính: ${written.sheets.join(', ')}`);
        await printProblems(io, written.issues);
        return 0;
      }
      case 'new': {
        const input = requireInput(positionals, 'tệp hồ sơ JSON của trường');
        const out = requireOut(options);
        const loaded = loadJsonCase(input);
        const { writeCaseFile } = await import('./commands/write-workbook');
        const written = await writeCaseFile(loaded.schoolCase, out, force);
        io.out(`Đã lập bảng lượng hóa thi đua: ${out}\nCác trang tính: ${written.sheets.join(', ')}`);
        await printProblems(io, [...loaded.issues, ...written.issues]);
        return 0;
      }
      case 'evaluate': {
        // Only evaluateCase reads the case, so a JSON score table can stay a table (much faster).
        const loaded = await loadCase(requireInput(positionals, 'tệp .xlsx hoặc .json cần tính'), {
          keepScoreTable: true,
        });
        const report = evaluateCommand(loaded, {
          json: options.json === true,
          detail: options.detail === true,
        });
        io.out(report.output);
        return report.hasErrors ? 1 : 0;
      }
      case 'export': {
        const loaded = await loadCase(requireInput(positionals, 'tệp .xlsx cần xuất'));
        const out = requireOut(options);
        const { exportCommand } = await import('./commands/export');
        const result = await exportCommand(loaded, out, force);
        io.out(result);
        return 0;
      }
      case 'gather': {
        if (positionals.length === 0) throw new UsageError('Thiếu thư mục hoặc các tệp của các trường.');
        const { gatherCommand } = await import('./commands/gather');
        const text = (key: string) =>
          typeof options[key] === 'string' ? (options[key] as string) : undefined;
        const report = await gatherCommand(positionals, {
          out: requireOut(options),
          force,
          deadline: text('deadline'),
          schoolYear: text('year'),
          phongName: text('phong'),
          schoolsFile: text('schools'),
          parentBody: text('cap-tren'),
          date: text('date'),
          signerName: text('signer'),
        });
        io.out(report.output);
        return report.hasErrors ? 1 : 0;
      }
      default:
        throw new UsageError(`Không có lệnh "${command}".`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${HELP}`);
      return 2;
    }
    if (error instanceof CliError) {
      io.err(error.message);
      return 2;
    }
    throw error;
  }
}
