/**
 * `thidua gather`: the Phòng's command. Reads every school's export (or whole workbook) in the folders and
 * files given, checks them, and writes the district's workbook. A bad file is reported by name and never
 * stops the others; the files never leave the computer.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  gatherDistrict,
  keptForDistrict,
  schoolRosterOf,
  SUMMARY_FORMAT,
  type GatheredFile,
  type GatherSettings,
} from '../../domain/phong';
import { parseVietnameseDate } from '../../domain/text';
import { TITLES } from '../../domain/titles';
import {
  buildPhongWorkbook,
  districtPaperSettings,
  gatheredFileFromSheets,
  localDateTime,
  SUMMARY_SHEET_NAME,
  unreadableFile,
} from '../../layout/phong';
import type { SchoolCaseFile } from '../../domain/case/file-format';
import type { SchoolRoster } from '../../domain/school/types';
import type { CellValue } from '../../layout/grid';
import { writeXlsxFile } from '../../xlsx/node-file';
import { gridsFromZipBytes, markedSheetFromZipBytes } from '../../xlsx/stream-read';
import { writeAtomically, writeTextAtomically } from '../files/atomic-write';
import { CliError } from '../files/cli-error';
import { readAhead, type FileBytes } from '../files/read-ahead';
import type { Progress } from '../progress';

/** The caller has checked the output path (checkOutputPath). */
export interface GatherOptions {
  out: string;
  /** dd/mm/yyyy or yyyy-mm-dd. */
  deadline?: string;
  schoolYear?: string;
  phongName?: string;
  /** A text file with one expected school name per line. */
  schoolsFile?: string;
  /** The Phòng's cơ quan cấp trên, printed above its name on the papers. */
  parentBody?: string;
  /** dd/mm/yyyy signing date of the papers. */
  date?: string;
  signerName?: string;
  /** Where to write the gathered schools as a case file whose units are the schools (checked by the caller). */
  rosterOut?: string;
}

/** Every .xlsx in the folders given (sorted, Excel's "~$" lock files skipped) and every file given. */
function inputFiles(inputs: string[], out: string): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    if (!fs.existsSync(input))
      throw new CliError(`Không tìm thấy "${input}": hãy kiểm tra tên thư mục hoặc tệp.`);
    if (fs.statSync(input).isDirectory()) {
      const inside = fs
        .readdirSync(input)
        .filter((name) => name.toLowerCase().endsWith('.xlsx') && !name.startsWith('~$'))
        .sort()
        .map((name) => path.join(input, name));
      files.push(...inside);
    } else {
      files.push(input);
    }
  }
  const target = path.resolve(out);
  return files.filter((f) => path.resolve(f) !== target);
}

/**
 * A roster of schools as the case file `thidua new` reads. The file format has no unit kind yet, so the
 * schools go in as the file's units (staff) with their cấp học as roles and their cụm as teams.
 */
function rosterCaseFile(roster: SchoolRoster): SchoolCaseFile {
  return {
    version: 1,
    unitKind: 'school',
    school: roster.info,
    roles: roster.roles,
    teams: roster.teams,
    staff: roster.staff,
  };
}

/** Files read ahead of the one being parsed: the disk keeps busy, memory holds a handful of files. */
const READ_AHEAD = 4;

/**
 * One school's file: only its "Tóm tắt" sheet is inflated and read (an export's other sheets are never
 * touched); a whole workbook, which has none, is read in full and computed, the slow path.
 */
function readSchoolFile(read: FileBytes): GatheredFile {
  const fileName = path.basename(read.file);
  if ('error' in read) return unreadableFile(fileName);
  let sheets: Record<string, CellValue[][]>;
  try {
    const summary = markedSheetFromZipBytes(read.data, SUMMARY_FORMAT, SUMMARY_SHEET_NAME);
    sheets = summary
      ? { [summary.name]: summary.values }
      : Object.fromEntries(gridsFromZipBytes(read.data).sheets.map((s) => [s.name, s.values]));
  } catch {
    return unreadableFile(fileName);
  }
  return gatheredFileFromSheets(fileName, sheets, localDateTime(fs.statSync(read.file).mtime));
}

