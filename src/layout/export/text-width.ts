/**
 * The grid contract has no row heights, and Excel does not grow a row for wrapped text in merged cells.
 * So sentences that span the page are broken into lines here, one row each, using an estimate of Times
 * New Roman advance widths. The estimate errs wide (glyph classes rounded up, plus 2 %) so a line never
 * runs past its cells.
 */

/** Points Excel keeps free inside a cell, left and right together. */
export const CELL_PADDING = 4;

/** Widths in em of Times New Roman glyph classes, rounded up (bold slightly wider). */
function glyphEm(ch: string, bold: boolean): number {
  if (ch === ' ') return 0.25;
  if (/[0-9]/.test(ch)) return 0.5;
  if (/[.,:;'!|]/.test(ch)) return 0.28;
  if (/[()[\]\-–/]/.test(ch)) return 0.36;
  const base = ch.normalize('NFD')[0];
  if (/[ijlft]/.test(base)) return bold ? 0.34 : 0.3;
  if (/[mw]/.test(base)) return bold ? 0.86 : 0.76;
  if (/[IJ]/.test(base)) return bold ? 0.42 : 0.36;
  if (/[MW]/.test(base)) return bold ? 1.0 : 0.92;
  const upper = base !== base.toLowerCase() || ch === 'Đ';
  if (upper) return bold ? 0.74 : 0.7;
  return bold ? 0.53 : 0.48;
}

/** Estimated width in points of `text` set in Times New Roman at `fontSize`. */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text.normalize('NFC')) em += glyphEm(ch, bold);
  return em * fontSize * 1.02;
}

/**
 * Greedy word wrap into lines no wider than `width` points (plus the cell padding Excel keeps). A single
 * word wider than the line stays whole on its own line rather than being cut.
 */
export function wrapToWidth(text: string, width: number, fontSize: number, bold = false): string[] {
  const usable = Math.max(width - CELL_PADDING, fontSize);
  const lines: string[] = [];
  let current = '';
  for (const word of text
    .normalize('NFC')
    .split(/\s+/)
    .filter((w) => w.length > 0)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && estimateTextWidth(candidate, fontSize, bold) > usable) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current || lines.length === 0) lines.push(current);
  return lines;
}
