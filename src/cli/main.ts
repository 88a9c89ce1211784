/** The `thidua` command: the add-in's work on .xlsx and JSON files, without Excel. */
import fs from 'node:fs';
import { caseToFile, type SchoolCase } from '../domain/case';
import type { SampleSchoolCase } from '../domain/sample/case';
import type { DomainIssue } from '../domain/issues';
import { parseSchoolYearLabel } from '../domain/history/title-text';
import { parseVietnameseDate } from '../domain/text/dates';
import { checkArgs, parseArgs, UsageError, type CommandSpec, type ParsedArgs } from './args';
import { evaluateCommand } from './commands/evaluate';
import { writeTextAtomically } from './files/atomic-write';
import { CliError } from './files/cli-error';
import { fileError, isFsError } from './files/fs-errors';
import { checkOutputPath } from './files/output-path';
import { HELP } from './help';
import { readableJson } from './json-text';
import { loadCase, loadJsonCase } from './load-case';
import { startProgress, type Progress } from './progress';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Progress lines; absent where nobody watches (stderr not a terminal, tests). */
  progress?: (text: string) => void;
}

const consoleIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  progress: process.stderr.isTTY ? (text) => process.stderr.write(`${text}\n`) : undefined,
};

const COMMANDS: Record<string, CommandSpec> = {
  help: { options: [], minFiles: 0, maxFiles: 1 },
  demo: { options: ['out', 'json', 'force', 'mau-phong', 'progress'], minFiles: 0, maxFiles: 0 },
  new: {
    // `--from <năm-trước.xlsx>` takes the place of the JSON file; `--year` names the new school year then.
    options: ['out', 'force', 'progress', 'from', 'year'],
    minFiles: 0,
    maxFiles: 1,
    files: 'tệp hồ sơ JSON của trường',
  },
  evaluate: {
    options: ['json', 'detail', 'progress'],
    minFiles: 1,
    maxFiles: Infinity,
    files: 'tệp .xlsx hoặc .json cần tính (hoặc một thư mục)',
  },
  export: {
    options: ['out', 'force', 'date', 'progress'],
    minFiles: 1,
    maxFiles: 1,
    files: 'tệp .xlsx cần xuất',
  },
  gather: {
    options: [
      'out',
      'force',
      'deadline',
      'year',
      'phong',
      'schools',
      'cap-tren',
      'date',
      'signer',
      'danh-sach-truong',
      'progress',
    ],
    minFiles: 1,
    maxFiles: Infinity,
    files: 'thư mục hoặc các tệp mà các trường gửi',
  },
};

function requireOut(options: Record<string, string | true>): string {
  const out = options.out;
  if (typeof out !== 'string' || out === '') throw new UsageError('Thiếu tệp ra: thêm -o <tệp>.');
  return out;
}

const hasErrors = (issues: DomainIssue[]) => issues.some((i) => i.severity === 'error');

/** Errors and warnings found while building a workbook: it is written anyway, and the sheets show them too. */
async function printProblems(io: CliIo, issues: DomainIssue[]): Promise<void> {
  const problems = issues.filter((i) => i.severity !== 'info');
  if (problems.length === 0) return;
  const { issuesReport } = await import('./report/issues-report');
  io.out(`\n${issuesReport(problems)}`);
}

function printNotices(io: CliIo, notices: string[]): void {
  for (const notice of notices) io.err(`Lưu ý: ${notice}`);
}

function debugDetail(detail: unknown): string {
  if (detail instanceof Error) return detail.stack ?? `${detail.name}: ${detail.message}`;
  return String(detail);
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  const { command, options } = args;
  if (command === undefined) {
    io.out(HELP);
    return 0;
  }
  const spec = COMMANDS[command];
  if (!spec) throw new UsageError(`Không có lệnh "${command}".`);
  checkArgs(command, args, spec);
  if (command === 'help' || options.help) {
    io.out(HELP);
    return 0;
  }
  const progress = startProgress(options.progress === true ? (io.progress ?? io.err) : io.progress);
  try {
    return await runCommand(command, args, io, progress);
  } finally {
    progress.done();
  }
}

