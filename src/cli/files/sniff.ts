/**
 * What a file really is, told by its bytes rather than its name: a .xls or an .ods renamed .xlsx, a CSV, a
 * zip that holds no workbook, a broken zip or an empty file each get their own sentence.
 */
import fs from 'node:fs';

export type FileKind =
  | 'empty'
  | 'xlsx'
  | 'xls' // OLE2 compound file: Excel 97-2003 (or an old Word document)
  | 'ods'
  | 'docx'
  | 'zip' // a zip that is not a workbook
  | 'broken-zip'
  | 'text'
  | 'binary';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';

function readRange(fd: number, start: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = fs.readSync(fd, buffer, 0, length, start);
  return buffer.subarray(0, read);
}

/** The names in a zip's central directory, or null when the zip's directory cannot be found. */
function zipEntryNames(fd: number, size: number): string[] | null {
  const tailLength = Math.min(size, 65557);
  const tail = readRange(fd, size - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = tail.readUInt16LE(eocd + 10);
  const dirSize = tail.readUInt32LE(eocd + 12);
  const dirOffset = tail.readUInt32LE(eocd + 16);
  // Zip64 keeps the real figures elsewhere: a workbook that large is left to the reader to judge.
  if (dirOffset === 0xffffffff || dirSize === 0xffffffff) return [];
  if (dirOffset + dirSize > size || dirSize > 64 * 1024 * 1024) return null;
  const dir = readRange(fd, dirOffset, dirSize);
  const names: string[] = [];
  let at = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > dir.length || dir.readUInt32LE(at) !== CENTRAL) return null;
    const nameLength = dir.readUInt16LE(at + 28);
    const extraLength = dir.readUInt16LE(at + 30);
    const commentLength = dir.readUInt16LE(at + 32);
    names.push(dir.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function looksLikeText(head: Buffer): boolean {
  if (head.length === 0) return false;
  // UTF-16/32 text (with or without a byte order mark) is text too; the JSON reader decodes it.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true;
  if (head.length >= 2 && (head[0] === 0 || head[1] === 0)) {
    return head.subarray(0, 64).some((b) => b >= 0x20 && b < 0x7f);
  }
  let control = 0;
  for (const byte of head) if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  return control === 0;
}

/** The kind of `file`, from its first bytes and, for a zip, the names it holds. */
export function sniffFile(file: string): FileKind {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    if (size === 0) return 'empty';
    const head = readRange(fd, 0, Math.min(size, 4096));
    if (OLE2.every((b, i) => head[i] === b)) return 'xls';
    if (
      head[0] === 0x50 &&
      head[1] === 0x4b &&
      (head[2] === 3 || head[2] === 5) &&
      (head[3] === 4 || head[3] === 6)
    ) {
      if (head.includes(ODS_MIME, 0, 'latin1')) return 'ods';
      const names = zipEntryNames(fd, size);
      if (names === null) return 'broken-zip';
      if (names.length === 0) return head[2] === 5 ? 'zip' : 'xlsx';
      if (
        names.includes('xl/workbook.xml') ||
        (names.includes('[Content_Types].xml') && names.some((n) => n.startsWith('xl/')))
      )
        return 'xlsx';
      if (names.includes('mimetype') && names.includes('content.xml')) return 'ods';
      if (names.some((n) => n.startsWith('word/'))) return 'docx';
      return 'zip';
    }
    return looksLikeText(head) ? 'text' : 'binary';
  } finally {
    fs.closeSync(fd);
  }
}

/** Why a file of this kind cannot be read as a workbook, and what to do; null for an .xlsx. */
export function notAWorkbook(kind: FileKind, file: string): string | null {
  switch (kind) {
    case 'xlsx':
      return null;
    case 'empty':
      return `Tệp "${file}" rỗng (0 byte). Có thể tệp chưa được lưu xong hoặc bị chép hỏng; hãy lấy lại bản gốc.`;
    case 'xls':
      return `Tệp "${file}" là sổ làm việc Excel 97-2003 (.xls), không phải .xlsx. Hãy mở bằng Excel và chọn Lưu thành (Save As) "Sổ làm việc Excel (*.xlsx)".`;
    case 'ods':
      return `Tệp "${file}" là bảng tính OpenDocument (.ods, của LibreOffice), không phải .xlsx. Hãy mở bằng LibreOffice và lưu thành "Excel 2007-365 (.xlsx)".`;
    case 'docx':
      return `Tệp "${file}" là văn bản Word (.docx), không phải sổ làm việc .xlsx.`;
    case 'zip':
      return `Tệp "${file}" là một tệp nén (.zip) không chứa sổ làm việc Excel. Hãy giải nén và chọn tệp .xlsx bên trong, hoặc chọn đúng tệp.`;
    case 'broken-zip':
      return `Không đọc được "${file}": tệp hỏng (phần nén bị cắt cụt hoặc hư) hoặc không phải .xlsx. Hãy lấy lại bản gốc, hoặc mở bằng Excel để Excel sửa rồi lưu lại.`;
    case 'text':
      return `Tệp "${file}" là tệp văn bản (CSV hoặc chữ thường), không phải sổ làm việc .xlsx. Nếu là CSV, hãy mở bằng Excel và lưu thành "Sổ làm việc Excel (*.xlsx)".`;
    case 'binary':
      return `Không đọc được "${file}": tệp hỏng hoặc không phải .xlsx. Hãy chọn đúng sổ làm việc Excel (.xlsx).`;
  }
}
