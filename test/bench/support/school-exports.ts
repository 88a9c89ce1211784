/**
 * Many schools' exports for the gather benchmarks, built by the real code: a few real schools are evaluated
 * and exported as `thidua export` does, then every file is one of those exports with its "Tóm tắt" made for
 * another school (name, counts, proposals) by the real summary writer and signed with the real check value,
 * and the whole export written by the real streaming writer. So every file is a valid export whose summary
 * agrees with itself, without evaluating 3,000 schools.
 */
import fs from 'node:fs';
import path from 'node:path';
import { evaluateCase } from '../../../src/domain/case';
import { signSummary, type SignedSummary, type SummaryProposal } from '../../../src/domain/phong';
import { integerBetween, mulberry32 } from '../../../src/domain/sample/prng';
import { buildExportWorkbook, EXPORT_DOCUMENTS } from '../../../src/layout/export';
import { exportInputFromCase } from '../../../src/layout/export-input';
import type { WorkbookSpec } from '../../../src/layout/grid';
import { buildSummarySheet } from '../../../src/layout/phong';
import { buildCaseWorkbook } from '../../../src/layout/workbook';
import { writeXlsxFile } from '../../../src/xlsx/node-file';
import { randomSchool } from '../../support/random-school';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương'];

interface BaseExport {
  spec: WorkbookSpec;
  summary: SignedSummary;
}

/** A real school evaluated and exported with every paper, as `thidua export` builds it. */
function realExport(seed: number): BaseExport {
  const schoolCase = randomSchool(seed, `Trường Tiểu học Số ${seed}`);
  const read = { schoolCase, scoring: buildCaseWorkbook(schoolCase).scoring, sheets: {}, issues: [] };
  const input = exportInputFromCase(read, evaluateCase(schoolCase), {});
  const spec = buildExportWorkbook(
    input,
    EXPORT_DOCUMENTS.map((d) => d.id),
  );
  if (!input.machineSummary) throw new Error('an export carries its summary');
  return { spec, summary: input.machineSummary };
}

/** School n's summary: its own name, another family name and birth year per person, some proposals dropped. */
function schoolSummary(base: SignedSummary, n: number): SignedSummary {
  const random = mulberry32(n * 104_729);
  const person = (p: SummaryProposal, i: number): SummaryProposal => {
    const [, ...rest] = p.fullName.split(' ');
    const renamed = rest.length > 0 ? [FAMILY[(n + i) % FAMILY.length], ...rest].join(' ') : p.fullName;
    const year = 1965 + ((n * 7 + i * 13) % 35);
    return {
      ...p,
      fullName: p.memberCount === undefined ? renamed : p.fullName,
      ...(p.birthDate ? { birthDate: `${year}${p.birthDate.slice(4)}` } : {}),
    };
  };
  const proposals = base.proposals
    .map(person)
    .filter((p) => p.memberCount !== undefined || integerBetween(random, 0, 9) > 1);
  const titles = base.titles.map((t) => {
    const approved = proposals.filter((p) => p.titleId === t.titleId).length;
    const eligible = Math.max(approved, t.eligible - integerBetween(random, 0, 2));
    return { ...t, approved, eligible, registered: Math.max(eligible, t.registered) };
  });
  const { checkValue: _old, ...content } = base;
  return signSummary({
    ...content,
    school: { ...base.school, name: `Trường Tiểu học Số ${n}` },
    titles,
    proposals,
  });
}

/**
 * Writes schools `first` … `first + count - 1` into `dir` (truong-0001.xlsx …), each from one of `bases` real
 * schools; returns the summaries written, so a test can add up what the Phòng should find.
 */
export async function writeSchoolExports(
  dir: string,
  count: number,
  { first = 1, bases = 12 }: { first?: number; bases?: number } = {},
): Promise<SignedSummary[]> {
  fs.mkdirSync(dir, { recursive: true });
  const real = Array.from({ length: Math.min(bases, count) }, (_, i) => realExport(i + 1));
  const written: SignedSummary[] = [];
  for (let n = first; n < first + count; n++) {
    const base = real[(n - 1) % real.length];
    const summary = schoolSummary(base.summary, n);
    const sheets = base.spec.sheets.map((sheet, i) =>
      i === base.spec.sheets.length - 1 ? buildSummarySheet(summary, sheet.name) : sheet,
    );
    await writeXlsxFile(
      { ...base.spec, sheets },
      path.join(dir, `truong-${String(n).padStart(4, '0')}.xlsx`),
    );
    written.push(summary);
  }
  return written;
}
