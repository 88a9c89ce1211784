/**
 * Print form of the papers sent up (DOMAIN.md §8; NĐ 30/2020/NĐ-CP Phụ lục I): A4, Times New Roman 13,
 * title 14, margins top/bottom 2 cm, left 3 cm, right 1,5 cm. Wide tables go landscape with narrower margins
 * so eleven columns stay readable at 13 pt.
 */
import type { CellStyle, PageSetupSpec } from '../grid';

export const FONT_NAME = 'Times New Roman';
export const BODY_FONT_SIZE = 13;
export const TITLE_FONT_SIZE = 14;
/**
 * The upper-case unit names and the national name: NĐ 30/2020 allows 12–13; at 13 the school's name and
 * the national name do not both fit one line each across 16,5 cm, so they take 12.
 */
export const HEADER_FONT_SIZE = 12;

/** Every cell of an exported sheet starts from this. */
export const BASE_STYLE: CellStyle = {
  fontName: FONT_NAME,
  fontSize: BODY_FONT_SIZE,
  verticalAlignment: 'center',
};

const CM = 1 / 2.54;

export const PORTRAIT: PageSetupSpec = {
  orientation: 'portrait',
  paperSize: 'A4',
  margins: { top: 2 * CM, bottom: 2 * CM, left: 3 * CM, right: 1.5 * CM },
  fitToWidth: true,
};

export const LANDSCAPE: PageSetupSpec = {
  orientation: 'landscape',
  paperSize: 'A4',
  margins: { top: 1.5 * CM, bottom: 1.5 * CM, left: 2 * CM, right: 1.5 * CM },
  fitToWidth: true,
};

/** Number formats: a vi-VN Excel shows "9,50" and "70,49%" from these. */
export const NUMBER_FORMATS = {
  count: '0',
  score: '0.00',
  percent: '0.00%',
  /** A gap shows its sign: "+2", "-1", "0". */
  gap: '+0;-0;0',
};
