import { isExcelApiSupported } from './requirements';
import { createWorkbook } from './run';

export const CREATE_WORKBOOK_API = '1.8';

/**
 * Opens the exported .xlsx (base64) as a new workbook window. Excel.createWorkbook needs ExcelApi 1.8; where it
 * is missing the pane says so and the caller offers the file as a download instead.
 */
export async function openWorkbookFromBase64(base64: string): Promise<void> {
  if (!isExcelApiSupported(CREATE_WORKBOOK_API)) {
    throw new Error(
      'Phiên bản Excel này không mở được sổ tính mới từ ngăn Thi Đua (cần ExcelApi 1.8). Hãy tải tệp .xlsx về máy ' +
        'rồi mở bằng Excel, hoặc cập nhật Excel.',
    );
  }
  await createWorkbook(base64);
}
