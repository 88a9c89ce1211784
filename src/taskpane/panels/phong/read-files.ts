/**
 * Reads the files a Phòng user picked, one after another (a Phòng has up to 150 schools; reading them all at
 * once would hold every workbook in memory), with progress. A file that cannot be read is reported, never
 * thrown: one bad file must not stop the others.
 */
import type { GatheredFile } from '../../../domain/phong';
import { gatheredFileFromSheets, localDateTime, unreadableFile } from '../../../layout/phong';
import { readWorkbookFileBytes } from '../../../excel/operations/workbook-files';

/** The part of the browser's File the reader needs (tests pass plain objects). */
export interface PickedFile {
  name: string;
  lastModified: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export async function readPickedFiles(
  files: readonly PickedFile[],
  onProgress: (done: number, total: number, name: string) => void,
): Promise<GatheredFile[]> {
  const out: GatheredFile[] = [];
  for (const [i, file] of files.entries()) {
    onProgress(i + 1, files.length, file.name);
    if (!file.name.toLowerCase().endsWith('.xlsx')) {
      out.push({ fileName: file.name, problem: 'không phải tệp .xlsx: hãy chọn tệp Excel mà trường gửi.' });
      continue;
    }
    try {
      const grids = await readWorkbookFileBytes(await file.arrayBuffer());
      const sheets = Object.fromEntries(grids.sheets.map((s) => [s.name, s.values]));
      out.push(gatheredFileFromSheets(file.name, sheets, localDateTime(new Date(file.lastModified))));
    } catch {
      out.push(unreadableFile(file.name));
    }
  }
  return out;
}
