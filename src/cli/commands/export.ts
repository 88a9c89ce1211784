import fs from 'node:fs';
import { evaluateCase } from '../../domain/case';
import { buildExportWorkbook, EXPORT_DOCUMENTS } from '../../layout/export';
import { exportInputFromCase } from '../../layout/export-input';
import { writeXlsxFile } from '../../xlsx/node-file';
import { CliError, type LoadedCase } from '../load-case';
import { issuesReport } from '../report/issues-report';

/** `thidua export`: the papers sent upward, as the add-in's export panel writes them. */
export async function exportCommand(loaded: LoadedCase, out: string, force: boolean): Promise<string> {
  if (!loaded.workbook) throw new CliError('Lệnh export đọc một sổ làm việc .xlsx do Thi Đua lập.');
  if (!out.toLowerCase().endsWith('.xlsx')) throw new CliError(`Tệp ra "${out}" phải có đuôi .xlsx.`);
  if (fs.existsSync(out) && !force)
    throw new CliError(`Tệp "${out}" đã có. Chọn tên khác, hoặc thêm --force.`);
  const results = evaluateCase(loaded.schoolCase);
  const input = exportInputFromCase(loaded.workbook, results, {});
  const spec = buildExportWorkbook(
    input,
    EXPORT_DOCUMENTS.map((d) => d.id),
  );
  await writeXlsxFile(spec, out);
  const notices = input.incompleteness ?? [];
  // Papers go upward: whatever could not be read or broke a rule is said here too, not only on "Lưu ý".
  const problems = [...loaded.issues, ...results.issues].filter((i) => i.severity !== 'info');
  return [
    `Đã xuất ${spec.sheets.length} trang tính vào ${out}: ${spec.sheets.map((s) => s.name).join(', ')}.`,
    ...(notices.length > 0 ? ['Lưu ý:', ...notices.map((n) => `  - ${n}`)] : []),
    ...(problems.length > 0 ? ['', issuesReport(problems)] : []),
  ].join('\n');
}
