/**
 * Every output is written under a temporary name beside the target and renamed into place once complete, so
 * a full disk, a size limit or a crash leaves the old file as it was and never half a workbook.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CliError } from './cli-error';
import { writeError } from './fs-errors';

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
