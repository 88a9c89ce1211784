import { readFile } from 'node:fs/promises';

/** One file's bytes, or the error reading it gave. */
export type FileBytes = { file: string; data: Buffer } | { file: string; error: unknown };

/**
 * The files' bytes in order, with at most `depth` reads in flight: the disk works on the next files while
 * the current one is parsed, and memory holds no more than `depth` files at a time, however many there are.
 */
export async function* readAhead(files: readonly string[], depth: number): AsyncGenerator<FileBytes> {
  const read = (file: string): Promise<FileBytes> =>
    readFile(file).then(
      (data) => ({ file, data }),
      (error: unknown) => ({ file, error }),
    );
  const inFlight: Promise<FileBytes>[] = [];
  let next = 0;
  while (next < files.length || inFlight.length > 0) {
    while (next < files.length && inFlight.length < Math.max(1, depth)) inFlight.push(read(files[next++]));
    const first = inFlight.shift();
    if (first) yield await first;
  }
}
