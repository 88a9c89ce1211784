/**
 * Office.js errors (OfficeExtension.Error: code, message, debugInfo) as plain Vietnamese sentences that say
 * what happened and what to do. Anything that is not an Office error gives undefined, so the caller can fall
 * back to its own sentence.
 */
const MESSAGES: Record<string, string> = {
  ItemNotFound:
    'Không tìm thấy trang tính, vùng ô hoặc tên mà Thi Đua cần: có thể nó đã bị xoá hoặc đổi tên. Hãy kiểm tra lại các trang tính rồi thử lại.',
  InvalidArgument:
    'Excel không nhận một giá trị Thi Đua gửi sang (tên trang tính, địa chỉ ô hoặc công thức). Hãy kiểm tra tên trang tính và dữ liệu vừa nhập rồi thử lại.',
  AccessDenied:
    'Excel không cho ghi: trang tính hoặc sổ tính đang được bảo vệ, hoặc tệp đang mở ở chế độ chỉ đọc. Hãy bỏ bảo vệ trang tính (Xem lại › Bỏ bảo vệ trang tính) hoặc mở bản có quyền sửa rồi thử lại.',
  ItemAlreadyExists:
    'Sổ tính đã có một trang tính hoặc một tên vùng trùng tên. Hãy đổi tên mục cũ hoặc chọn tên khác rồi thử lại.',
  GeneralException:
    'Excel gặp lỗi chung khi làm thao tác này. Hãy lưu tệp, đóng rồi mở lại ngăn Thi Đua và thử lần nữa.',
  InvalidReference:
    'Một vùng ô hoặc trang tính được nhắc tới không còn đúng (có thể đã bị xoá, đổi tên hoặc thu nhỏ). Hãy kiểm tra các trang tính của Thi Đua rồi thử lại.',
  RequestPayloadSizeLimitExceeded:
    'Lượng dữ liệu gửi sang Excel trong một lần quá lớn (Excel trên web giới hạn 5 MB). Hãy làm từng phần nhỏ hơn, ví dụ từng tổ hoặc từng đợt, rồi thử lại.',
  ResponsePayloadSizeLimitExceeded:
    'Lượng dữ liệu đọc từ Excel trong một lần quá lớn (Excel trên web giới hạn 5 MB). Hãy xoá các hàng, cột thừa ở cuối trang tính rồi thử lại.',
  InsertDeleteConflict:
    'Excel không chèn hay xoá ô được ở đây vì sẽ làm vỡ một bảng, một vùng gộp ô hoặc một công thức mảng. Hãy bỏ gộp ô hoặc dời bảng sang chỗ khác rồi thử lại.',
  MergedRangeConflict:
    'Vùng ô cần ghi có ô đã gộp chồng lên. Hãy bỏ gộp các ô đó (Trang đầu › Hợp nhất và căn giữa) rồi thử lại.',
  FilteredRangeConflict: 'Vùng ô cần ghi đang được lọc. Hãy bỏ bộ lọc (Dữ liệu › Xoá bộ lọc) rồi thử lại.',
  InvalidOperationInCellEditMode:
    'Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để rời ô đang gõ rồi thử lại.',
  InvalidOperation:
    'Excel không cho làm thao tác này lúc này. Hãy nhấn Enter hoặc Esc nếu đang gõ trong một ô, đóng các hộp thoại đang mở rồi thử lại.',
  FormulaLengthExceedsLimit:
    'Một công thức dài quá giới hạn 8.192 ký tự của Excel. Hãy giảm số tiêu chí hoặc số người trong một trang rồi thử lại.',
  RangeExceedsLimit:
    'Vùng ô cần đọc hoặc ghi quá lớn cho Excel. Hãy xoá các hàng, cột thừa ở cuối trang tính rồi thử lại.',
  OperationCellsExceedLimit:
    'Thao tác chạm tới quá nhiều ô cùng lúc. Hãy xoá các hàng, cột thừa ở cuối trang tính rồi thử lại.',
  NotImplemented:
    'Phiên bản Excel này chưa có chức năng Thi Đua cần. Hãy cập nhật Excel (Microsoft 365, Excel 2021 trở lên hoặc Excel trên web).',
  ApiNotFound:
    'Phiên bản Excel này chưa có chức năng Thi Đua cần. Hãy cập nhật Excel (Microsoft 365, Excel 2021 trở lên hoặc Excel trên web).',
  UnsupportedOperation:
    'Excel không hỗ trợ thao tác này trên trang tính hiện tại. Hãy chọn một trang tính thường rồi thử lại.',
  UnsupportedSheet:
    'Trang tính đang chọn không phải trang tính thường (ví dụ trang biểu đồ). Hãy chọn một trang tính có ô rồi thử lại.',
  Conflict: 'Sổ tính vừa được người khác sửa cùng lúc. Hãy đợi vài giây rồi thử lại.',
  ActivityLimitReached: 'Excel đang bận vì có quá nhiều thao tác liên tiếp. Hãy đợi vài giây rồi thử lại.',
  RequestAborted: 'Thao tác bị ngắt giữa chừng (có thể do mất kết nối). Hãy kiểm tra mạng rồi thử lại.',
  InactiveWorkbook: 'Sổ tính không còn đang mở trong cửa sổ này. Hãy chọn lại cửa sổ sổ tính rồi thử lại.',
  PropertyNotLoaded:
    'Thi Đua gặp lỗi nội bộ khi đọc sổ tính. Hãy đóng rồi mở lại ngăn Thi Đua; nếu vẫn lỗi, hãy báo cho người hỗ trợ kèm chi tiết kỹ thuật.',
};

interface OfficeLikeError {
  code: string;
  debugInfo?: { errorLocation?: string };
}

function isOfficeError(error: unknown): error is OfficeLikeError {
  if (typeof error !== 'object' || error === null) return false;
  const candidate = error as { code?: unknown; debugInfo?: unknown; name?: unknown };
  return (
    typeof candidate.code === 'string' &&
    (candidate.debugInfo !== undefined || candidate.name === 'RichApi.Error' || candidate.code in MESSAGES)
  );
}

export function officeErrorToVietnamese(error: unknown): string | undefined {
  if (!isOfficeError(error)) return undefined;
  return (
    MESSAGES[error.code] ??
    `Excel báo lỗi "${error.code}" khi làm thao tác này. Hãy lưu tệp, đóng rồi mở lại ngăn Thi Đua và thử lần nữa; nếu vẫn lỗi, hãy báo mã lỗi này cho người hỗ trợ.`
  );
}
