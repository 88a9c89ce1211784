/** A failed write (full disk, no permission) leaves the old file as it was and no temporary file behind. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeAtomically, writeTextAtomically } from '../../src/cli/files/atomic-write';
import { fileError, readError, writeError } from '../../src/cli/files/fs-errors';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-atomic-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function fsError(code: string): Error {
  return Object.assign(new Error(`${code}: something`), { code });
}

describe('writeAtomically', () => {
  it('replaces the old file only once the new one is complete', async () => {
    const file = path.join(dir, 'so.json');
    fs.writeFileSync(file, 'cũ');
    await writeTextAtomically(file, 'mới');
    expect(fs.readFileSync(file, 'utf8')).toBe('mới');
    expect(fs.readdirSync(dir)).toEqual(['so.json']);
  });

  it('keeps the permissions of the file it replaces', async () => {
    const file = path.join(dir, 'chi-doc.json');
    fs.writeFileSync(file, 'cũ');
    fs.chmodSync(file, 0o640);
    await writeTextAtomically(file, 'mới');
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
  });

  it.each([
    ['ENOSPC', 'Ổ đĩa đã đầy, không ghi được'],
    ['EFBIG', 'vượt giới hạn kích thước tệp'],
    ['EACCES', 'Không có quyền ghi'],
    ['EROFS', 'Không có quyền ghi'],
    ['EBUSY', 'đang được chương trình khác dùng'],
    ['EIO', 'Không ghi được'],
  ])(
    '%s half-way: old file intact, temporary file removed, Vietnamese message naming the file',
    async (code, says) => {
      const file = path.join(dir, 'so.xlsx');
      fs.writeFileSync(file, 'sổ tốt');
      const attempt = writeAtomically(file, (temp) => {
        fs.writeFileSync(temp, 'nửa tệp');
        throw fsError(code);
      });
      await expect(attempt).rejects.toThrow(says);
      await expect(attempt).rejects.toThrow(`"${file}"`);
      expect(fs.readFileSync(file, 'utf8')).toBe('sổ tốt');
      expect(fs.readdirSync(dir)).toEqual(['so.xlsx']);
    },
  );
});

describe('file system errors in Vietnamese', () => {
  it.each([
    ['ENOENT', 'Không tìm thấy tệp'],
    ['EISDIR', 'là một thư mục'],
    ['EACCES', 'Không có quyền đọc'],
    ['EPERM', 'Không có quyền đọc'],
    ['EMFILE', 'quá nhiều tệp'],
  ])('reading, %s', (code, says) => {
    const error = readError(fsError(code), 'truong.xlsx');
    expect(error.message).toContain(says);
    expect(error.message).toContain('"truong.xlsx"');
    expect(error.message).not.toContain(code);
  });

  it.each([
    ['ENOENT', 'Không có thư mục để ghi'],
    ['ENOTDIR', 'đi qua một tệp'],
    ['EISDIR', 'là một thư mục'],
    ['EPERM', 'Không có quyền ghi'],
    ['EDQUOT', 'Ổ đĩa đã đầy'],
  ])('writing, %s', (code, says) => {
    const error = writeError(fsError(code), 'ra.xlsx');
    expect(error.message).toContain(says);
    expect(error.message).toContain('"ra.xlsx"');
  });
});

describe('a file system error caught without context', () => {
  it('is a write error when the failing call wrote, a read error otherwise', () => {
    const write = Object.assign(fsError('ENOSPC'), { syscall: 'write', path: 'ra.xlsx' });
    const open = Object.assign(fsError('ENOENT'), { syscall: 'open', path: 'vao.xlsx' });
    expect(fileError(write).message).toContain('Ổ đĩa đã đầy, không ghi được "ra.xlsx"');
    expect(fileError(open).message).toContain('Không tìm thấy tệp "vao.xlsx"');
  });
});
