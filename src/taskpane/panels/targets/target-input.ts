/**
 * Reads the number typed for a target in the pane: a whole number from 0, as the sheet's validation asks.
 * Refusals are Vietnamese and name the value typed.
 */
import { parseVietnameseNumber } from '../../../domain/text';

export const MAX_TARGET = 100000;

export type TargetInput = { ok: true; value: number } | { ok: false; message: string };

export function parseTargetInput(text: string): TargetInput {
  const typed = text.trim();
  if (typed === '') return { ok: false, message: 'Hãy nhập số chỉ tiêu (số nguyên từ 0 trở lên).' };
  const parsed = parseVietnameseNumber(typed);
  if (!parsed.ok || parsed.value === null) {
    return { ok: false, message: `"${typed}" không phải là số; hãy nhập số nguyên từ 0 trở lên, ví dụ 9.` };
  }
  const value = parsed.value;
  if (!Number.isInteger(value)) {
    return {
      ok: false,
      message: `Chỉ tiêu là số người hoặc số tổ nên phải là số nguyên; "${typed}" có phần lẻ.`,
    };
  }
  if (value < 0) return { ok: false, message: `Chỉ tiêu không thể âm (${typed}); hãy nhập số từ 0 trở lên.` };
  if (value > MAX_TARGET) {
    return { ok: false, message: `Chỉ tiêu ${typed} quá lớn; hãy nhập số không quá ${MAX_TARGET}.` };
  }
  return { ok: true, value };
}
