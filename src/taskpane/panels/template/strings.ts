/** The "Lập bảng" panel's own strings, Vietnamese first; en has the same keys. */
import type { PersonField } from '../../../domain/import';
import type { AssessmentLevel, CriterionKind } from '../../../domain/scoring';
import { UNIT_TERMS } from '../../../domain/school/units';

const n = (value: number) => String(value).replace('.', ',');

const viLevels: Record<AssessmentLevel, string> = {
  self: 'Tự đánh giá',
  team: 'Tổ đánh giá',
  council: 'Hội đồng đánh giá',
};

const viFields: Record<PersonField, string> = {
  name: 'Họ và tên',
  staffCode: 'Mã cán bộ',
  team: 'Tổ',
  role: 'Vai trò',
  position: 'Chức vụ',
  gender: 'Giới tính (Nam/Nữ)',
  female: 'Cột "Nữ" (đánh dấu x)',
  birthDate: 'Ngày sinh',
  hireDate: 'Ngày tuyển dụng',
};

const viKinds: Record<CriterionKind, string> = {
  points: 'Chấm điểm',
  deduction: 'Trừ điểm theo lần',
  bonus: 'Điểm thưởng',
};

const vi = {
  title: 'Lập bảng lượng hóa',
  common: { cancel: 'Hủy' },
  sections: {
    school: (name: string) => (name ? `Trường: ${name}` : 'Trường (chưa nhập)'),
    staff: (count: number, teams: number) => `Cán bộ: ${count} người, ${teams} tổ`,
    criteria: (count: number) => `Tiêu chí: ${count} tiêu chí`,
    rounds: (count: number) => `Đợt thi đua: ${count} đợt`,
    levels: 'Mức đánh giá và xếp loại',
  },
  fields: {
    notANumber: (text: string) => `"${text}" không phải là số. Hãy nhập một số, ví dụ 9,5.`,
    required: (label: string) => `Hãy nhập ${label.toLocaleLowerCase('vi')}.`,
    atLeast: (min: string) => `Hãy nhập một số từ ${min} trở lên.`,
    dateHint: 'Ngày/tháng/năm, ví dụ 05/09/2024.',
    datePlaceholder: 'nn/tt/nnnn',
  },
  lastYear: {
    title: 'Năm học mới từ sổ năm trước',
    intro:
      'Chọn sổ làm việc Thi Đua của năm trước: danh sách cán bộ, tổ, tiêu chí và Quy chế được giữ, các đợt chuyển sang năm mới, danh hiệu năm trước ghi vào trang "Lịch sử". Nên làm trên một sổ làm việc mới, trống.',
    pick: 'Chọn sổ năm trước…',
    reading: (name: string) => `Đang đọc "${name}"…`,
    building: 'Đang lập bảng năm học mới…',
    notXlsx: (name: string) => `"${name}" không phải tệp .xlsx: hãy chọn sổ làm việc Thi Đua của năm trước.`,
    unreadable: (name: string) => `Không đọc được "${name}": tệp hỏng hoặc không phải sổ làm việc .xlsx.`,
    built: (year: string) =>
      `Đã lập bảng năm học ${year} từ sổ năm trước; danh hiệu năm trước ở trang "Lịch sử".`,
  },
  sample: {
    intro:
      'Điền thông tin trường, danh sách cán bộ, tiêu chí và các đợt, rồi bấm "Lập bảng". Muốn xem thử ngay, hãy dùng dữ liệu trường mẫu (61 cán bộ, 8 tổ, hai đợt).',
    useSample: 'Dùng dữ liệu trường mẫu',
    withScores: 'Kèm điểm mẫu',
    loaded: (withScores: boolean): string =>
      withScores
        ? 'Đã điền dữ liệu trường mẫu, kèm điểm của hai đợt. Bấm "Lập bảng" ở cuối trang để tạo sổ.'
        : 'Đã điền dữ liệu trường mẫu, chưa có điểm. Bấm "Lập bảng" ở cuối trang để tạo sổ.',
    replaceTitle: 'Thay bằng dữ liệu trường mẫu?',
    replaceMessage:
      'Thông tin trường, danh sách cán bộ và tiêu chí đang nhập sẽ được thay bằng dữ liệu trường mẫu. Sổ Excel không bị thay đổi.',
    reset: 'Bắt đầu lại',
    resetTitle: 'Xóa dữ liệu đang nhập?',
    resetMessage:
      'Thông tin trường và danh sách cán bộ đang nhập sẽ bị xóa; bộ tiêu chí trở về bộ có sẵn. Sổ Excel không bị thay đổi.',
    cleared: 'Đã xóa dữ liệu đang nhập. Bộ tiêu chí có sẵn (100 điểm) đã được nạp lại.',
  },
  school: {
    name: 'Tên trường',
    nameHint: 'Ví dụ: Trường Tiểu học Bình Hòa 2',
    schoolYear: 'Năm học',
    schoolYearHint: 'Ví dụ: 2024-2025',
    parentBody: 'Cơ quan cấp trên',
    parentBodyHint: 'Ví dụ: Phòng Giáo dục và Đào tạo thị xã Thuận An',
    place: 'Địa danh',
    placeHint: 'Ghi ở dòng ngày tháng của văn bản, ví dụ: Thuận An',
    yearStart: 'Ngày bắt đầu năm học',
    yearEnd: 'Ngày kết thúc năm học',
    principal: 'Hiệu trưởng',
  },
  staff: {
    addTitle: 'Thêm cán bộ',
    editTitle: 'Sửa thông tin cán bộ',
    fullName: 'Họ và tên',
    code: 'Mã cán bộ',
    codeHint: 'Để trống để tự đặt mã.',
    gender: 'Giới tính',
    female: 'Nữ',
    male: 'Nam',
    position: 'Chức vụ',
    positionHint: 'Ví dụ: Giáo viên, Tổ trưởng, Kế toán',
    role: 'Vai trò',
    team: 'Tổ',
    teamHint: 'Gõ tên tổ; tổ mới được tạo tự động.',
    hireDate: 'Ngày tuyển dụng',
    birthDate: 'Ngày sinh',
    addPerson: 'Thêm vào danh sách',
    saveChanges: 'Lưu thay đổi',
    cancelEdit: 'Thôi sửa',
    empty:
      'Chưa có cán bộ nào. Hãy gõ từng người ở trên, dán danh sách từ Excel hoặc lấy từ vùng đang chọn ở dưới.',
    listLabel: 'Danh sách cán bộ',
    listTitle: (count: number, teams: number) => `Danh sách: ${count} người, ${teams} tổ`,
    number: 'TT',
    actions: 'Thao tác',
    noTeam: '(chưa có tổ)',
    unknownRole: (id: string) => `(vai trò "${id}" không có)`,
    edit: 'Sửa',
    remove: 'Xóa',
    editOf: (name: string) => `Sửa thông tin ${name}`,
    removeOf: (name: string) => `Xóa ${name} khỏi danh sách`,
    added: (name: string) => `Đã thêm ${name} vào danh sách.`,
    saved: (name: string) => `Đã lưu thông tin ${name}.`,
    removed: (name: string) => `Đã xóa ${name} khỏi danh sách.`,
    removeTitle: 'Xóa cán bộ khỏi danh sách?',
    removeMessage: (name: string, id: string) =>
      `${name} (mã ${id}) sẽ bị xóa khỏi danh sách đang nhập, cùng với điểm mẫu của người này (nếu có). Sổ Excel không bị thay đổi.`,
    importTitle: 'Nhập danh sách có sẵn',
  },
  staffImport: {
    pasteLabel: 'Dán danh sách từ Excel',
    pasteHint:
      'Chọn các ô trong Excel, sao chép (Ctrl+C) rồi dán vào đây. Thứ tự cột nếu không có dòng tiêu đề: Họ và tên, Giới tính, Chức vụ, Vai trò, Tổ, Ngày tuyển dụng, Ngày sinh, Mã.',
    pastedName: 'Dữ liệu dán',
    readPaste: 'Đọc dữ liệu đã dán',
    fromSelection: 'Lấy từ vùng đang chọn',
    readingSelection: 'Đang đọc vùng đang chọn…',
    selectionEmpty: (sheet: string) =>
      `Vùng đang chọn trên trang "${sheet}" không có dữ liệu. Hãy chọn các ô chứa danh sách (kể cả dòng tiêu đề) rồi bấm lại.`,
    fromRange: (sheet: string, address: string) => `Đọc từ vùng ${address} trang "${sheet}".`,
    fromPaste: (rows: number) => `Đã đọc ${rows} dòng dán vào.`,
    headerRows: 'Số dòng tiêu đề',
    headerRowsHint: 'Các dòng đầu ghi tên cột, không phải cán bộ.',
    headerRowsOption: (count: number) => (count === 0 ? 'Không có dòng tiêu đề' : `${count} dòng`),
    previewTitle: (count: number) => `Xem trước: ${count} người`,
    columns: { name: 'Họ và tên (mã)', team: 'Tổ', role: 'Vai trò', details: 'Chi tiết' },
    born: (date: string) => `sinh ${date}`,
    hired: (date: string) => `tuyển dụng ${date}`,
    clashes: (codes: string[]) =>
      `Các mã ${codes.slice(0, 5).join(', ')}${codes.length > 5 ? '…' : ''} đã có trong danh sách đang nhập nên không thêm được; hãy sửa mã trong bảng nguồn hoặc chọn "Thay danh sách".`,
    replaceWith: (count: number) => `Thay danh sách (${count} người)`,
    append: 'Thêm vào danh sách hiện có',
    cancel: 'Hủy',
    replaceTitle: 'Thay danh sách cán bộ?',
    replaceMessage: (current: number, next: number) =>
      `Danh sách đang có ${current} người sẽ được thay bằng ${next} người vừa đọc. Sổ Excel không bị thay đổi.`,
    replace: 'Thay danh sách',
    replaced: (count: number) => `Đã thay danh sách bằng ${count} người.`,
    appended: (count: number) => `Đã thêm ${count} người vào danh sách.`,
  },
  mapping: {
    column: (letter: string) => `Cột ${letter}`,
    holds: 'Cột này chứa',
    level: 'Mức',
    ignore: '(bỏ qua cột này)',
    personGroup: 'Thông tin cán bộ',
    criteriaGroup: 'Điểm',
    fields: viFields,
    criterionOption: (id: string, label: string) =>
      `Tiêu chí ${id}: ${label.length > 50 ? `${label.slice(0, 50)}…` : label}`,
    total: 'Tổng điểm (để đối chiếu)',
    defaultLevel: 'Mức đã chọn ở trên',
    levels: viLevels,
    example: (value: string) => `Ví dụ: ${value}`,
    repeated: 'Thông tin này đã được chọn cho một cột khác; chỉ cột đầu tiên được đọc.',
  },
  criteria: {
    totalPoints: 'Tổng điểm của bảng',
    totalPointsHint: 'Thường là 100. Tổng của người có điểm tối đa khác sẽ được quy đổi về thang này.',
    sumsTitle: 'Điểm tối đa theo vai trò',
    sumRole: 'Vai trò',
    sumMax: 'Cộng điểm tối đa',
    sumState: 'Đối chiếu',
    sumOk: 'Đủ',
    sumOff: (total: string) => `Khác ${total}`,
    sumWarning: (total: string) =>
      `Có vai trò mà điểm tối đa các tiêu chí áp dụng cộng lại khác ${total}: tổng điểm của những người này sẽ được quy đổi về thang ${total}. Nếu không muốn quy đổi, hãy sửa điểm tối đa các tiêu chí.`,
    addTitle: 'Thêm tiêu chí',
    editTitle: (id: string) => `Sửa tiêu chí ${id}`,
    code: 'Mã tiêu chí',
    section: 'Thuộc mục',
    label: 'Nội dung tiêu chí',
    kind: 'Cách tính',
    kinds: viKinds,
    kindHints: {
      points: 'Người chấm nhập điểm từ 0 đến điểm tối đa.',
      deduction: 'Người chấm nhập số lần vi phạm; mỗi lần trừ một số điểm, không trừ quá điểm ban đầu.',
      bonus: 'Cộng thêm vào tổng, không quá mức tối đa; không tính vào điểm tối đa của bảng.',
    } as Record<CriterionKind, string>,
    max: 'Điểm tối đa',
    start: 'Điểm ban đầu',
    cap: 'Điểm thưởng tối đa',
    step: 'Điểm trừ mỗi lần',
    stepHint: 'Ví dụ: 3 hoặc 0,5',
    floor: 'Điểm sàn (không bắt buộc)',
    floorHint: 'Mức xếp loại cần điểm sàn đòi tiêu chí này đạt ít nhất số điểm này.',
    roles: 'Áp dụng cho',
    allRoles: 'Tất cả',
    addCriterion: 'Thêm tiêu chí',
    saveChanges: 'Lưu thay đổi',
    cancel: 'Hủy',
    pointsSummary: (max: string) => `tối đa ${max} điểm`,
    pointsFloorSummary: (max: string, floor: string) => `tối đa ${max} điểm, điểm sàn ${floor}`,
    deductionSummary: (max: string, step: string) => `${max} điểm, trừ ${step} mỗi lần`,
    bonusSummary: (max: string) => `thưởng tối đa ${max} điểm`,
    sectionLabel: (id: string) => `Mục ${id}`,
    removeSection: 'Xóa mục',
    removeSectionOf: (label: string) => `Xóa mục ${label}`,
    removeSectionTitle: 'Xóa mục và các tiêu chí của mục?',
    removeSectionMessage: (label: string, count: number) =>
      `Mục "${label}" có ${count} tiêu chí; xóa mục sẽ xóa cả các tiêu chí này khỏi bộ tiêu chí đang nhập. Sổ Excel không bị thay đổi.`,
    addToSection: 'Thêm tiêu chí vào mục này',
    edit: 'Sửa',
    remove: 'Xóa',
    editOf: (id: string) => `Sửa tiêu chí ${id}`,
    removeOf: (id: string) => `Xóa tiêu chí ${id}`,
    moveUpOf: (id: string) => `Đưa tiêu chí ${id} lên trên`,
    moveDownOf: (id: string) => `Đưa tiêu chí ${id} xuống dưới`,
    removeTitle: 'Xóa tiêu chí?',
    removeMessage: (id: string, label: string) =>
      `Tiêu chí ${id} "${label}" sẽ bị xóa khỏi bộ tiêu chí đang nhập. Sổ Excel không bị thay đổi.`,
    newSection: 'Mục mới',
    newSectionHint: 'Ví dụ: IX. Công tác đoàn thể. Nhấn Enter để thêm.',
    addSection: 'Thêm mục',
    reset: 'Dùng lại bộ tiêu chí có sẵn',
    resetTitle: 'Dùng lại bộ tiêu chí có sẵn?',
    resetMessage:
      'Các mục và tiêu chí đang nhập sẽ được thay bằng bộ 100 điểm có sẵn cho giáo viên và nhân viên. Các đợt, mức đánh giá và xếp loại giữ nguyên.',
  },
  rounds: {
    intro:
      'Mỗi đợt có một trang chấm điểm. Điểm năm là trung bình có trọng số của các đợt, ví dụ (Đợt 1 + 2 × Đợt 2) / 3.',
    label: 'Tên đợt',
    labelHint: 'Cũng là tên trang tính của đợt.',
    start: 'Từ ngày',
    end: 'Đến ngày',
    weight: 'Trọng số',
    weightShare: (weight: number, total: number) => `Chiếm ${n(weight)}/${n(total)} điểm năm.`,
    monthly: 'Chấm theo tháng',
    monthsList: (labels: string[]) =>
      `Các tháng: ${labels.join(', ')} (mỗi tháng một trang; điểm đợt là trung bình các tháng).`,
    noMonths: 'Ngày của đợt chưa hợp lệ nên chưa có tháng nào.',
    add: 'Thêm đợt',
    remove: 'Xóa đợt',
    removeOf: (label: string) => `Xóa ${label}`,
    removeTitle: 'Xóa đợt thi đua?',
    removeMessage: (label: string) =>
      `${label} sẽ bị xóa khỏi các đợt đang nhập, cùng với điểm mẫu của đợt (nếu có). Sổ Excel không bị thay đổi.`,
  },
  levels: {
    levelsTitle: 'Các mức đánh giá trên trang chấm điểm',
    levelNames: viLevels,
    levelsNote: 'Điểm được dùng là mức cao nhất đã nhập: hội đồng, rồi tổ, rồi tự đánh giá.',
    bandsTitle: 'Xếp loại',
    bandsNote: 'Từ cao xuống thấp; mỗi mức gồm các tổng điểm từ "Điểm từ" trở lên.',
    bandId: 'Ký hiệu',
    bandLabel: 'Tên mức',
    bandMin: 'Điểm từ',
    requiresFloors: 'Cần đạt điểm sàn mọi tiêu chí',
    addBand: 'Thêm mức xếp loại',
    removeBandOf: (id: string) => `Xóa mức ${id}`,
  },
  build: {
    summary: (staff: number, criteria: number, rounds: number, inputs: number) =>
      `Sẽ lập bảng cho ${staff} cán bộ, ${criteria} tiêu chí, ${rounds} đợt${inputs > 0 ? `, kèm ${inputs} điểm đã có` : ''}.`,
    errorsTitle: (count: number) => `${count} lỗi cần sửa trước khi lập bảng:`,
    blocked: (count: number) => `Chưa lập được bảng: hãy sửa ${count} lỗi dưới đây.`,
    warningsTitle: (count: number) => `${count} điều cần lưu ý (vẫn lập bảng được):`,
    allGood: 'Đã kiểm tra: không có lỗi.',
    build: 'Lập bảng',
    building: 'Đang lập bảng…',
    againTitle: 'Sổ này đã có bảng thi đua',
    againMessage: (school: string) =>
      `Sổ đang mở đã có bảng thi đua${school ? ` của ${school}` : ''}. Bảng mới sẽ được ghi vào các trang mới (ví dụ "Quy chế (2)"); các trang cũ và dữ liệu trong đó được giữ nguyên.`,
    againConfirm: 'Lập bảng mới',
    builtTitle: (sheets: number) => `Đã lập bảng: ${sheets} trang tính.`,
    builtScores: (count: number) => `Đã ghi ${count} điểm vào các trang chấm điểm.`,
    next: 'Nhập điểm vào các ô màu của trang từng đợt, rồi mở mục "Bảng điểm" và bấm "Tính lại".',

    withTargets: 'Kèm chỉ tiêu và đăng ký',
    withTargetsHint:
      'Tạo thêm trang "Chỉ tiêu" và "Đăng ký" với các chỉ tiêu thường gặp theo số cán bộ; sửa số, thêm, xóa ở mục Chỉ tiêu.',
  },
  privacy: {
    keep: 'Giữ bản nháp trên máy này khi đóng ngăn',
    hint: 'Bản nháp có họ tên, ngày sinh và điểm của cán bộ. Chỉ đánh dấu trên máy riêng; bản nháp được xóa khi lập bảng xong.',
  },
  fromWorkbook: (school: string) =>
    `Đang hiện dữ liệu của sổ đang mở${school ? ` (${school})` : ''}: trường, cán bộ, tiêu chí, các đợt.`,
  scoreImport: {
    title: 'Nhập điểm từ bảng điểm có sẵn',
    needTemplate: 'Hãy lập bảng trước; sau đó có thể nhập điểm từ một bảng điểm cũ trong sổ này.',
    intro:
      'Mở trang chứa bảng điểm cũ, chọn cả vùng điểm (kể cả dòng tiêu đề), chọn đợt và mức đánh giá, rồi bấm "Lấy vùng đang chọn". Chữ gõ bằng phông TCVN3 (.VnTime) hoặc VNI được tự chuyển sang Unicode.',
    period: 'Đợt',
    periodOption: (label: string, sheet: string) => (label === sheet ? label : `${label} (trang "${sheet}")`),
    level: 'Ghi vào mức',
    levelHint: 'Cho các cột không ghi rõ mức.',
    levels: viLevels,
    fromSelection: 'Lấy vùng đang chọn',
    readingSelection: 'Đang đọc vùng đang chọn…',
    selectionEmpty: (sheet: string) =>
      `Vùng đang chọn trên trang "${sheet}" không có dữ liệu. Hãy chọn vùng bảng điểm (kể cả dòng tiêu đề) rồi bấm lại.`,
    fromRange: (sheet: string, address: string) => `Đọc từ vùng ${address} trang "${sheet}".`,
    headerRows: 'Số dòng tiêu đề',
    headerRowsOption: (count: number) => (count === 0 ? 'Không có dòng tiêu đề' : `${count} dòng`),
    summary: (writes: number, sheet: string, totals: number) =>
      `${writes} điểm sẽ được ghi vào trang "${sheet}".` +
      (totals > 0 ? ` ${totals} tổng điểm chỉ dùng để đối chiếu, không được ghi.` : ''),
    unplaced: (count: number) =>
      `${count} giá trị không có ô tương ứng trong bảng (mức đánh giá không có trên trang) nên không được ghi.`,
    write: (count: number, sheet: string) => `Ghi ${count} điểm vào trang "${sheet}"`,
    writing: 'Đang ghi điểm…',
    cancel: 'Hủy',
    filledTitle: (count: number) => `${count} ô đã có điểm`,
    filledMessage: (count: number) =>
      `${count} ô sẽ ghi đã có điểm khác. Bạn muốn ghi đè các ô này, chỉ ghi vào ô còn trống, hay hủy?`,
    filledCell: (address: string, current: string, value: string) =>
      `Ô ${address}: đang có ${current}, điểm mới ${value}`,
    filledMore: (count: number) => `… và ${count} ô khác.`,
    overwrite: 'Ghi đè',
    skipFilled: 'Chỉ ghi ô trống',
    written: (written: number, unchanged: number, skipped: number) =>
      `Đã ghi ${written} điểm.` +
      (unchanged > 0 ? ` ${unchanged} ô đã có đúng điểm này.` : '') +
      (skipped > 0 ? ` ${skipped} ô đã có điểm được giữ nguyên.` : ''),
  },
  /** A Phòng GD&ĐT scoring its schools (issue 13): the words that replace the school's own. */
  phong: {
    kind: {
      legend: 'Chấm điểm cho',
      staff: 'Cán bộ của trường',
      schools: 'Các trường (Phòng GD&ĐT)',
      switchTitle: 'Đổi đối tượng chấm điểm?',
      switchMessage:
        'Thông tin, danh sách và tiêu chí đang nhập sẽ được xóa để bắt đầu một bảng mới cho đối tượng đã chọn. Sổ Excel không bị thay đổi.',
      switchConfirm: 'Đổi và bắt đầu lại',
    },
    sections: {
      info: (name: string) => (name ? `Phòng: ${name}` : 'Phòng GD&ĐT (chưa nhập)'),
      schools: (count: number, clusters: number) => `Các trường: ${count} trường, ${clusters} cụm`,
    },
    info: {
      name: 'Tên Phòng',
      nameHint: 'Ví dụ: Phòng Giáo dục và Đào tạo thị xã Thuận An',
      parentBody: 'Cơ quan cấp trên',
      parentBodyHint: 'Ví dụ: UBND thị xã Thuận An',
      placeHint: 'Ghi ở dòng ngày tháng của văn bản, ví dụ: Thuận An',
      principal: 'Trưởng phòng',
    },
    fromWorkbook: (name: string) =>
      `Đang hiện dữ liệu của sổ đang mở${name ? ` (${name})` : ''}: Phòng, các trường, tiêu chí, các đợt.`,
    privacyHint:
      'Bản nháp có danh sách trường, tên hiệu trưởng và tiêu chí. Chỉ đánh dấu trên máy riêng; bản nháp được xóa khi lập bảng xong.',
    sample: {
      intro:
        'Điền thông tin Phòng, danh sách trường (gõ hoặc dán từ Excel), bảng tiêu chí chấm điểm các trường và các đợt, rồi bấm "Lập bảng". Muốn xem thử ngay, hãy dùng dữ liệu Phòng mẫu (30 trường, 3 cấp học, 5 cụm; bộ tiêu chí mẫu, không lấy từ văn bản nào).',
      useSample: 'Dùng dữ liệu Phòng mẫu',
      loaded: (withScores: boolean): string =>
        withScores
          ? 'Đã điền dữ liệu Phòng mẫu, kèm điểm mẫu. Bấm "Lập bảng" ở cuối trang để tạo sổ.'
          : 'Đã điền dữ liệu Phòng mẫu, chưa có điểm. Bấm "Lập bảng" ở cuối trang để tạo sổ.',
      replaceTitle: 'Thay bằng dữ liệu Phòng mẫu?',
      replaceMessage:
        'Thông tin Phòng, danh sách trường và tiêu chí đang nhập sẽ được thay bằng dữ liệu Phòng mẫu. Sổ Excel không bị thay đổi.',
      resetMessage:
        'Thông tin Phòng, danh sách trường và tiêu chí đang nhập sẽ bị xóa. Sổ Excel không bị thay đổi.',
      cleared: 'Đã xóa dữ liệu đang nhập.',
    },
    schools: {
      addTitle: 'Thêm trường',
      editTitle: 'Sửa thông tin trường',
      name: 'Tên trường',
      nameHint: 'Ví dụ: Trường Tiểu học Bình Hòa 2',
      code: 'Mã trường',
      codeHint: 'Để trống để tự đặt mã.',
      level: 'Cấp học',
      cluster: 'Cụm thi đua',
      clusterHint: 'Gõ tên cụm; cụm mới được tạo tự động.',
      principal: 'Hiệu trưởng',
      add: 'Thêm vào danh sách',
      saveChanges: 'Lưu thay đổi',
      cancelEdit: 'Thôi sửa',
      empty: 'Chưa có trường nào. Hãy gõ từng trường ở trên hoặc dán danh sách từ Excel ở dưới.',
      listLabel: 'Danh sách trường',
      listTitle: (count: number, clusters: number) => `Danh sách: ${count} trường, ${clusters} cụm`,
      number: 'TT',
      actions: 'Thao tác',
      noCluster: '(chưa có cụm)',
      unknownLevel: (id: string) => `(cấp học "${id}" không có)`,
      edit: 'Sửa',
      remove: 'Xóa',
      editOf: (name: string) => `Sửa thông tin ${name}`,
      removeOf: (name: string) => `Xóa ${name} khỏi danh sách`,
      added: (name: string) => `Đã thêm ${name} vào danh sách.`,
      saved: (name: string) => `Đã lưu thông tin ${name}.`,
      removed: (name: string) => `Đã xóa ${name} khỏi danh sách.`,
      removeTitle: 'Xóa trường khỏi danh sách?',
      removeMessage: (name: string, id: string) =>
        `${name} (mã ${id}) sẽ bị xóa khỏi danh sách đang nhập. Sổ Excel không bị thay đổi.`,
      importTitle: 'Dán danh sách trường từ Excel',
    },
    paste: {
      label: 'Dán danh sách trường từ Excel',
      hint: 'Chọn các ô trong Excel, sao chép (Ctrl+C) rồi dán vào đây. Thứ tự cột nếu không có dòng tiêu đề: Mã trường, Tên trường, Cấp học, Cụm, Hiệu trưởng. Cấp học ghi tên hoặc viết tắt: MN, TH, THCS.',
      read: 'Đọc dữ liệu đã dán',
      rowsRead: (rows: number, header: boolean) =>
        `Đã đọc ${rows} dòng${header ? ' (dòng đầu là dòng tiêu đề, không tính)' : ''}.`,
      previewTitle: (count: number) => `Xem trước: ${count} trường`,
      skipped: (count: number) => `${count} dòng không được thêm:`,
      clashes: (codes: string[]) =>
        `Các mã ${codes.slice(0, 5).join(', ')}${codes.length > 5 ? '…' : ''} đã có trong danh sách đang nhập nên không thêm được; hãy sửa mã trong bảng nguồn hoặc chọn "Thay danh sách".`,
      replaceWith: (count: number) => `Thay danh sách (${count} trường)`,
      append: 'Thêm vào danh sách hiện có',
      cancel: 'Hủy',
      replaceTitle: 'Thay danh sách trường?',
      replaceMessage: (current: number, next: number) =>
        `Danh sách đang có ${current} trường sẽ được thay bằng ${next} trường vừa đọc. Sổ Excel không bị thay đổi.`,
      replace: 'Thay danh sách',
      replaced: (count: number) => `Đã thay danh sách bằng ${count} trường.`,
      appended: (count: number) => `Đã thêm ${count} trường vào danh sách.`,
    },
    criteria: {
      sumsTitle: 'Điểm tối đa theo cấp học',
      sumRole: 'Cấp học',
      sumWarning: (total: string) =>
        `Có cấp học mà điểm tối đa các tiêu chí áp dụng cộng lại khác ${total}: tổng điểm của các trường thuộc cấp học này sẽ được quy đổi về thang ${total}. Nếu không muốn quy đổi, hãy sửa điểm tối đa các tiêu chí.`,
      roles: 'Áp dụng cho cấp học',
      allRoles: 'Tất cả các cấp học',
      empty:
        'Bảng chấm điểm các trường chưa có tiêu chí. Hãy thêm một mục (ví dụ I. Công tác quản lý), rồi thêm tiêu chí vào mục đó.',
    },
    levels: {
      levelNames: UNIT_TERMS.school.levelLabels,
      levelsNote: 'Điểm được dùng là mức cao nhất đã nhập: Phòng chấm, rồi cụm chấm, rồi trường tự chấm.',
    },
    build: {
      summary: (schools: number, criteria: number, rounds: number) =>
        `Sẽ lập bảng cho ${schools} trường, ${criteria} tiêu chí, ${rounds} đợt.`,
    },
  },
};

