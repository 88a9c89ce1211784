import { formatVietnameseNumber } from '../../../domain/text';

/** A total as the sheets show it: two decimals with a decimal comma ("92,35"). */
export function showTotal(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : formatVietnameseNumber(value, 2);
}

/** A criterion score as typed: "9,5", "10". */
export function showScore(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : String(value).replace('.', ',');
}

/** "14:05" for "đã tính lúc …". */
export function showTime(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}
