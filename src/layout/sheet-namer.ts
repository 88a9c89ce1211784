import { uniqueSheetName } from '../domain/text';

/** Hands out sheet names no sheet of the workbook (or of this build) uses yet, comparing without case. */
export class FreeSheetNames {
  private readonly taken: string[];

  constructor(existing: readonly string[]) {
    this.taken = [...existing];
  }

  take(base: string): string {
    const name = uniqueSheetName(base, this.taken);
    this.taken.push(name);
    return name;
  }

  reserve(names: readonly string[]): void {
    this.taken.push(...names);
  }
}
