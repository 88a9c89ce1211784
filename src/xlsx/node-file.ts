import type { WorkbookSpec } from '../layout/grid';
import type { XlsxProgressOptions } from './progress';
import type { WorkbookGrids } from './read';
import { readXlsxStream } from './stream-read';

/**
 * Node only (file system): kept apart so the browser bundle never pulls fs. Both directions stream, so a
 * 5,000-staff school is written and read in seconds and well under a gigabyte. The writer (and ExcelJS with
 * it, slower to load than a small school is to read) is loaded only when a file is written.
 */
export async function writeXlsxFile(
  spec: WorkbookSpec,
  path: string,
  options: XlsxProgressOptions = {},
): Promise<void> {
  const { writeXlsxStream } = await import('./stream-write');
  await writeXlsxStream(spec, path, options);
}

export async function readXlsxFile(path: string, options: XlsxProgressOptions = {}): Promise<WorkbookGrids> {
  return readXlsxStream(path, options);
}

export type { XlsxProgress, XlsxProgressOptions } from './progress';
