import type { DomainIssue } from '../../domain/issues';

const SEVERITY: Record<string, string> = { error: 'LỖI', warning: 'Cảnh báo', info: 'Ghi chú' };

/** Every issue with its cell and its legal source; errors first. */
export function issuesReport(issues: DomainIssue[]): string {
  if (issues.length === 0) return 'Không có lỗi hay cảnh báo nào.';
  const order = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...issues].sort((a, b) => order[a.severity] - order[b.severity]);
  return [
    `LỖI, CẢNH BÁO VÀ GHI CHÚ (${issues.length})`,
    ...sorted.map((i) => {
      const where = i.location ? ` [${i.location.sheet}!${i.location.address}]` : '';
      const source = i.source ? ` (Căn cứ: ${i.source})` : '';
      return `- ${SEVERITY[i.severity]}${where}: ${i.message}${source}`;
    }),
  ].join('\n');
}
