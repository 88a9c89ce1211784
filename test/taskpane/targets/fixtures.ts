/** Seed 000's plan as the pane sees it: the sample school's workbook built, computed and read back. */
import { evaluateCase, type CaseResults, type SchoolCase } from '../../../src/domain/case';
import { sampleFullCase } from '../../../src/domain/sample';
import type { TargetsEvaluation } from '../../../src/domain/targets';
import { buildCaseWorkbook, readCaseWorkbook, type ReadCaseResult } from '../../../src/layout/workbook';
import { evaluateWorkbook } from '../../layout/scoring/hyperformula';

export interface SamplePlan {
  schoolCase: SchoolCase;
  read: ReadCaseResult;
  results: CaseResults;
  evaluation: TargetsEvaluation;
}

let cached: SamplePlan | undefined;

export function samplePlan(): SamplePlan {
  if (cached) return cached;
  const read = readCaseWorkbook(evaluateWorkbook(buildCaseWorkbook(sampleFullCase()).spec));
  if ('missing' in read) throw new Error(read.issues.map((i) => i.message).join('\n'));
  const results = evaluateCase(read.schoolCase);
  cached = { schoolCase: read.schoolCase, read, results, evaluation: results.targets! };
  return cached;
}
