/**
 * Excel's rules for sheet names: 1–31 characters, none of \ / ? * : [ ], no apostrophe at either end,
 * unique in the workbook ignoring case.
 */

export const MAX_SHEET_NAME_LENGTH = 31;

const FORBIDDEN = /[\\/?*:[\]]/g;

/** Lower-cased the way Excel compares sheet names. */
export const sheetNameKey = (name: string): string => name.normalize('NFC').toLocaleLowerCase('vi');

function clip(name: string, length: number): string {
  return Array.from(name).slice(0, length).join('').trim();
}

/**
 * `wanted` made legal and unique against `taken` (whose entries are sheetNameKey()s); the result is added
 * to `taken`. A clash gets " (2)", " (3)"… with the name shortened to make room.
 */
export function safeSheetName(wanted: string, taken: Set<string>): string {
  const cleaned =
    wanted
      .normalize('NFC')
      .replace(FORBIDDEN, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^'+|'+$/g, '')
      .trim() || 'Trang';
  let name = clip(cleaned, MAX_SHEET_NAME_LENGTH);
  for (let n = 2; taken.has(sheetNameKey(name)); n++) {
    const suffix = ` (${n})`;
    name = `${clip(cleaned, MAX_SHEET_NAME_LENGTH - suffix.length)}${suffix}`;
  }
  taken.add(sheetNameKey(name));
  return name;
}
