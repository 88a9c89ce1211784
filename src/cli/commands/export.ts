import { evaluateCase } from '../../domain/case';
import type { DomainIssue } from '../../domain/issues';
import { buildExportWorkbook } from '../../layout/export';
import { exportDocumentsForCase, exportInputFromCase } from '../../layout/export-input';
import { writeXlsxFile } from '../../xlsx/node-file';
import { writeAtomically } from '../files/atomic-write';
import { CliError, type LoadedCase } from '../load-case';
import { issuesReport } from '../report/issues-report';

/**
 * `thidua export`: the papers sent upward, as the add-in's export panel writes them. The caller has checked
 * the output path. `date` (ISO) is the signing date; without it the papers leave it blank to fill by hand.
 */
export async function exportCommand(
  loaded: LoadedCase,
  out: string,
  options: { date?: string } = {},
): Promise<{ output: string; issues: DomainIssue[] }> {
  if (!loaded.workbook) throw new CliError('Lệnh export đọc một sổ làm việc .xlsx do Thi Đua lập.');
  const results = evaluateCase(loaded.schoolCase);
  const input = exportInputFromCase(loaded.workbook, results, options.date ? { date: options.date } : {});
  // The papers the pane offers: a school's, a Phòng's report on its schools, or a cụm's meeting papers.
  const documents = exportDocumentsForCase(loaded.schoolCase);
  const spec = buildExportWorkbook(
    input,
    documents.map((d) => d.id),
  );
  await writeAtomically(out, (temp) => writeXlsxFile(spec, temp));
  const notices = input.incompleteness ?? [];
  // Papers go upward: whatever could not be read or broke a rule is said here too, not only on "Lưu ý".
  const problems = [...loaded.issues, ...results.issues].filter((i) => i.severity !== 'info');
  return {
    output: [
      `Đã xuất ${spec.sheets.length} trang tính vào ${out}: ${spec.sheets.map((s) => s.name).join(', ')}.`,
      ...(notices.length > 0 ? ['Lưu ý:', ...notices.map((n) => `  - ${n}`)] : []),
      ...(problems.length > 0 ? ['', issuesReport(problems)] : []),
    ].join('\n'),
    issues: problems,
  };
}
