/** Colours: the grid contract uses #RRGGBB, ExcelJS stores opaque ARGB ("FFRRGGBB"). */

export function toArgb(hex: string): string {
  const match = /^#?([0-9a-fA-F]{6})$/.exec(hex.trim());
  if (!match) throw new RangeError(`Mã màu không hợp lệ: "${hex}". Hãy dùng dạng #RRGGBB, ví dụ #C6EFCE.`);
  return `FF${match[1].toUpperCase()}`;
}
