/** Reads a school's case from a .xlsx workbook (made by Thi Đua) or from a JSON case file. */
import fs from 'node:fs';
import path from 'node:path';
import { caseFromFile, type CaseFromFileOptions, type SchoolCase, type SchoolCaseFile } from '../domain/case';
import type { DomainIssue } from '../domain/issues';
import type { ReadCaseResult } from '../layout/workbook';
import { CliError } from './files/cli-error';
import { decodeText } from './files/decode-text';
import { isFsError, readError } from './files/fs-errors';
import { convertLegacyStrings } from './files/legacy-strings';
import { notAWorkbook, sniffFile, type FileKind } from './files/sniff';
import { validateCaseFile } from './validate-case-file';

export { CliError };

export interface LoadedCase {
  schoolCase: SchoolCase;
  /** Set when the case came from a workbook. */
  workbook?: ReadCaseResult;
  issues: DomainIssue[];
  /** What was done to read the file (another text encoding, names converted from TCVN3): said on stderr. */
  notices: string[];
}

/** Checks that `file` is a readable file and says what it really is. */
function kindOf(file: string): FileKind {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    throw readError(error, file);
  }
  if (stat.isDirectory()) throw readError(Object.assign(new Error('EISDIR'), { code: 'EISDIR' }), file);
  try {
    return sniffFile(file);
  } catch (error) {
    throw readError(error, file);
  }
}

/** `options` apply to a JSON case file (see caseFromFile). */
export async function loadCase(file: string, options: CaseFromFileOptions = {}): Promise<LoadedCase> {
  const kind = kindOf(file);
  const ext = path.extname(file).toLowerCase();
  if (ext === '.json') return loadJsonCase(file, options, kind);
  if (ext === '.xlsx' || ext === '.xlsm') return loadWorkbookCase(file, kind);
  if (kind === 'xlsx') {
    throw new CliError(
      `Tệp "${file}" là sổ làm việc Excel nhưng có đuôi "${ext}". Hãy đổi đuôi thành .xlsx rồi chạy lại.`,
    );
  }
  const why = notAWorkbook(kind, file);
  throw new CliError(
    why && kind !== 'text' && kind !== 'binary'
      ? why
      : `Tệp "${file}" không phải .xlsx hay .json: Thi Đua chỉ đọc hai loại tệp này.`,
  );
}

/** "dòng 3, cột 17" for a character offset of `text`. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `dòng ${before.length}, cột ${before[before.length - 1].length + 1}`;
}

/**
 * Where JSON.parse stopped: "at position N" in most of V8's messages; "Unexpected token 'x', …"snippet"… is
 * not valid JSON" gives only a piece of the text around it, found back in the text.
 */
