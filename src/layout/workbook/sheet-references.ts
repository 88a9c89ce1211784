import { sheetRef } from '../a1';
import type { WorkbookSpec } from '../grid';
import { sameSheetName } from '../sheet-rules';

/**
 * Formula tokens that can mention a sheet or a workbook name. String literals and quoted sheet prefixes are
 * matched whole first, so text such as "Đợt 1!" or 'TD_Diem' inside quotes is never rewritten.
 */
const TOKENS = /"(?:[^"]|"")*"|'((?:[^']|'')+)'!|([A-Za-z_\\\u00C0-\u1EF9][\w.\u00C0-\u1EF9]*)(!?)/g;

export interface SpecRenames {
  /** Requested sheet name → name actually used. */
  sheets: ReadonlyMap<string, string>;
  /** Requested workbook name → name actually used. */
  names: ReadonlyMap<string, string>;
}

function lookup(map: ReadonlyMap<string, string>, key: string): string | undefined {
  for (const [from, to] of map) if (sameSheetName(from, key)) return to;
  return undefined;
}

/**
 * Rewrites references to renamed sheets ('Đợt 1'!B3 → 'Đợt 1 (2)'!B3) and renamed workbook names
 * (SUM(TD_Diem) → SUM(TD_Diem_2)). A word followed by "(" is a function and is left alone; Excel compares both
 * kinds of names without regard to case.
 */
export function renameReferences(formula: string, renames: SpecRenames): string {
  if (renames.sheets.size === 0 && renames.names.size === 0) return formula;
  return formula.replace(
    TOKENS,
    (token: string, quoted: string | undefined, word: string | undefined, bang: string, offset: number) => {
      if (quoted !== undefined) {
        const target = lookup(renames.sheets, quoted.replace(/''/g, "'"));
        return target === undefined ? token : `${sheetRef(target)}!`;
      }
      if (word === undefined) return token;
      if (bang) {
        const target = lookup(renames.sheets, word);
        return target === undefined ? token : `${sheetRef(target)}!`;
      }
      const after = formula.slice(offset + token.length).trimStart();
      const before = offset > 0 ? formula[offset - 1] : '';
      if (after.startsWith('(') || before === '!') return token;
      return lookup(renames.names, word) ?? token;
    },
  );
}

/** The spec with sheets and names renamed, and every formula and name reference that pointed at them. */
export function renameInSpec(spec: WorkbookSpec, renames: SpecRenames): WorkbookSpec {
  if (renames.sheets.size === 0 && renames.names.size === 0) return spec;
  const rewrite = (text: string) => renameReferences(text, renames);
  return {
    sheets: spec.sheets.map((sheet) => ({
      ...sheet,
      name: renames.sheets.get(sheet.name) ?? sheet.name,
      cells: sheet.cells.map((row) =>
        row.map((cell) =>
          cell !== undefined && 'formula' in cell ? { formula: rewrite(cell.formula) } : cell,
        ),
      ),
    })),
    names: spec.names.map((name) => ({
      name: renames.names.get(name.name) ?? name.name,
      reference: rewrite(name.reference),
    })),
  };
}