function isoDate(text: string, what: string): string {
  const parsed = parseVietnameseDate(text);
  if (!parsed.ok || parsed.value === null) {
    throw new CliError(`${what} "${text}" không phải ngày: hãy viết dạng 30/10/2021.`);
  }
  return parsed.value;
}

function settingsFrom(options: GatherOptions): GatherSettings {
  const settings: GatherSettings = {};
  if (options.deadline) settings.deadline = isoDate(options.deadline, 'Hạn nộp');
  if (options.schoolYear) settings.schoolYear = options.schoolYear;
  if (options.phongName) settings.phongName = options.phongName;
  if (options.schoolsFile) {
    if (!fs.existsSync(options.schoolsFile))
      throw new CliError(`Không tìm thấy danh sách trường "${options.schoolsFile}".`);
    settings.expectedSchools = fs
      .readFileSync(options.schoolsFile, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
  }
  return settings;
}

export interface GatherReport {
  output: string;
  hasErrors: boolean;
}

export async function gatherCommand(
  inputs: string[],
  options: GatherOptions,
  progress: Progress,
): Promise<GatherReport> {
  const settings = settingsFrom(options);
  const files = inputFiles(inputs, options.out);
  if (files.length === 0) throw new CliError('Không có tệp .xlsx nào để tổng hợp trong các thư mục đã chỉ.');
  const gathered: GatheredFile[] = [];
  for await (const read of readAhead(files, READ_AHEAD)) {
    // Only what the district needs is kept of each file, so memory does not grow with the files' contents.
    gathered.push(keptForDistrict(readSchoolFile(read)));
    progress.step(`Đã đọc ${gathered.length}/${files.length} tệp…`);
  }
  progress.step(`Đang kiểm tra ${files.length} tệp…`);
  const district = gatherDistrict(gathered, settings);
  const papers = districtPaperSettings(district, {
    ...(options.phongName ? { phongName: options.phongName } : {}),
    ...(options.parentBody ? { parentBody: options.parentBody } : {}),
    ...(options.date ? { date: isoDate(options.date, 'Ngày ký') } : {}),
    ...(options.signerName ? { signerName: options.signerName } : {}),
  });
  progress.step(`Đang lập sổ của Phòng (${district.schools.length} trường)…`);
  const spec = buildPhongWorkbook(district, papers);
  progress.step(`Đang ghi "${options.out}"…`);
  await writeAtomically(options.out, (temp) => writeXlsxFile(spec, temp));

  if (options.rosterOut) {
    const roster = schoolRosterOf(district, {
      name: papers.phongName,
      parentBody: papers.parentBody,
      place: papers.place,
    });
    await writeTextAtomically(options.rosterOut, `${JSON.stringify(rosterCaseFile(roster), null, 2)}\n`);
  }

  const lines = [
    `Đã tổng hợp ${district.schools.length} trường (năm học ${district.schoolYear}) từ ${files.length} tệp vào ${options.out}.`,
    ...district.totals.map(
      (t) =>
        `  ${TITLES[t.titleId].shortLabel}: đăng ký ${t.registered}, đủ điều kiện ${t.eligible}, được đề nghị ${t.approved}, trong danh sách ${t.listed}`,
    ),
    ...(options.rosterOut
      ? [`Danh sách ${district.schools.length} trường (để chấm điểm các trường): ${options.rosterOut}.`]
      : []),
  ];
  if (district.issues.length > 0) {
    const label = { error: 'LỖI', warning: 'CẢNH BÁO', info: 'GHI CHÚ' } as const;
    lines.push(
      '',
      'KIỂM TRA:',
      ...district.issues.map(
        (i) => `  [${label[i.severity]}] ${i.message}${i.source ? ` (${i.source})` : ''}`,
      ),
    );
  }
  return { output: lines.join('\n'), hasErrors: district.issues.some((i) => i.severity === 'error') };
}