async function runCommand(command: string, args: ParsedArgs, io: CliIo, progress: Progress): Promise<number> {
  const { positionals, options } = args;
  const force = options.force === true;
  switch (command) {
    case 'demo': {
      const out = requireOut(options);
      const json = options.json === true;
      checkOutputPath(out, { extension: json ? '.json' : '.xlsx', force, inputs: [] });
      // --mau-phong: the sample Phòng scoring its 30 schools instead of the sample school.
      const phong = options['mau-phong'] === true;
      const { sampleFullCase, samplePhongCase } = await import('../domain/sample');
      const schoolCase = phong ? phongCase(samplePhongCase()) : sampleFullCase();
      const who = phong ? 'Phòng mẫu' : 'trường mẫu';
      if (json) {
        await writeTextAtomically(out, readableJson(caseToFile(schoolCase)));
        io.out(`Đã ghi hồ sơ JSON của ${who} vào ${out}.`);
        return 0;
      }
      const { writeCaseFile } = await import('./commands/write-workbook');
      progress.step(`Đang ghi "${out}"…`);
      const written = await writeCaseFile(schoolCase, out);
      io.out(`Đã lập sổ làm việc của ${who}: ${out}\nCác trang tính: ${written.sheets.join(', ')}`);
      await printProblems(io, written.issues);
      return hasErrors(written.issues) ? 1 : 0;
    }
    case 'new': {
      if (options.from !== undefined || options.year !== undefined) return newFrom(args, io, progress);
      const input = positionals[0];
      if (input === undefined)
        throw new UsageError(
          'Thiếu tệp hồ sơ JSON của trường. Để lập năm mới từ sổ năm trước: --from <năm-trước.xlsx>.',
        );
      const out = requireOut(options);
      checkOutputPath(out, { extension: '.xlsx', force, inputs: [input] });
      progress.step(`Đang đọc "${input}"…`);
      const loaded = loadJsonCase(input);
      printNotices(io, loaded.notices);
      const { writeCaseFile } = await import('./commands/write-workbook');
      progress.step(`Đang lập và ghi "${out}"…`);
      const written = await writeCaseFile(loaded.schoolCase, out);
      io.out(`Đã lập bảng lượng hóa thi đua: ${out}\nCác trang tính: ${written.sheets.join(', ')}`);
      const issues = [...loaded.issues, ...written.issues];
      await printProblems(io, issues);
      return hasErrors(issues) ? 1 : 0;
    }
    case 'evaluate': {
      const json = options.json === true;
      const detail = options.detail === true;
      const single = positionals.length === 1 && !isDirectory(positionals[0]);
      if (single) {
        // Only evaluateCase reads the case, so a JSON score table can stay a table (much faster).
        progress.step(`Đang đọc "${positionals[0]}"…`);
        const loaded = await loadCase(positionals[0], { keepScoreTable: true });
        printNotices(io, loaded.notices);
        progress.step(`Đang tính "${positionals[0]}"…`);
        const report = evaluateCommand(loaded, { json, detail });
        io.out(report.output);
        return report.hasErrors ? 1 : 0;
      }
      const { evaluateMany } = await import('./commands/evaluate-many');
      const result = await evaluateMany(positionals, { detail: json && detail, progress });
      for (const outcome of result.outcomes) {
        printNotices(io, outcome.notices);
        if (options.debug && outcome.detail !== undefined)
          io.err(`[--debug] ${outcome.file}: ${debugDetail(outcome.detail)}`);
      }
      if (json) {
        io.out(
          JSON.stringify(
            result.outcomes.map((o) =>
              o.report
                ? { file: o.file, exitCode: o.exitCode, ...o.report }
                : { file: o.file, exitCode: o.exitCode, error: o.error },
            ),
            null,
            2,
          ),
        );
      } else {
        io.out([...result.outcomes.map((o) => o.summary), '', result.total].join('\n'));
      }
      return result.exitCode;
    }
    case 'export': {
      const input = positionals[0];
      const out = requireOut(options);
      let date: string | undefined;
      if (typeof options.date === 'string') {
        const parsed = parseVietnameseDate(options.date);
        if (!parsed.ok || parsed.value === null) {
          throw new UsageError(
            `Ngày ký --date "${options.date}" không đọc được: ghi theo dạng ngày/tháng/năm, ví dụ 25/05/2025.`,
          );
        }
        date = parsed.value;
      }
      checkOutputPath(out, { extension: '.xlsx', force, inputs: [input] });
      progress.step(`Đang đọc "${input}"…`);
      const loaded = await loadCase(input);
      const { exportCommand } = await import('./commands/export');
      progress.step(`Đang xuất vào "${out}"…`);
      const result = await exportCommand(loaded, out, { date });
      io.out(result.output);
      return hasErrors(result.issues) ? 1 : 0;
    }
    case 'gather': {
      const out = requireOut(options);
      checkOutputPath(out, { extension: '.xlsx', force, inputs: positionals });
      const { gatherCommand } = await import('./commands/gather');
      const text = (key: string) => (typeof options[key] === 'string' ? (options[key] as string) : undefined);
      const rosterOut = text('danh-sach-truong');
      if (rosterOut) checkOutputPath(rosterOut, { extension: '.json', force, inputs: positionals });
      const report = await gatherCommand(
        positionals,
        {
          out,
          deadline: text('deadline'),
          schoolYear: text('year'),
          phongName: text('phong'),
          schoolsFile: text('schools'),
          parentBody: text('cap-tren'),
          date: text('date'),
          signerName: text('signer'),
          rosterOut,
        },
        progress,
      );
      io.out(report.output);
      return report.hasErrors ? 1 : 0;
    }
  }
  throw new UsageError(`Không có lệnh "${command}".`);
}

