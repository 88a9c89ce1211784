/**
 * Header text reduced to what people mean by it: no diacritics (đ -> d), lower case, punctuation as
 * spaces, dots kept only between digits ("1.1"). "Họ và tên", "HỌ VÀ TÊN" and "Ho va ten:" all become
 * "ho va ten". For matching headers and labels only, never for names of people (Hà ≠ Hạ).
 */
export function foldKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
