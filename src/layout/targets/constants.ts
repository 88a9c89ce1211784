/**
 * The workbook contract of the targets area: sheet names, the marks users type, the workbook names the
 * formulas use. Changing one of these changes the contract for every workbook made before, so they live
 * in one place.
 */
export const CHI_TIEU_SHEET = 'Chỉ tiêu';
export const DANG_KY_SHEET = 'Đăng ký';

/** Typed in a "ĐK" column: the person or tổ registered for that title. */
export const REGISTERED_MARK = 'x';
/** Written in a "KQ" column: reached the title at the result stage / can no longer reach it. */
export const RESULT_ACHIEVED = 'Đạt';
export const RESULT_OUT = 'Không đạt';
export type ResultMark = typeof RESULT_ACHIEVED | typeof RESULT_OUT | '';

/** Mã of the row that stands for the whole school in the tổ block. */
export const SCHOOL_ROW_ID = 'TOAN-TRUONG';

/** Workbook names bound to "Quy chế" values that formulas on these sheets read. */
export const NAMES = {
  ttldttPercent: 'TD_TTLDTT_PhanTram',
  ttldxsPercent: 'TD_TTLDXS_PhanTram',
  cstdcsCap: 'TD_CSTDCS_GioiHan',
} as const;

/** Eligibility words written by the tổ formulas; the same as the domain's verdict labels. */
export const VERDICT_TEXT = {
  eligible: 'Đủ điều kiện',
  notEligible: 'Không đủ',
  unknown: 'Chưa đủ dữ liệu',
} as const;

export const CAP_TEXT = { within: 'Trong giới hạn', over: 'Vượt giới hạn' } as const;

/** Fills and font colours for marks and outcomes (#RRGGBB). */
export const COLOURS = {
  header: '#DDEBF7',
  group: '#BDD7EE',
  good: '#C6EFCE',
  goodText: '#006100',
  over: '#DDEBF7',
  overText: '#1F4E79',
  warn: '#FFEB9C',
  warnText: '#9C5700',
  bad: '#FFC7CE',
  badText: '#9C0006',
  formula: '#F2F2F2',
} as const;
