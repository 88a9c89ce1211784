/**
 * Excel's rules for sheet names, shared by both adapters (pure: the Office.js adapter imports it too). Excel
 * compares sheet names without regard to case, so "Đợt 1" and "đợt 1" collide.
 */
export const MAX_SHEET_NAME_LENGTH = 31;
const FORBIDDEN_CHARACTERS = /[:\\/?*[\]]/;

/** A Vietnamese sentence saying what is wrong with the name, or undefined when Excel accepts it. */
export function sheetNameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'Tên trang tính đang trống: hãy đặt một tên.';
  if (name.length > MAX_SHEET_NAME_LENGTH) {
    return `Tên trang tính "${name}" dài ${name.length} ký tự, Excel chỉ nhận tối đa ${MAX_SHEET_NAME_LENGTH}: hãy rút gọn.`;
  }
  if (FORBIDDEN_CHARACTERS.test(name)) {
    return `Tên trang tính "${name}" có ký tự Excel không nhận (: \\ / ? * [ ]): hãy bỏ các ký tự đó.`;
  }
  if (name.startsWith("'") || name.endsWith("'")) {
    return `Tên trang tính "${name}" bắt đầu hoặc kết thúc bằng dấu nháy đơn, Excel không nhận: hãy bỏ dấu đó.`;
  }
  return undefined;
}

export function sameSheetName(a: string, b: string): boolean {
  return a.normalize('NFC').toLocaleLowerCase('vi') === b.normalize('NFC').toLocaleLowerCase('vi');
}

/**
 * The first of "Đợt 1", "Đợt 1 (2)", "Đợt 1 (3)"… not taken (case-insensitively), shortening the base so the
 * suffix still fits in 31 characters.
 */
export function uniqueSheetName(base: string, taken: Iterable<string>): string {
  const takenList = [...taken];
  const isTaken = (candidate: string) => takenList.some((name) => sameSheetName(name, candidate));
  if (!isTaken(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd()}${suffix}`;
    if (!isTaken(candidate)) return candidate;
  }
}
