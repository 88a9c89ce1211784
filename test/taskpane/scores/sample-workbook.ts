/** The sample school's workbook built into a fake Excel host through the real adapter, and read back. */
import type { SchoolCase } from '../../../src/domain/case';
import { evaluateCase } from '../../../src/domain/case';
import { sampleSchoolCase } from '../../../src/domain/sample';
import { readAllSheets, writeCaseWorkbook } from '../../../src/excel/operations';
import { createFakeExcelHost, type FakeExcelHost } from '../../../src/preview/fake-excel';
import { readCaseWorkbook, type ReadCaseResult } from '../../../src/layout/workbook';

export interface SampleWorkbook {
  host: FakeExcelHost;
  context: Excel.RequestContext;
  schoolCase: SchoolCase;
}

export function sampleCase(withScores = true): SchoolCase {
  const sample = sampleSchoolCase();
  return {
    roster: sample.roster,
    scoring: { config: sample.config, inputs: withScores ? sample.scores : [] },
  };
}

export async function buildSample(schoolCase: SchoolCase = sampleCase()): Promise<SampleWorkbook> {
  const host = createFakeExcelHost({ sheets: ['Sheet1'], displayLocale: 'vi-VN' });
  const context = host.createContext() as unknown as Excel.RequestContext;
  await writeCaseWorkbook(context, schoolCase);
  host.stats.reset();
  return { host, context, schoolCase };
}

/** What the pane holds after "Tính lại": the case read from the sheets and evaluated. */
export async function readBack(context: Excel.RequestContext) {
  const parsed = readCaseWorkbook(await readAllSheets(context));
  if ('missing' in parsed) throw new Error(parsed.issues.map((i) => i.message).join('\n'));
  const read: ReadCaseResult = parsed;
  const results = evaluateCase(read.schoolCase);
  return { read, results, issues: [...read.issues, ...results.issues] };
}
