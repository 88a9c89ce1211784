import type { WorkbookSpec } from '../layout/grid';
import type { WorkbookGrids } from './read';
import { writeXlsxStream, type XlsxProgressOptions } from './stream-write';
import { readXlsxStream } from './stream-read';

/**
 * Node only (file system): kept apart so the browser bundle never pulls fs. Both directions stream, so a
 * 5,000-staff school is written and read in seconds and well under a gigabyte.
 */
export async function writeXlsxFile(
  spec: WorkbookSpec,
  path: string,
  options: XlsxProgressOptions = {},
): Promise<void> {
  await writeXlsxStream(spec, path, options);
}

export async function readXlsxFile(path: string, options: XlsxProgressOptions = {}): Promise<WorkbookGrids> {
  return readXlsxStream(path, options);
}

export type { XlsxProgress, XlsxProgressOptions } from './stream-write';
