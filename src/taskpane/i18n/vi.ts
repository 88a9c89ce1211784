/** Every string the pane shows, in Vietnamese (the default). en.ts must have the same keys. */
export const vi = {
  appTitle: 'Thi Đua',
  appSubtitle: 'Thi đua – khen thưởng trong nhà trường',
  nav: {
    template: 'Lập bảng',
    scores: 'Bảng điểm',
    meeting: 'Bình xét',
    targets: 'Chỉ tiêu',
    export: 'Gửi Phòng',
    phong: 'Phòng GD&ĐT',
  },
  navHint: 'Dùng phím mũi tên để chuyển giữa các mục.',
  loadingPanel: 'Đang mở mục…',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch the pane to English',
  common: {
    working: 'Đang xử lý…',
    done: 'Xong.',
    close: 'Đóng',
    cancel: 'Hủy',
    retry: 'Thử lại',
    save: 'Lưu',
    add: 'Thêm',
    remove: 'Xóa',
    refresh: 'Tính lại',
    goToCell: 'Đến ô',
    none: 'Không có',
    yes: 'Có',
    no: 'Không',
  },
  errors: {
    title: 'Có lỗi xảy ra',
    unknown: 'Đã xảy ra lỗi không xác định. Hãy thử lại; nếu vẫn lỗi, lưu tệp và mở lại Excel.',
    unsupportedHost:
      'Phiên bản Excel này không hỗ trợ bộ API ExcelApi 1.9 mà Thi Đua cần. Hãy dùng Excel cho Microsoft 365, Excel 2021/2024 hoặc Excel trên web.',
    details: 'Chi tiết kỹ thuật',
  },
  /** What CaseProvider is doing, shown in the progress bar. */
  progress: {
    reading: 'Đang đọc sổ làm việc…',
    recalculating: 'Đang tính lại…',
    restoring: 'Đang khôi phục công thức…',
    building: 'Đang lập bảng…',
  },
  overwritten: {
    title: (n: number) => `${n} ô công thức đã bị gõ đè`,
    intro:
      'Các ô này đang là số gõ tay thay cho công thức của Thi Đua, nên không còn tự tính theo điểm và phiếu.',
    cell: (sheet: string, address: string) => `${sheet}!${address}`,
    cellLabel: (sheet: string, address: string) => `Đến trang "${sheet}", ô ${address}`,
    typed: (value: string, formula: string) => `đang là ${value}, công thức cũ: ${formula}`,
    showAll: (n: number) => `Xem cả ${n} ô`,
    showFewer: 'Thu gọn',
    restore: 'Khôi phục công thức',
  },
};

export type Strings = typeof vi;
