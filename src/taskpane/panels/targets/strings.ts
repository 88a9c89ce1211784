/** The targets dashboard's own words (Vietnamese first; English mirrors every key). */
const vi = {
  heading: 'Chỉ tiêu và kết quả',
  loading: 'Đang đọc sổ làm việc…',
  empty: 'Sổ làm việc này chưa có bảng thi đua. Hãy lập bảng ở mục Lập bảng trước.',
  refresh: 'Tính lại',
  readAt: (time: string) => `Đã đọc lúc ${time}. Sửa trên sheet xong, bấm Tính lại.`,
  filterTeam: 'Tổ',
  filterTitle: 'Danh hiệu',
  allTeams: 'Toàn trường',
  allTitles: 'Tất cả chỉ tiêu',
  tally: (met: number, over: number, short: number, unreachable: number) =>
    `Đạt ${met} · Vượt ${over} · Còn thiếu ${short} · Không thể đạt ${unreachable}`,
  targetsList: 'Danh sách chỉ tiêu',
  noTargetRows: 'Không có chỉ tiêu nào khớp bộ lọc.',
  nonTitleHidden:
    'Chỉ tiêu công đoàn, xếp loại tổ chức và sáng kiến tính cho toàn trường nên không hiện khi chọn một tổ.',
  target: 'Chỉ tiêu',
  result: 'Kết quả',
  gap: 'Chênh lệch',
  pool: 'Còn có thể đạt',
  outcome: {
    met: 'Đạt',
    over: (n: number) => `Vượt ${n}`,
    short: (n: number) => `Còn thiếu ${n}`,
    unreachable: 'Không thể đạt',
  },
  stages: (registered: number, eligible: number, proposed: number, voted: number, approved: number) =>
    `Đăng ký ${registered} · Đủ điều kiện ${eligible} · Đề nghị ${proposed} · Đạt bình xét ${voted} · Công nhận ${approved}`,
  teamShare: (team: string, registered: number, eligible: number, achieved: number, subjects: number) =>
    `Trong ${team}: ${subjects} đối tượng, đăng ký ${registered}, đủ điều kiện ${eligible}, đạt ${achieved}`,
  edit: 'Sửa chỉ tiêu',
  editOf: (label: string) => `Sửa chỉ tiêu ${label}`,
  editLabel: (label: string) => `Chỉ tiêu mới cho ${label}`,
  editHint: 'Số nguyên từ 0 trở lên. Enter để lưu, Esc để hủy.',
  save: 'Lưu',
  cancel: 'Hủy',
  saving: (label: string, value: number) => `Đang ghi chỉ tiêu ${label} = ${value}…`,
  saved: (label: string, value: number, cell: string) => `Đã ghi chỉ tiêu ${label} = ${value} vào ô ${cell}.`,
  changedOnSheet: (cell: string, current: string) =>
    `Ô ${cell} đã được sửa trên sheet (hiện là ${current}) sau lần đọc trước, nên chưa ghi đè. Đã đọc lại; hãy xem số mới rồi sửa lại nếu cần.`,
  formulaOnSheet: (cell: string, formula: string) =>
    `Ô ${cell} đang chứa công thức ${formula}; Thi Đua không ghi đè công thức. Hãy sửa trực tiếp trên sheet.`,
  noCell: (label: string) =>
    `Chỉ tiêu ${label} không có ô trên sheet Chỉ tiêu để ghi; hãy sửa trên sheet rồi bấm Tính lại.`,
  goToCell: 'Đến ô',
  goToCellOf: (what: string, cell: string) => `Đến ô ${cell} (${what})`,
  chartHeading: 'Biểu đồ chỉ tiêu và kết quả',
  chartHint:
    'Cột xám: chỉ tiêu; cột màu: kết quả. Biểu đồ trong Excel lấy số từ bảng "Số liệu biểu đồ" trên sheet Chỉ tiêu nên tự cập nhật khi sửa chỉ tiêu.',
  chartEmpty: 'Chưa có chỉ tiêu danh hiệu nào để vẽ biểu đồ.',
  insertChart: 'Chèn biểu đồ',
  reinsertChart: 'Chèn lại biểu đồ',
  inserting: 'Đang chèn biểu đồ…',
  inserted: (sheet: string, source: string, position: string) =>
    `Đã chèn biểu đồ trên sheet ${sheet} (vùng ${position}), số liệu từ ${source}.`,
  replaced: (sheet: string, source: string, position: string) =>
    `Đã thay biểu đồ cũ trên sheet ${sheet} (vùng ${position}), số liệu từ ${source}.`,
  barLabel: (category: string, target: number, result: number) =>
    `${category}: chỉ tiêu ${target}, kết quả ${result}`,
  flagsHeading: 'Cảnh báo và vi phạm',
  flagsTally: (errors: number, warnings: number, notes: number) =>
    `${errors} lỗi · ${warnings} cảnh báo · ${notes} ghi chú`,
  showNotes: 'Hiện cả ghi chú (chỉ tiêu đã đạt, kết quả chưa nhập)',
  noFlags: 'Không có lỗi hay cảnh báo nào.',
  severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Ghi chú' },
  source: (source: string) => `Căn cứ: ${source}`,
  unverified: 'chưa kiểm chứng với văn bản, hãy đối chiếu',
  schoolRule: 'Quy chế của trường',
  peopleHeading: 'Từng người',
  teamsHeading: 'Từng tổ và toàn trường',
  scope: 'Hiện',
  scopeAll: 'Tất cả',
  scopeNotAchieved: 'Chưa đạt',
  scopeOut: 'Không thể đạt',
  noPeople: 'Không có ai khớp bộ lọc.',
  noTeams: 'Không có tổ nào khớp bộ lọc.',
  showMore: (n: number) => `Hiện thêm ${n}`,
  tone: { achieved: 'Đạt', open: 'Đang xét', out: 'Không đạt' },
};

