/**
 * Column widths. The grid contract gives points (as Office.js `format.columnWidth` does); an .xlsx file stores
 * `<col width>` in characters of the default font's maximum digit width, padding included. For the default
 * Calibri 11 that digit is 7 px, so a width w shows as about 7·w px = 5.25·w pt (1 px = 0.75 pt at 96 dpi):
 * characters ≈ points / 5.25. Excel snaps to whole pixels, so a width read back can differ by under a pixel.
 */
export const POINTS_PER_WIDTH_CHARACTER = 5.25;

export function pointsToCharacters(points: number): number {
  return Math.round((points / POINTS_PER_WIDTH_CHARACTER) * 100) / 100;
}
