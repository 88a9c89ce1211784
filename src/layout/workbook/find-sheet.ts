import type { CellValue } from '../grid';

/** Excel compares sheet names without case; a Mac may hand us NFD text. */
const key = (name: string): string => name.normalize('NFC').toLocaleLowerCase('vi');

/**
 * The sheet of that name (compared as Excel does, without case), or the newest renamed copy of it
 * ("Chỉ tiêu (2)") when the add-in had to pick a free name because the user already had a sheet called so.
 */
export function findSheet(sheets: Record<string, CellValue[][]>, base: string): string | undefined {
  const wanted = key(base);
  const copies = Object.keys(sheets)
    .map((name) => {
      const k = key(name);
      if (k === wanted) return { name, n: 1 };
      if (!k.startsWith(`${wanted} (`) || !k.endsWith(')')) return undefined;
      const n = Number(k.slice(wanted.length + 2, -1));
      return Number.isInteger(n) && n > 1 ? { name, n } : undefined;
    })
    .filter((x): x is { name: string; n: number } => x !== undefined)
    .sort((a, b) => b.n - a.n);
  return copies[0]?.name;
}
