/** Vietnamese sentences for what the file system refused, naming the file and what to do. */
import { CliError } from './cli-error';

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Whether `error` came from the file system (it has an errno code such as ENOENT). */
export function isFsError(error: unknown): boolean {
  return error instanceof Error && /^E[A-Z0-9]+$/.test(codeOf(error) ?? '');
}

/** A CliError for a failed read of `file` (an input the command was given). */
export function readError(error: unknown, file: string): CliError {
  switch (codeOf(error)) {
    case 'ENOENT':
      return new CliError(`Không tìm thấy tệp "${file}". Kiểm tra lại tên và thư mục của tệp.`, error);
    case 'EISDIR':
      return new CliError(
        `"${file}" là một thư mục, không phải tệp. Hãy chỉ rõ tệp .xlsx hoặc .json bên trong.`,
        error,
      );
    case 'EACCES':
    case 'EPERM':
      return new CliError(
        `Không có quyền đọc tệp "${file}". Hãy xin quyền đọc, hoặc chép tệp sang thư mục của mình.`,
        error,
      );
    case 'EMFILE':
    case 'ENFILE':
      return new CliError(`Đang mở quá nhiều tệp, không đọc được "${file}". Hãy chạy lại lệnh.`, error);
    default:
      return new CliError(
        `Không đọc được tệp "${file}" (${codeOf(error) ?? 'lỗi hệ thống'}). Kiểm tra tệp rồi chạy lại.`,
        error,
      );
  }
}

/** A CliError for a failed write of `file` (the command's output). */
export function writeError(error: unknown, file: string): CliError {
  switch (codeOf(error)) {
    case 'ENOENT':
      return new CliError(
        `Không có thư mục để ghi "${file}". Hãy tạo thư mục trước, hoặc chọn nơi ghi khác.`,
        error,
      );
    case 'ENOTDIR':
      return new CliError(
        `Đường dẫn "${file}" đi qua một tệp chứ không phải thư mục. Hãy chọn nơi ghi khác.`,
        error,
      );
    case 'EISDIR':
      return new CliError(
        `"${file}" là một thư mục. Hãy ghi vào một tệp, ví dụ -o "${file.replace(/[\\/]+$/, '')}/ket-qua.xlsx".`,
        error,
      );
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new CliError(
        `Không có quyền ghi "${file}". Hãy chọn thư mục khác, hoặc đóng tệp nếu đang mở trong Excel.`,
        error,
      );
    case 'EBUSY':
      return new CliError(
        `Tệp "${file}" đang được chương trình khác dùng (có thể đang mở trong Excel). Hãy đóng tệp rồi chạy lại.`,
        error,
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return new CliError(
        `Ổ đĩa đã đầy, không ghi được "${file}". Hãy giải phóng dung lượng rồi chạy lại; tệp cũ (nếu có) vẫn giữ nguyên.`,
        error,
      );
    case 'EFBIG':
      return new CliError(
        `Tệp "${file}" vượt giới hạn kích thước tệp được phép ghi. Hãy ghi ở nơi khác hoặc nhờ quản trị nâng giới hạn; tệp cũ (nếu có) vẫn giữ nguyên.`,
        error,
      );
    default:
      return new CliError(
        `Không ghi được "${file}" (${codeOf(error) ?? 'lỗi hệ thống'}); tệp cũ (nếu có) vẫn giữ nguyên.`,
        error,
      );
  }
}

/** A CliError for a file system error caught without knowing whether it was reading or writing. */
export function fileError(error: unknown): CliError {
  const { syscall, path: file } = error as { syscall?: unknown; path?: unknown };
  const name = typeof file === 'string' ? file : '';
  const writing = ['write', 'rename', 'mkdir', 'unlink', 'copyfile', 'ftruncate', 'fsync'].includes(
    String(syscall),
  );
  return writing ? writeError(error, name) : readError(error, name);
}
