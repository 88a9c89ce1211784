/**
 * Every output is written under a temporary name beside the target and renamed into place once complete, so
 * a full disk, a size limit or a crash leaves the old file as it was and never half a workbook.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CliError } from './cli-error';
import { writeError } from './fs-errors';

/** Flushes the file to the disk, so a power cut after the rename cannot leave the new name on old blocks. */
function flush(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** The old file's permissions carried over to its replacement (a shared, read-only-for-others sheet stays so). */
function keepMode(temp: string, target: string): void {
  try {
    fs.chmodSync(temp, fs.statSync(target).mode & 0o7777);
  } catch {
    // No old file: the new one gets the usual permissions.
  }
}

/** Runs `write(tempPath)`, then renames the temporary file onto `target`; on failure removes it. */
export async function writeAtomically(
  target: string,
  write: (tempPath: string) => Promise<void> | void,
): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  const temp = path.join(
    dir,
    `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await write(temp);
    flush(temp);
    keepMode(temp, target);
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    if (error instanceof CliError) throw error;
    throw writeError(error, target);
  }
}

/** Text (JSON) written atomically. */
export function writeTextAtomically(target: string, text: string): Promise<void> {
  return writeAtomically(target, (temp) => fs.writeFileSync(temp, text));
}
