/**
 * Checks an output path before any work: its extension, its folder, an existing file (only replaced with
 * --force), and never one of the inputs, whatever the spelling (case, links, "./"), even with --force.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CliError } from './cli-error';

function realOrNull(file: string): string | null {
  try {
    return fs.realpathSync.native(file);
  } catch {
    return null;
  }
}

function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

export function checkOutputPath(
  out: string,
  options: { extension: string; force: boolean; inputs: string[] },
): void {
  const { extension, force, inputs } = options;
  const target = statOrNull(out);
  if (target?.isDirectory()) {
    throw new CliError(
      `"${out}" là một thư mục. Hãy ghi vào một tệp, ví dụ -o "${path.join(out, `ket-qua${extension}`)}".`,
    );
  }
  if (!out.toLowerCase().endsWith(extension)) {
    throw new CliError(`Tệp ra "${out}" phải có đuôi ${extension}.`);
  }
  const folder = path.dirname(path.resolve(out));
  const folderStat = statOrNull(folder);
  if (!folderStat) {
    throw new CliError(
      `Chưa có thư mục "${path.dirname(out)}" để ghi "${out}". Hãy tạo thư mục trước, hoặc chọn nơi ghi khác.`,
    );
  }
  if (!folderStat.isDirectory()) {
    throw new CliError(`"${path.dirname(out)}" là một tệp, không phải thư mục; không ghi được "${out}".`);
  }
  if (target) {
    for (const input of inputs) {
      const source = statOrNull(input);
      // The same inode on the same device is the same file, however the two paths are spelt (case, links,
      // "./"); the real paths are compared too, for file systems without stable inode numbers.
      const sameInode =
        source !== null && source.ino !== 0 && source.ino === target.ino && source.dev === target.dev;
      const real = realOrNull(input);
      if (sameInode || (real !== null && real === realOrNull(out))) {
        throw new CliError(
          `Tệp ra "${out}" chính là tệp đang đọc "${input}": ghi vào đó sẽ mất sổ làm việc của trường. Hãy chọn tên khác cho tệp ra (--force cũng không cho phép điều này).`,
        );
      }
    }
    if (!force) throw new CliError(`Tệp "${out}" đã có. Chọn tên khác, hoặc thêm --force để ghi đè.`);
  }
}
