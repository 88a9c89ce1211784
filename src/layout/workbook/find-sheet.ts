import type { CellValue } from '../grid';

/**
 * The sheet of that name, or the newest renamed copy of it ("Chỉ tiêu (2)") when the add-in had to pick a
 * free name because the user already had a sheet called so.
 */
export function findSheet(sheets: Record<string, CellValue[][]>, base: string): string | undefined {
  const names = Object.keys(sheets);
  const copies = names
    .map((name) => {
      if (name === base) return { name, n: 1 };
      const match = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\((\\d+)\\)$`).exec(name);
      return match ? { name, n: Number(match[1]) } : undefined;
    })
    .filter((x): x is { name: string; n: number } => x !== undefined)
    .sort((a, b) => b.n - a.n);
  return copies[0]?.name;
}