export type TargetsStrings = typeof vi;

const en: TargetsStrings = {
  heading: 'Targets and results',
  loading: 'Reading the workbook…',
  empty: 'This workbook has no Thi Đua sheets yet. Build them under "Lập bảng" first.',
  refresh: 'Recalculate',
  readAt: (time) => `Read at ${time}. After editing the sheet, press Recalculate.`,
  filterTeam: 'Tổ (team)',
  filterTitle: 'Title',
  allTeams: 'Whole school',
  allTitles: 'All targets',
  tally: (met, over, short, unreachable) =>
    `Met ${met} · Over ${over} · Short ${short} · Unreachable ${unreachable}`,
  targetsList: 'Targets',
  noTargetRows: 'No target matches the filter.',
  nonTitleHidden:
    'Union, organisation-rating and initiative targets count for the whole school and are hidden for one tổ.',
  target: 'Target',
  result: 'Result',
  gap: 'Gap',
  pool: 'Still possible',
  outcome: {
    met: 'Met',
    over: (n) => `Over by ${n}`,
    short: (n) => `Short by ${n}`,
    unreachable: 'Unreachable',
  },
  stages: (registered, eligible, proposed, voted, approved) =>
    `Registered ${registered} · Eligible ${eligible} · Proposed ${proposed} · Voted ${voted} · Approved ${approved}`,
  teamShare: (team, registered, eligible, achieved, subjects) =>
    `In ${team}: ${subjects} subjects, registered ${registered}, eligible ${eligible}, achieved ${achieved}`,
  edit: 'Edit target',
  editOf: (label) => `Edit target ${label}`,
  editLabel: (label) => `New target for ${label}`,
  editHint: 'A whole number from 0. Enter saves, Esc cancels.',
  save: 'Save',
  cancel: 'Cancel',
  saving: (label, value) => `Writing target ${label} = ${value}…`,
  saved: (label, value, cell) => `Wrote target ${label} = ${value} to ${cell}.`,
  changedOnSheet: (cell, current) =>
    `Cell ${cell} was edited on the sheet (now ${current}) since the last read, so it was not overwritten. The workbook has been re-read; check the new number.`,
  formulaOnSheet: (cell, formula) =>
    `Cell ${cell} holds the formula ${formula}; Thi Đua does not overwrite formulas.`,
  noCell: (label) => `Target ${label} has no cell on the "Chỉ tiêu" sheet; edit the sheet, then Recalculate.`,
  goToCell: 'Go to cell',
  goToCellOf: (what, cell) => `Go to ${cell} (${what})`,
  chartHeading: 'Chart of targets and results',
  chartHint:
    'Grey: target; coloured: result. The Excel chart reads the "Số liệu biểu đồ" table on the "Chỉ tiêu" sheet, so it follows every edit.',
  chartEmpty: 'No title target to chart yet.',
  insertChart: 'Insert chart',
  reinsertChart: 'Insert chart again',
  inserting: 'Inserting the chart…',
  inserted: (sheet, source, position) => `Chart inserted on ${sheet} (${position}), data from ${source}.`,
  replaced: (sheet, source, position) => `Old chart replaced on ${sheet} (${position}), data from ${source}.`,
  barLabel: (category, target, result) => `${category}: target ${target}, result ${result}`,
  flagsHeading: 'Warnings and breaches',
  flagsTally: (errors, warnings, notes) => `${errors} errors · ${warnings} warnings · ${notes} notes`,
  showNotes: 'Show notes too (targets met, results not entered)',
  noFlags: 'No errors or warnings.',
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  source: (source) => `Source: ${source}`,
  unverified: 'not checked against the legal text; please verify',
  schoolRule: "the school's own Quy chế",
  peopleHeading: 'Each person',
  teamsHeading: 'Each tổ and the school',
  scope: 'Show',
  scopeAll: 'All',
  scopeNotAchieved: 'Not achieved',
  scopeOut: 'Out',
  noPeople: 'Nobody matches the filter.',
  noTeams: 'No tổ matches the filter.',
  showMore: (n) => `Show ${n} more`,
  tone: { achieved: 'Achieved', open: 'In progress', out: 'Out' },
};

export const TARGETS_STRINGS = { vi, en };