export type TemplateStrings = typeof vi;

const enLevels: Record<AssessmentLevel, string> = {
  self: 'Self-assessment',
  team: 'Team assessment',
  council: 'Council assessment',
};

const en: TemplateStrings = {
  title: 'Build the emulation scoring sheet',
  common: { cancel: 'Cancel' },
  sections: {
    school: (name) => (name ? `School: ${name}` : 'School (not entered)'),
    staff: (count, teams) => `Staff: ${count} people, ${teams} teams`,
    criteria: (count) => `Criteria: ${count}`,
    rounds: (count) => `Rounds: ${count}`,
    levels: 'Assessment levels and bands',
  },
  fields: {
    notANumber: (text) => `"${text}" is not a number. Enter a number such as 9.5.`,
    required: (label) => `Enter the ${label.toLowerCase()}.`,
    atLeast: (min) => `Enter a number of at least ${min}.`,
    dateHint: 'Day/month/year, e.g. 05/09/2024.',
    datePlaceholder: 'dd/mm/yyyy',
  },
  lastYear: {
    title: 'A new school year from last year’s workbook',
    intro:
      'Pick last year’s Thi Đua workbook: staff, groups, criteria and the rules are kept, rounds move to the new year, and last year’s titles go to the "Lịch sử" sheet. Best done in a new, empty workbook.',
    pick: 'Pick last year’s workbook…',
    reading: (name) => `Reading "${name}"…`,
    building: 'Building the new school year…',
    notXlsx: (name) => `"${name}" is not an .xlsx file: pick last year’s Thi Đua workbook.`,
    unreadable: (name) => `"${name}" cannot be read: the file is damaged or not an .xlsx workbook.`,
    built: (year) =>
      `Built school year ${year} from last year’s workbook; last year’s titles are on "Lịch sử".`,
  },
  sample: {
    intro:
      'Enter the school, its staff, the criteria and the rounds, then press "Build". To try it at once, use the sample school (61 staff, 8 teams, two rounds).',
    useSample: 'Use the sample school',
    withScores: 'Include sample scores',
    loaded: (withScores) =>
      withScores
        ? 'The sample school is filled in, with scores for both rounds. Press "Build" at the end to create the workbook.'
        : 'The sample school is filled in, without scores. Press "Build" at the end to create the workbook.',
    replaceTitle: 'Replace with the sample school?',
    replaceMessage:
      'The school, staff and criteria entered will be replaced by the sample school. The workbook is not changed.',
    reset: 'Start over',
    resetTitle: 'Clear what was entered?',
    resetMessage:
      'The school and staff entered will be cleared; the criteria go back to the built-in set. The workbook is not changed.',
    cleared: 'Cleared. The built-in 100-point criteria set was loaded again.',
  },
  school: {
    name: 'School name',
    nameHint: 'e.g. Trường Tiểu học Bình Hòa 2',
    schoolYear: 'School year',
    schoolYearHint: 'e.g. 2024-2025',
    parentBody: 'Parent body',
    parentBodyHint: 'e.g. Phòng Giáo dục và Đào tạo thị xã Thuận An',
    place: 'Place',
    placeHint: 'Used on the date line of documents, e.g. Thuận An',
    yearStart: 'First day of the school year',
    yearEnd: 'Last day of the school year',
    principal: 'Principal',
  },
  staff: {
    addTitle: 'Add a staff member',
    editTitle: 'Edit a staff member',
    fullName: 'Full name',
    code: 'Staff code',
    codeHint: 'Leave blank for an automatic code.',
    gender: 'Gender',
    female: 'Female',
    male: 'Male',
    position: 'Position',
    positionHint: 'e.g. Teacher, Team leader, Accountant',
    role: 'Role',
    team: 'Team',
    teamHint: 'Type the team name; a new team is created automatically.',
    hireDate: 'Hire date',
    birthDate: 'Date of birth',
    addPerson: 'Add to the list',
    saveChanges: 'Save changes',
    cancelEdit: 'Stop editing',
    empty:
      'No staff yet. Type them one by one above, paste a list from Excel or take it from the selected range below.',
    listLabel: 'Staff list',
    listTitle: (count, teams) => `List: ${count} people, ${teams} teams`,
    number: 'No.',
    actions: 'Actions',
    noTeam: '(no team)',
    unknownRole: (id) => `(unknown role "${id}")`,
    edit: 'Edit',
    remove: 'Remove',
    editOf: (name) => `Edit ${name}`,
    removeOf: (name) => `Remove ${name} from the list`,
    added: (name) => `${name} was added to the list.`,
    saved: (name) => `${name} was saved.`,
    removed: (name) => `${name} was removed from the list.`,
    removeTitle: 'Remove from the list?',
    removeMessage: (name, id) =>
      `${name} (code ${id}) will be removed from the list being prepared, with their sample scores if any. The workbook is not changed.`,
    importTitle: 'Import an existing list',
  },
  staffImport: {
    pasteLabel: 'Paste a list from Excel',
    pasteHint:
      'Select the cells in Excel, copy (Ctrl+C) and paste here. Column order without a header row: Full name, Gender, Position, Role, Team, Hire date, Date of birth, Code.',
    pastedName: 'Pasted data',
    readPaste: 'Read the pasted data',
    fromSelection: 'Take from the selected range',
    readingSelection: 'Reading the selected range…',
    selectionEmpty: (sheet) =>
      `The selected range on sheet "${sheet}" holds no data. Select the cells of the list (with its header) and try again.`,
    fromRange: (sheet, address) => `Read from ${address} on sheet "${sheet}".`,
    fromPaste: (rows) => `${rows} pasted rows read.`,
    headerRows: 'Header rows',
    headerRowsHint: 'Rows at the top naming the columns, not people.',
    headerRowsOption: (count) => (count === 0 ? 'No header row' : `${count} rows`),
    previewTitle: (count) => `Preview: ${count} people`,
    columns: { name: 'Full name (code)', team: 'Team', role: 'Role', details: 'Details' },
    born: (date) => `born ${date}`,
    hired: (date) => `hired ${date}`,
    clashes: (codes) =>
      `Codes ${codes.slice(0, 5).join(', ')}${codes.length > 5 ? '…' : ''} are already in the list, so they cannot be added; fix the codes in the source or choose "Replace the list".`,
    replaceWith: (count) => `Replace the list (${count} people)`,
    append: 'Add to the current list',
    cancel: 'Cancel',
    replaceTitle: 'Replace the staff list?',
    replaceMessage: (current, next) =>
      `The list of ${current} people will be replaced by the ${next} people just read. The workbook is not changed.`,
    replace: 'Replace the list',
    replaced: (count) => `The list was replaced by ${count} people.`,
    appended: (count) => `${count} people were added to the list.`,
  },
  mapping: {
    column: (letter) => `Column ${letter}`,
    holds: 'This column holds',
    level: 'Level',
    ignore: '(ignore this column)',
    personGroup: 'Staff details',
    criteriaGroup: 'Scores',
    fields: {
      name: 'Full name',
      staffCode: 'Staff code',
      team: 'Team',
      role: 'Role',
      position: 'Position',
      gender: 'Gender (Nam/Nữ)',
      female: '"Nữ" column (marked x)',
      birthDate: 'Date of birth',
      hireDate: 'Hire date',
    },
    criterionOption: (id, label) =>
      `Criterion ${id}: ${label.length > 50 ? `${label.slice(0, 50)}…` : label}`,
    total: 'Total (for checking)',
    defaultLevel: 'Level chosen above',
    levels: enLevels,
    example: (value) => `e.g. ${value}`,
    repeated: 'This detail is chosen for another column too; only the first is read.',
  },
  criteria: {
    totalPoints: 'Sheet total',
    totalPointsHint: 'Usually 100. Totals of people whose maximum differs are scaled to it.',
    sumsTitle: 'Maximum by role',
    sumRole: 'Role',
    sumMax: 'Sum of maxima',
    sumState: 'Check',
    sumOk: 'Matches',
    sumOff: (total) => `Differs from ${total}`,
    sumWarning: (total) =>
      `Some roles' criteria maxima do not add up to ${total}: their totals will be scaled to ${total}. To avoid scaling, change the criteria maxima.`,
    addTitle: 'Add a criterion',
    editTitle: (id) => `Edit criterion ${id}`,
    code: 'Criterion code',
    section: 'Section',
    label: 'Criterion wording',
    kind: 'Kind',
    kinds: { points: 'Points', deduction: 'Deduction per event', bonus: 'Bonus points' },
    kindHints: {
      points: 'Scorers type points from 0 to the maximum.',
      deduction: 'Scorers type the number of events; each deducts a step, never below 0.',
      bonus: 'Added on top of the total up to the cap; not part of the sheet maximum.',
    },
    max: 'Maximum',
    start: 'Starting points',
    cap: 'Bonus cap',
    step: 'Points per event',
    stepHint: 'e.g. 3 or 0.5',
    floor: 'Floor (optional)',
    floorHint: 'A band that requires floors needs at least this score on the criterion.',
    roles: 'Applies to',
    allRoles: 'Everyone',
    addCriterion: 'Add criterion',
    saveChanges: 'Save changes',
    cancel: 'Cancel',
    pointsSummary: (max) => `up to ${max} points`,
    pointsFloorSummary: (max, floor) => `up to ${max} points, floor ${floor}`,
    deductionSummary: (max, step) => `${max} points, minus ${step} per event`,
    bonusSummary: (max) => `bonus up to ${max} points`,
    sectionLabel: (id) => `Section ${id}`,
    removeSection: 'Remove section',
    removeSectionOf: (label) => `Remove section ${label}`,
    removeSectionTitle: 'Remove the section and its criteria?',
    removeSectionMessage: (label, count) =>
      `Section "${label}" has ${count} criteria; removing it removes them too. The workbook is not changed.`,
    addToSection: 'Add a criterion to this section',
    edit: 'Edit',
    remove: 'Remove',
    editOf: (id) => `Edit criterion ${id}`,
    removeOf: (id) => `Remove criterion ${id}`,
    moveUpOf: (id) => `Move criterion ${id} up`,
    moveDownOf: (id) => `Move criterion ${id} down`,
    removeTitle: 'Remove the criterion?',
    removeMessage: (id, label) =>
      `Criterion ${id} "${label}" will be removed from the set. The workbook is not changed.`,
    newSection: 'New section',
    newSectionHint: 'e.g. IX. Union work. Press Enter to add.',
    addSection: 'Add section',
    reset: 'Use the built-in criteria',
    resetTitle: 'Use the built-in criteria?',
    resetMessage:
      'The sections and criteria will be replaced by the built-in 100-point set for teachers and office staff. Rounds, levels and bands stay.',
  },
  rounds: {
    intro:
      'Each round has its own scoring sheet. The year total is a weighted mean of the rounds, e.g. (Round 1 + 2 × Round 2) / 3.',
    label: 'Round name',
    labelHint: 'Also the name of its sheet.',
    start: 'From',
    end: 'To',
    weight: 'Weight',
    weightShare: (weight, total) => `Counts ${n(weight)}/${n(total)} of the year.`,
    monthly: 'Scored monthly',
    monthsList: (labels) => `Months: ${labels.join(', ')} (one sheet each; the round is their mean).`,
    noMonths: 'The round dates are not valid yet, so there are no months.',
    add: 'Add a round',
    remove: 'Remove round',
    removeOf: (label) => `Remove ${label}`,
    removeTitle: 'Remove the round?',
    removeMessage: (label) =>
      `${label} will be removed, with its sample scores if any. The workbook is not changed.`,
  },
  levels: {
    levelsTitle: 'Assessment levels on the scoring sheets',
    levelNames: enLevels,
    levelsNote: 'The score used is the highest level filled in: council, then team, then self.',
    bandsTitle: 'Bands',
    bandsNote: 'Highest first; each band holds totals from its "From" value up.',
    bandId: 'Code',
    bandLabel: 'Name',
    bandMin: 'From',
    requiresFloors: 'Needs every criterion floor',
    addBand: 'Add a band',
    removeBandOf: (id) => `Remove band ${id}`,
  },
  build: {
    summary: (staff, criteria, rounds, inputs) =>
      `Builds the sheets for ${staff} staff, ${criteria} criteria, ${rounds} rounds${inputs > 0 ? `, with ${inputs} scores` : ''}.`,
    errorsTitle: (count) => `${count} errors to fix before building:`,
    blocked: (count) => `Not built: fix the ${count} errors below.`,
    warningsTitle: (count) => `${count} warnings (building is allowed):`,
    allGood: 'Checked: no errors.',
    build: 'Build',
    building: 'Building the sheets…',
    againTitle: 'This workbook already has a scoring sheet',
    againMessage: (school) =>
      `The open workbook already holds a scoring sheet${school ? ` for ${school}` : ''}. The new one goes to new sheets (e.g. "Quy chế (2)"); the existing sheets and their data are kept.`,
    againConfirm: 'Build a new one',
    builtTitle: (sheets) => `Built: ${sheets} sheets.`,
    builtScores: (count) => `${count} scores were written to the scoring sheets.`,
    next: 'Type scores into the coloured cells of each round sheet, then open "Scores" and press "Recalculate".',
    withTargets: 'With targets and registrations',
    withTargetsHint:
      'Also creates the "Chỉ tiêu" and "Đăng ký" sheets with the usual targets sized to the staff; edit them under "Chỉ tiêu".',
  },
  privacy: {
    keep: 'Keep the draft on this computer when the pane closes',
    hint: 'The draft holds staff names, birth dates and scores. Tick only on a personal computer; it is cleared once the template is built.',
  },
  fromWorkbook: (school) =>
    `Showing the open workbook's data${school ? ` (${school})` : ''}: school, staff, criteria, rounds.`,
  scoreImport: {
    title: 'Import scores from an existing sheet',
    needTemplate:
      'Build the sheets first; then scores can be imported from an old score sheet in this workbook.',
    intro:
      'Open the sheet with the old scores, select the whole score area (with its header), choose the round and level, then press "Take the selected range". Text typed in TCVN3 (.VnTime) or VNI fonts is converted to Unicode.',
    period: 'Round',
    periodOption: (label, sheet) => (label === sheet ? label : `${label} (sheet "${sheet}")`),
    level: 'Write to level',
    levelHint: 'For columns that name no level.',
    levels: enLevels,
    fromSelection: 'Take the selected range',
    readingSelection: 'Reading the selected range…',
    selectionEmpty: (sheet) =>
      `The selected range on sheet "${sheet}" holds no data. Select the score area (with its header) and try again.`,
    fromRange: (sheet, address) => `Read from ${address} on sheet "${sheet}".`,
    headerRows: 'Header rows',
    headerRowsOption: (count) => (count === 0 ? 'No header row' : `${count} rows`),
    summary: (writes, sheet, totals) =>
      `${writes} scores will be written to sheet "${sheet}".` +
      (totals > 0 ? ` ${totals} totals are only for checking and are not written.` : ''),
    unplaced: (count) =>
      `${count} values have no cell in the template (level not on the sheet) and are not written.`,
    write: (count, sheet) => `Write ${count} scores to sheet "${sheet}"`,
    writing: 'Writing scores…',
    cancel: 'Cancel',
    filledTitle: (count) => `${count} cells already hold scores`,
    filledMessage: (count) =>
      `${count} target cells already hold another score. Overwrite them, write only the empty cells, or cancel?`,
    filledCell: (address, current, value) => `Cell ${address}: holds ${current}, new ${value}`,
    filledMore: (count) => `… and ${count} more.`,
    overwrite: 'Overwrite',
    skipFilled: 'Only empty cells',
    written: (written, unchanged, skipped) =>
      `${written} scores written.` +
      (unchanged > 0 ? ` ${unchanged} cells already held that score.` : '') +
      (skipped > 0 ? ` ${skipped} filled cells were kept.` : ''),
  },
  phong: {
    kind: {
      legend: 'Scoring for',
      staff: 'The school’s staff',
      schools: 'The schools (Phòng GD&ĐT)',
      switchTitle: 'Change what is scored?',
      switchMessage:
        'The details, list and criteria entered will be cleared to start a new sheet for the choice made. The workbook is not changed.',
      switchConfirm: 'Change and start over',
    },
    sections: {
      info: (name) => (name ? `Office: ${name}` : 'Phòng GD&ĐT (not entered)'),
      schools: (count, clusters) => `Schools: ${count} schools, ${clusters} clusters`,
    },
    info: {
      name: 'Office name',
      nameHint: 'e.g. Phòng Giáo dục và Đào tạo thị xã Thuận An',
      parentBody: 'Parent body',
      parentBodyHint: 'e.g. UBND thị xã Thuận An',
      placeHint: 'Used on the date line of documents, e.g. Thuận An',
      principal: 'Head of office',
    },
    fromWorkbook: (name) =>
      `Showing the open workbook's data${name ? ` (${name})` : ''}: the office, its schools, criteria, rounds.`,
    privacyHint:
      'The draft holds the schools, their principals’ names and the criteria. Tick only on a personal computer; it is cleared once the template is built.',
    sample: {
      intro:
        'Enter the office, its schools (typed or pasted from Excel), the criteria for scoring the schools and the rounds, then press "Build". To try it at once, use the sample office (30 schools, 3 levels, 5 clusters; sample criteria, from no official text).',
      useSample: 'Use the sample office',
      loaded: (withScores) =>
        withScores
          ? 'The sample office is filled in, with sample scores. Press "Build" at the bottom to create the workbook.'
          : 'The sample office is filled in, without scores. Press "Build" at the bottom to create the workbook.',
      replaceTitle: 'Replace with the sample office?',
      replaceMessage:
        'The office, schools and criteria entered will be replaced by the sample office. The workbook is not changed.',
      resetMessage: 'The office, schools and criteria entered will be cleared. The workbook is not changed.',
      cleared: 'Cleared what was entered.',
    },
    schools: {
      addTitle: 'Add a school',
      editTitle: 'Edit a school',
      name: 'School name',
      nameHint: 'e.g. Trường Tiểu học Bình Hòa 2',
      code: 'School code',
      codeHint: 'Leave blank for an automatic code.',
      level: 'School level',
      cluster: 'Cluster',
      clusterHint: 'Type the cluster name; a new cluster is created automatically.',
      principal: 'Principal',
      add: 'Add to the list',
      saveChanges: 'Save changes',
      cancelEdit: 'Stop editing',
      empty: 'No schools yet. Type them one by one above or paste a list from Excel below.',
      listLabel: 'List of schools',
      listTitle: (count, clusters) => `List: ${count} schools, ${clusters} clusters`,
      number: 'No.',
      actions: 'Actions',
      noCluster: '(no cluster)',
      unknownLevel: (id) => `(unknown level "${id}")`,
      edit: 'Edit',
      remove: 'Remove',
      editOf: (name) => `Edit ${name}`,
      removeOf: (name) => `Remove ${name} from the list`,
      added: (name) => `${name} was added to the list.`,
      saved: (name) => `${name} was saved.`,
      removed: (name) => `${name} was removed from the list.`,
      removeTitle: 'Remove the school from the list?',
      removeMessage: (name, id) =>
        `${name} (code ${id}) will be removed from the list being prepared. The workbook is not changed.`,
      importTitle: 'Paste a list of schools from Excel',
    },
    paste: {
      label: 'Paste a list of schools from Excel',
      hint: 'Select the cells in Excel, copy (Ctrl+C) and paste here. Column order without a header row: School code, School name, Level, Cluster, Principal. Levels by name or as MN, TH, THCS.',
      read: 'Read the pasted data',
      rowsRead: (rows, header) =>
        `${rows} rows read${header ? ' (the first row is a header, not counted)' : ''}.`,
      previewTitle: (count) => `Preview: ${count} schools`,
      skipped: (count) => `${count} rows are not added:`,
      clashes: (codes) =>
        `Codes ${codes.slice(0, 5).join(', ')}${codes.length > 5 ? '…' : ''} are already in the list, so they cannot be added; fix the codes in the source or choose "Replace the list".`,
      replaceWith: (count) => `Replace the list (${count} schools)`,
      append: 'Add to the current list',
      cancel: 'Cancel',
      replaceTitle: 'Replace the list of schools?',
      replaceMessage: (current, next) =>
        `The list of ${current} schools will be replaced by the ${next} schools just read. The workbook is not changed.`,
      replace: 'Replace the list',
      replaced: (count) => `The list was replaced by ${count} schools.`,
      appended: (count) => `${count} schools were added to the list.`,
    },
    criteria: {
      sumsTitle: 'Maximum by school level',
      sumRole: 'School level',
      sumWarning: (total) =>
        `Some levels' criteria maxima do not add up to ${total}: those schools' totals will be scaled to ${total}. To avoid scaling, change the criteria maxima.`,
      roles: 'Applies to school levels',
      allRoles: 'All levels',
      empty:
        'The schools’ scoring sheet has no criteria yet. Add a section (e.g. I. Công tác quản lý), then add criteria to it.',
    },
    levels: {
      levelNames: { self: 'School self-score', team: 'Cluster score', council: 'Office score' },
      levelsNote:
        'The score used is the highest level filled in: the office, then the cluster, then the school.',
    },
    build: {
      summary: (schools, criteria, rounds) =>
        `Builds the sheets for ${schools} schools, ${criteria} criteria, ${rounds} rounds.`,
    },
  },
};

export const TEMPLATE_STRINGS = { vi, en };
