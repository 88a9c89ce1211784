import { sampleFullCase } from '../../../src/domain/sample';
import { buildCaseWorkbook, readCaseWorkbook } from '../../../src/layout/workbook';
import { evaluateCase } from '../../../src/domain/case';
import { evaluateWorkbook } from '../scoring/hyperformula';

it('scratch', async () => {
  const built = buildCaseWorkbook(sampleFullCase());
  const sheets = evaluateWorkbook(built.spec);
  const read = readCaseWorkbook(sheets);
  if ('missing' in read) throw new Error(JSON.stringify(read.issues));
  const results = evaluateCase(read.schoolCase);
  console.log(Object.keys(sheets), read.sheets, read.issues.slice(0, 5));
  console.log(results.targets?.targets.map((t) => [t.target.id, t.target.kind, t.target.titleId, t.target.count, t.result, t.pool, t.status, JSON.stringify(t.counts), t.target.location?.address]));
  console.log(results.targets?.flags.map((f) => [f.code, f.severity, f.message, f.location, f.source]));
  console.log(results.votes?.rounds[0].candidates.map((c) => [c.key, c.status, c.agree, c.base]));
  console.log(JSON.stringify(read.schoolCase.votes?.meeting));
});
