export const HELP = `thidua – công tác thi đua, khen thưởng trên tệp .xlsx, không cần Excel

Cách dùng:
  thidua demo -o <tệp.xlsx>                 Lập sổ làm việc của trường mẫu (61 cán bộ, 8 tổ, 2 đợt).
  thidua demo --json -o <tệp.json>          Ghi hồ sơ JSON của trường mẫu (mẫu để tự soạn).
  thidua new <truong.json> -o <tệp.xlsx>    Lập bảng lượng hóa thi đua từ hồ sơ JSON (docs/case-format.md).
  thidua evaluate <tệp.xlsx|hồ sơ.json>     In điểm, xếp loại, thứ hạng, tổ, phiếu bầu, chỉ tiêu, cảnh báo.
        [--json]                            ... dưới dạng JSON.
        [--json --detail]                   ... kèm điểm từng tiêu chí của từng người, từng đợt.
  thidua export <tệp.xlsx> -o <ra.xlsx>     Xuất các biểu mẫu gửi cấp trên thành sổ làm việc riêng.
  thidua gather <thư mục|tệp...> -o <phong.xlsx>
                                            Phòng GD&ĐT: tổng hợp tệp xuất của các trường, kiểm tra, lập danh sách.
        [--year 2020-2021] [--deadline 30/05/2021] [--phong "<tên Phòng>"] [--schools <danh-sach.txt>]
        [--cap-tren "UBND thị xã …"] [--date 28/05/2021] [--signer "<họ tên Trưởng phòng>"]

Tùy chọn:
  -o, --out <tệp>   tệp ra
  --force           cho phép ghi đè tệp ra đã có
  -h, --help        trợ giúp này

Mã thoát: 0 thành công; 1 có lỗi trong dữ liệu (đã in ra); 2 dùng sai lệnh hoặc không đọc được tệp.`;