/** `thidua new --from <năm-trước.xlsx> -o <năm-mới.xlsx> [--year 2022-2023]`. */
async function newFrom({ positionals, options }: ParsedArgs, io: CliIo, progress: Progress): Promise<number> {
  const from = options.from;
  if (typeof from !== 'string' || from === '') throw new UsageError('Thiếu sổ năm trước: --from <tệp.xlsx>.');
  if (positionals.length > 0) {
    throw new UsageError(`Lập năm mới từ --from "${from}" thì không nhận thêm tệp "${positionals[0]}".`);
  }
  let year: number | undefined;
  if (typeof options.year === 'string') {
    year = parseSchoolYearLabel(options.year);
    if (year === undefined)
      throw new UsageError(`Năm học --year "${options.year}" không đọc được: ghi dạng 2022-2023.`);
  }
  const out = requireOut(options);
  checkOutputPath(out, { extension: '.xlsx', force: options.force === true, inputs: [from] });
  progress.step(`Đang đọc "${from}"…`);
  const { newFromLastYear } = await import('./commands/new-from');
  const next = await newFromLastYear(from, year);
  printNotices(io, next.notices);
  const { writeCaseFile } = await import('./commands/write-workbook');
  progress.step(`Đang lập và ghi "${out}"…`);
  const written = await writeCaseFile(next.schoolCase, out);
  io.out(
    `Đã lập bảng năm học mới (${next.years}) từ "${from}": ${out}\nCác trang tính: ${written.sheets.join(', ')}`,
  );
  const issues = [...next.issues, ...written.issues];
  await printProblems(io, issues);
  return hasErrors(issues) ? 1 : 0;
}

/** The sample Phòng as a case: its schools and their scores, no vote or target. */
function phongCase(sample: SampleSchoolCase): SchoolCase {
  return { roster: sample.roster, scoring: { config: sample.config, inputs: sample.scores } };
}

function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** Runs one command; returns the exit code (0 ok, 1 data errors, 2 usage or file errors). */
export async function main(argv: string[], io: CliIo = consoleIo): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\nXem "thidua help" để biết cách dùng.`);
      return 2;
    }
    const known =
      error instanceof CliError
        ? error
        : isFsError(error)
          ? fileError(error)
          : new CliError(
              'Lỗi không mong đợi trong thidua. Chạy lại lệnh với --debug để xem chi tiết, và gửi nội dung đó cho người phát triển.',
              error,
            );
    io.err(known.message);
    if (debug && known.detail !== undefined) io.err(`[--debug] ${debugDetail(known.detail)}`);
    return 2;
  }
}
