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

/**
 * Names for rebuilding sheets a workbook already has: a base name the workbook holds under another name
 * (renamed, or a "(2)" copy) gets that name back; any other base gets a free one.
 */
export class PinnedSheetNames extends FreeSheetNames {
  constructor(
    existing: readonly string[],
    private readonly pinned: ReadonlyMap<string, string>,
  ) {
    super(existing);
  }

  override take(base: string): string {
    return this.pinned.get(base) ?? super.take(base);
  }
}
