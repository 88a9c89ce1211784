/**
 * `thidua evaluate` over several files or a folder (a Phòng reading every school's file): one summary per
 * file, a bad file reported by name without stopping the others, a total line, and the worst exit code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { unitKindOf } from '../../domain/school/units';
import { CliError } from '../files/cli-error';
import { isFsError, readError } from '../files/fs-errors';
import { loadCase } from '../load-case';
import type { Progress } from '../progress';
import { evaluateLoaded } from './evaluate';

export interface FileOutcome {
  file: string;
  /** 0 clean, 1 data errors, 2 unreadable. */
  exitCode: 0 | 1 | 2;
  /** The one-file --json report, when the file could be read. */
  report?: Record<string, unknown>;
  /** Why the file could not be read. */
  error?: string;
  /** The raw error, shown only with --debug. */
  detail?: unknown;
  summary: string;
  notices: string[];
}

const CASE_FILE = /\.(xlsx|json)$/i;

/** The files named, with each folder replaced by its .xlsx and .json files in name order. */
export function expandInputs(inputs: string[]): { files: string[]; problems: FileOutcome[] } {
  const files: string[] = [];
  const problems: FileOutcome[] = [];
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = fs.statSync(input).isDirectory();
    } catch {
      // Missing: reported when read, in its place.
    }
    if (!isDir) {
      files.push(input);
      continue;
    }
    let names: string[];
    try {
      names = fs.readdirSync(input);
    } catch (error) {
      const message = readError(error, input).message;
      problems.push({
        file: input,
        exitCode: 2,
        error: message,
        summary: `${input}: ${message}`,
        notices: [],
      });
      continue;
    }
    // "~$truong.xlsx" is the lock file Excel keeps beside an open workbook; dot files are hidden.
    const inside = names
      .filter((n) => CASE_FILE.test(n) && !n.startsWith('~$') && !n.startsWith('.'))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((n) => path.join(input, n))
      .filter((f) => !fs.statSync(f).isDirectory());
    if (inside.length === 0) {
      const message = `Thư mục "${input}" không có tệp .xlsx hay .json nào.`;
      problems.push({ file: input, exitCode: 2, error: message, summary: message, notices: [] });
    }
    files.push(...inside);
  }
  return { files, problems };
}

function count(n: number, word: string): string {
  return `${n} ${word}`;
}

async function evaluateOne(file: string, detail: boolean): Promise<FileOutcome> {
  try {
    const loaded = await loadCase(file, { keepScoreTable: true });
    const evaluation = evaluateLoaded(loaded, { detail });
    const { info } = loaded.schoolCase.roster;
    const errors = evaluation.issues.filter((i) => i.severity === 'error');
    const warnings = evaluation.issues.filter((i) => i.severity === 'warning').length;
    const scoring = evaluation.json.scoring as { people: unknown[]; teams: unknown[] };
    const schools = unitKindOf(loaded.schoolCase.roster) === 'school';
    const head =
      `${file}: ${info.name} (năm học ${info.schoolYear}) – ${count(scoring.people.length, schools ? 'trường' : 'người')}, ` +
      `${count(scoring.teams.length, schools ? 'cụm' : 'tổ')}; ${errors.length > 0 ? count(errors.length, 'LỖI') : 'không có lỗi'}` +
      `${warnings > 0 ? `, ${count(warnings, 'cảnh báo')}` : ''}.`;
    return {
      file,
      exitCode: evaluation.hasErrors ? 1 : 0,
      report: evaluation.json,
      summary: [head, ...errors.map((i) => `  - LỖI: ${i.message}`)].join('\n'),
      notices: loaded.notices,
    };
  } catch (error) {
    const known =
      error instanceof CliError
        ? error
        : isFsError(error)
          ? readError(error, file)
          : new CliError(
              `Lỗi không mong đợi khi tính "${file}"; chạy lại với --debug để xem chi tiết.`,
              error,
            );
    return {
      file,
      exitCode: 2,
      error: known.message,
      detail: known.detail ?? error,
      summary: `${file}: KHÔNG ĐỌC ĐƯỢC – ${known.message}`,
      notices: [],
    };
  }
}

export async function evaluateMany(
  inputs: string[],
  options: { detail: boolean; progress: Progress },
): Promise<{ outcomes: FileOutcome[]; total: string; exitCode: number }> {
  const { files, problems } = expandInputs(inputs);
  const outcomes: FileOutcome[] = [...problems];
  for (const [index, file] of files.entries()) {
    options.progress.step(`Đang tính ${index + 1}/${files.length}: ${file}`);
    outcomes.push(await evaluateOne(file, options.detail));
  }
  const clean = outcomes.filter((o) => o.exitCode === 0).length;
  const withErrors = outcomes.filter((o) => o.exitCode === 1).length;
  const unreadable = outcomes.filter((o) => o.exitCode === 2).length;
  const total =
    `Tổng cộng: ${count(outcomes.length, 'tệp')}; ${clean} không có lỗi, ${withErrors} có lỗi dữ liệu, ` +
    `${unreadable} không đọc được.`;
  return { outcomes, total, exitCode: Math.max(0, ...outcomes.map((o) => o.exitCode)) };
}
