import { constants, inflateRawSync } from 'node:zlib';

/**
 * The parts of a zip (an .xlsx is one), read from its central directory and inflated one at a time by Node's
 * own zlib: a 5,000-staff workbook's 70 MB score sheets inflate in a fraction of a second, and only the part
 * being read is held in memory.
 */
export interface ZipEntries {
  names(): string[];
  /** The inflated bytes of a part, or undefined when the zip has no part of that name (case ignored). */
  read(name: string): Buffer | undefined;
  /**
   * The first bytes of a part (at least those `compressedBytes` of its compressed data give, all of it when
   * the part is shorter), without inflating the rest: enough to see a sheet's first cell.
   */
  readStart(name: string, compressedBytes: number): Buffer | undefined;
  /** Bytes inflated so far by read and readStart: what reading cost, for tests and benchmarks. */
  inflatedBytes(): number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

interface Entry {
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function notAWorkbook(why: string): Error {
  return new Error(
    `Tệp không phải một sổ tính .xlsx đọc được (${why}). Hãy mở tệp bằng Excel và lưu lại dạng .xlsx.`,
  );
}

function findEndOfCentralDirectory(data: Buffer): number {
  // The record is 22 bytes plus a comment of up to 65,535 bytes, at the very end of the file.
  const earliest = Math.max(0, data.length - 22 - 0xffff);
  for (let at = data.length - 22; at >= earliest; at--) {
    if (data.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw notAWorkbook('không thấy mục lục của tệp nén');
}

export function zipEntries(data: Buffer): ZipEntries {
  if (data.length < 22) throw notAWorkbook('tệp quá ngắn');
  const end = findEndOfCentralDirectory(data);
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) throw notAWorkbook('tệp nén dạng ZIP64 quá lớn');
  const entries = new Map<string, Entry>();
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL_HEADER) throw notAWorkbook('mục lục hỏng');
    const flags = data.readUInt16LE(at + 8);
    if (flags & 1) throw notAWorkbook('tệp được đặt mật khẩu');
    const nameLength = data.readUInt16LE(at + 28);
    const name = data.toString('utf8', at + 46, at + 46 + nameLength).replace(/^\//, '');
    entries.set(name.toLowerCase(), {
      method: data.readUInt16LE(at + 10),
      compressedSize: data.readUInt32LE(at + 20),
      size: data.readUInt32LE(at + 24),
      localOffset: data.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
  let inflated = 0;
  const compressed = (name: string) => {
    const entry = entries.get(name.replace(/^\//, '').toLowerCase());
    if (!entry) return undefined;
    const local = entry.localOffset;
    if (local + 30 > data.length || data.readUInt32LE(local) !== LOCAL_HEADER)
      throw notAWorkbook('phần nén hỏng');
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    if (entry.method !== STORED && entry.method !== DEFLATED)
      throw notAWorkbook(`kiểu nén ${entry.method} không hỗ trợ`);
    return { entry, raw: data.subarray(start, start + entry.compressedSize) };
  };
  return {
    names: () => [...entries.keys()],
    read(name) {
      const part = compressed(name);
      if (!part) return undefined;
      const { entry, raw } = part;
      let bytes: Buffer;
      if (entry.method === STORED) bytes = Buffer.from(raw);
      else {
        try {
          bytes = inflateRawSync(raw, entry.size > 0 ? { maxOutputLength: Math.max(entry.size, 1) } : {});
        } catch {
          throw notAWorkbook(`không giải nén được phần "${name}"`);
        }
      }
      inflated += bytes.length;
      return bytes;
    },
    readStart(name, compressedBytes) {
      const part = compressed(name);
      if (!part) return undefined;
      const { entry, raw } = part;
      const head = raw.subarray(0, Math.min(raw.length, compressedBytes));
      let bytes: Buffer;
      if (entry.method === STORED) bytes = Buffer.from(head);
      else {
        try {
          // A sync flush gives what the bytes so far decode to instead of failing on the cut-off stream.
          bytes = inflateRawSync(head, { finishFlush: constants.Z_SYNC_FLUSH });
        } catch {
          throw notAWorkbook(`không giải nén được phần "${name}"`);
        }
      }
      inflated += bytes.length;
      return bytes;
    },
    inflatedBytes: () => inflated,
  };
}