function errorOffset(message: string, text: string): number | null {
  const at = /position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  const token = /^Unexpected token '(.+?)', (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(
    message,
  );
  if (!token) return null;
  const start = text.indexOf(token[2]);
  return start < 0 ? null : start + Math.max(0, token[2].indexOf(token[1]));
}

/** The text around `offset`, on one line, to show where a fault is. */
function near(text: string, offset: number): string {
  return text.slice(Math.max(0, offset - 15), offset + 15).replace(/[\s\p{Cc}]+/gu, ' ');
}

function syntaxError(file: string, text: string, error: unknown): CliError {
  const message = (error as Error).message;
  const offset = errorOffset(message, text);
  if (/end of (JSON )?input/i.test(message) || (offset !== null && offset >= text.trimEnd().length)) {
    return new CliError(
      `Tệp "${file}" không phải JSON hợp lệ: tệp kết thúc giữa chừng (thiếu phần cuối hoặc dấu } ]). Hãy lấy lại bản đầy đủ.`,
      error,
    );
  }
  const where = offset === null ? '' : ` ở ${lineAndColumn(text, offset)} (gần «${near(text, offset)}»)`;
  return new CliError(
    `Tệp "${file}" không phải JSON hợp lệ: sai cú pháp${where}. Kiểm tra dấu phẩy, ngoặc và dấu ngoặc kép ở chỗ đó.`,
    error,
  );
}

const ENCODING_NAMES: Record<string, string> = {
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16 (big-endian)',
  'utf-32le': 'UTF-32',
  'utf-32be': 'UTF-32 (big-endian)',
};

export function loadJsonCase(file: string, options: CaseFromFileOptions = {}, known?: FileKind): LoadedCase {
  const kind = known ?? kindOf(file);
  if (kind !== 'text') {
    const why =
      kind === 'xlsx'
        ? `Tệp "${file}" là sổ làm việc .xlsx chứ không phải hồ sơ JSON.`
        : notAWorkbook(kind, file);
    throw new CliError(why ?? `Tệp "${file}" không phải hồ sơ JSON.`);
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw readError(error, file);
  }
  const notices: string[] = [];
  const { text, encoding, damaged } = decodeText(bytes);
  if (encoding === 'utf-8-damaged') {
    const first = text.indexOf('\uFFFD');
    throw new CliError(
      `Tệp "${file}" có ${damaged} chỗ hỏng bảng mã UTF-8, chỗ đầu ở ${lineAndColumn(text, first)} ` +
        `(gần «${near(text, first)}»). Có thể tệp bị chép hỏng: ` +
        'hãy lấy lại bản gốc, hoặc gõ lại chữ ở chỗ đó rồi lưu theo UTF-8.',
    );
  }
  if (ENCODING_NAMES[encoding]) {
    notices.push(
      `Tệp "${file}" được lưu theo bảng mã ${ENCODING_NAMES[encoding]}; đã đọc được. Nên lưu lại theo UTF-8.`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw syntaxError(file, text, error);
  }
  const legacy = convertLegacyStrings(data, { eightBit: encoding === '8-bit' });
  if (legacy.conversions.length > 0) {
    const name = legacy.conversions[0].encoding === 'tcvn3' ? 'TCVN3 (.VnTime)' : 'VNI';
    const shown = legacy.conversions.slice(0, 10).map((c) => `  - ${c.path}: «${c.before}» → «${c.after}»`);
    const more = legacy.conversions.length - shown.length;
    notices.push(
      [
        `Tệp "${file}" có ${legacy.conversions.length} trường chữ gõ bằng bảng mã cũ ${name}; đã chuyển sang Unicode. Kiểm tra lại và lưu tệp theo Unicode (UTF-8):`,
        ...shown,
        ...(more > 0 ? [`  - … và ${more} trường khác.`] : []),
      ].join('\n'),
    );
  }
  if (encoding === '8-bit' && legacy.unreadable.length > 0) {
    throw new CliError(
      [
        `Tệp "${file}" không lưu theo UTF-8 và không nhận ra bảng mã của chữ có dấu ở:`,
        ...legacy.unreadable.slice(0, 10).map((p) => `  - ${p}`),
        'Hãy mở tệp bằng trình soạn thảo (như Notepad) và lưu lại với bảng mã UTF-8.',
      ].join('\n'),
    );
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
  if (!schoolCase)
    throw new CliError(
      [`Tệp "${file}" chưa dùng được:`, ...issues.map((i) => `  - ${i.message}`)].join('\n'),
    );
  return { schoolCase, issues, notices };
}

async function loadWorkbookCase(file: string, kind: FileKind): Promise<LoadedCase> {
  const why = notAWorkbook(kind, file);
  if (why) throw new CliError(why);
  // Loaded here, not at the top: ExcelJS alone takes longer to load than a JSON case takes to evaluate.
  const { readXlsxFile } = await import('../xlsx/node-file');
  const { readCaseWorkbook } = await import('../layout/workbook');
  let sheets;
  try {
    sheets = await readXlsxFile(file);
  } catch (error) {
    // The reader's own words (JSZip, sax) are English and say nothing to a school's staff: --debug shows them.
    if (isFsError(error)) throw readError(error, file);
    throw new CliError(
      `Không đọc được sổ làm việc "${file}": tệp hỏng hoặc không phải .xlsx do Excel lưu. Hãy mở bằng Excel (Excel sẽ đề nghị sửa) rồi lưu lại, hoặc lấy lại bản gốc.`,
      error,
    );
  }
  const values = Object.fromEntries(sheets.sheets.map((s) => [s.name, s.values]));
  // The workbook's names carry the role markers: a sheet the user renamed is found by them, as in the pane.
  const read = readCaseWorkbook(values, { names: sheets.names });
  if ('missing' in read) {
    throw new CliError(
      [
        `"${file}" không phải sổ làm việc do Thi Đua lập:`,
        ...read.issues.map((i) => `  - ${i.message}`),
      ].join('\n'),
    );
  }
  return { schoolCase: read.schoolCase, workbook: read, issues: read.issues, notices: [] };
}
