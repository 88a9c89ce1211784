/** Benchmarks print their figures as a table and say plainly whether each target is met. */
export interface BenchRow {
  what: string;
  figure: string;
  target: string;
  met: boolean;
}

export function printBench(title: string, rows: BenchRow[]): void {
  const widths = [
    Math.max(...rows.map((r) => r.what.length), 4),
    Math.max(...rows.map((r) => r.figure.length), 6),
    Math.max(...rows.map((r) => r.target.length), 6),
  ];
  const line = (a: string, b: string, c: string, d: string) =>
    `${a.padEnd(widths[0])}  ${b.padStart(widths[1])}  ${c.padEnd(widths[2])}  ${d}`;
  process.stdout.write(
    [
      '',
      `== ${title} ==`,
      line('đo', 'kết quả', 'mục tiêu', ''),
      ...rows.map((r) => line(r.what, r.figure, r.target, r.met ? 'đạt' : 'KHÔNG ĐẠT')),
      '',
    ].join('\n'),
  );
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
export const ms = (millis: number) => `${millis.toFixed(0)} ms`;
