/**
 * Excel refuses some sheet names and the add-in creates sheets from user text (tổ names, đợt names), so
 * names are checked and, when generated, made valid and unique before any adapter touches a workbook.
 */
import type { DomainIssue } from '../issues';

export const MAX_SHEET_NAME_LENGTH = 31;
/** Characters Excel forbids in a sheet name. */
const FORBIDDEN = /[:\\/?*[\]]/g;
/** Excel keeps "History" for its change-tracking sheet. */
const RESERVED = ['history'];

/** The form Excel compares sheet names in: "Đợt 1" and "đợt 1" (or its NFD spelling) are one name. */
export function sheetNameKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('vi');
}

/** Problems Excel would reject this sheet name for; empty when it is a valid name. */
export function validateSheetName(name: string): DomainIssue[] {
  const issues: DomainIssue[] = [];
  const nfc = name.normalize('NFC');
  const error = (code: string, message: string): DomainIssue => ({ code, severity: 'error', message });
  if (nfc.trim() === '') {
    return [error('sheet-name.empty', 'Tên trang tính đang để trống. Hãy đặt một tên, ví dụ "Tổ Toán".')];
  }
  if (nfc.length > MAX_SHEET_NAME_LENGTH) {
    issues.push(
      error(
        'sheet-name.too-long',
        `Tên trang tính "${nfc}" dài ${nfc.length} ký tự; Excel chỉ cho tối đa ${MAX_SHEET_NAME_LENGTH}. Hãy rút gọn tên.`,
      ),
    );
  }
  const forbidden = [...new Set(nfc.match(FORBIDDEN) ?? [])];
  if (forbidden.length > 0) {
    issues.push(
      error(
        'sheet-name.forbidden-character',
        `Tên trang tính "${nfc}" chứa ký tự không được dùng: ${forbidden.join(' ')}. Hãy bỏ các ký tự : \\ / ? * [ ].`,
      ),
    );
  }
  if (nfc.startsWith("'") || nfc.endsWith("'")) {
    issues.push(
      error(
        'sheet-name.apostrophe',
        `Tên trang tính "${nfc}" bắt đầu hoặc kết thúc bằng dấu nháy đơn ('). Hãy bỏ dấu nháy ở đầu và cuối tên.`,
      ),
    );
  }
  if (RESERVED.includes(sheetNameKey(nfc))) {
    issues.push(
      error(
        'sheet-name.reserved',
        `Excel dành riêng tên "${nfc}" cho trang lịch sử thay đổi. Hãy chọn tên khác.`,
      ),
    );
  }
  return issues;
}

/** Cuts to `max` UTF-16 units without splitting a surrogate pair, then drops what may not end a name. */
function cut(text: string, max: number): string {
  let out = text.length > max ? text.slice(0, max) : text;
  if (/[\uD800-\uDBFF]$/.test(out)) out = out.slice(0, -1);
  return out.replace(/[\s']+$/, '');
}

/** A valid sheet name made from any text: forbidden characters become "-", edge apostrophes and spaces go. */
export function sanitizeSheetName(text: string): string {
  const cleaned = text
    .normalize('NFC')
    .replace(FORBIDDEN, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
  const name = cut(cleaned, MAX_SHEET_NAME_LENGTH);
  if (name === '' || RESERVED.includes(sheetNameKey(name))) return name === '' ? 'Trang' : `${name} (1)`;
  return name;
}

/**
 * `base` made valid, or "base (2)", "base (3)"… when the name is taken (Excel compares sheet names without
 * case). The base is shortened so the suffix always fits in 31 characters.
 */
export function uniqueSheetName(base: string, existingNames: Iterable<string>): string {
  const taken = new Set([...existingNames].map(sheetNameKey));
  const name = sanitizeSheetName(base);
  if (!taken.has(sheetNameKey(name))) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = cut(name, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
    if (!taken.has(sheetNameKey(candidate))) return candidate;
  }
}
