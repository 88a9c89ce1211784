export const HELP = `thidua – công tác thi đua, khen thưởng trên tệp .xlsx, không cần Excel

Cách dùng:
  thidua demo -o <tệp.xlsx>                 Lập sổ làm việc của trường mẫu (61 cán bộ, 8 tổ, 2 đợt).
  thidua demo --json -o <tệp.json>          Ghi hồ sơ JSON của trường mẫu (mẫu để tự soạn).
  thidua demo --mau-phong -o <tệp.xlsx>     Phòng GD&ĐT mẫu chấm điểm thi đua 30 trường (3 cấp học, 5 cụm);
        [--json]                            thêm --json để ghi hồ sơ JSON của Phòng mẫu (docs/case-format.md).
  thidua new <truong.json> -o <tệp.xlsx>    Lập bảng lượng hóa thi đua từ hồ sơ JSON (docs/case-format.md).
  thidua new --from <năm-trước.xlsx> -o <năm-mới.xlsx> [--year 2022-2023]
                                            Lập bảng năm học mới từ sổ năm trước: giữ danh sách, tổ, tiêu chí,
                                            Quy chế; các đợt sang năm mới; danh hiệu năm trước vào trang Lịch sử.
  thidua evaluate <tệp.xlsx|hồ sơ.json>     In điểm, xếp loại, thứ hạng, tổ, phiếu bầu, chỉ tiêu, cảnh báo.
        [--json]                            ... dưới dạng JSON.
        [--json --detail]                   ... kèm điểm từng tiêu chí của từng người, từng đợt.
  thidua evaluate <tệp|thư mục> <tệp>...    Tính nhiều tệp (mọi .xlsx và .json trong thư mục): mỗi tệp một
        [--json]                            dòng tóm tắt và dòng tổng cộng; --json cho một danh sách.
  thidua export <tệp.xlsx> -o <ra.xlsx>     Xuất các biểu mẫu gửi cấp trên thành sổ làm việc riêng.
        [--date dd/mm/yyyy]                 ... ghi ngày ký (không có thì để trống để điền tay).
  thidua gather <thư mục|tệp>... -o <phong.xlsx>
                                            Phòng GD&ĐT: đọc tệp xuất (hoặc cả sổ) của các trường, kiểm tra,
                                            lập tổng hợp, danh sách và văn bản của Phòng (docs/phong.md).
        [--year 2020-2021] [--deadline 30/05/2021] [--schools <danh-sach-truong.txt>]
        [--phong "<tên Phòng>"] [--cap-tren "UBND …"] [--date dd/mm/yyyy] [--signer "<họ tên>"]
        [--danh-sach-truong <truong.json>]  ... ghi thêm danh sách các trường (mã, tên, cấp học, cụm) thành
                                            hồ sơ JSON để "thidua new" lập bảng chấm điểm các trường.

Tùy chọn:
  -o, --out <tệp>   tệp ra (ghi vào tệp tạm rồi mới thay, nên tệp cũ không bao giờ bị hỏng dở)
  --force           cho phép ghi đè tệp ra đã có (không bao giờ ghi đè chính tệp đang đọc)
  --progress        báo tiến độ ra stderr khi việc kéo dài quá 2 giây (tự bật khi stderr là màn hình)
  --debug           in thêm chi tiết kỹ thuật khi có lỗi
  -h, --help        trợ giúp này

Mã thoát (mọi lệnh):
  0  thành công, không có lỗi nào;
  1  có LỖI trong dữ liệu (đã in ra); tệp ra vẫn được ghi (demo, new, export ghi lỗi vào sổ làm việc);
  2  dùng sai lệnh (tùy chọn lạ, thừa hay thiếu tệp), không đọc được tệp vào hoặc không ghi được tệp ra.
  Khi tính nhiều tệp, mã thoát là mã của tệp tệ nhất.`;
