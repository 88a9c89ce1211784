/**
 * npm run schema: regenerates docs/case.schema.json, the JSON Schema of the case file format, from the
 * TypeScript type SchoolCaseFile (src/domain/case/file-format.ts), so the documentation never drifts from
 * the code. A test fails when the committed schema differs from a fresh one.
 */
const fs = require('fs');
const path = require('path');
const { createGenerator } = require('ts-json-schema-generator');

const root = path.join(__dirname, '..');

function generateCaseSchema() {
  const schema = createGenerator({
    path: path.join(root, 'src/domain/case/file-format.ts'),
    tsconfig: path.join(root, 'tsconfig.json'),
    type: 'SchoolCaseFile',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    skipTypeCheck: true,
  }).createSchema('SchoolCaseFile');
  schema.$id = 'https://thidua.local/case.schema.json';
  schema.title = 'Thi Đua – hồ sơ thi đua của một trường (SchoolCaseFile)';
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** The school's machine-readable summary for the Phòng ("Tóm tắt" sheet), as its JSON form. */
function generateSummarySchema() {
  const schema = createGenerator({
    path: path.join(root, 'src/domain/phong/summary.ts'),
    tsconfig: path.join(root, 'tsconfig.json'),
    type: 'SignedSummary',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    skipTypeCheck: true,
  }).createSchema('SignedSummary');
  schema.$id = 'https://thidua.local/school-summary.schema.json';
  schema.title = 'Thi Đua – tóm tắt kết quả thi đua của một trường gửi Phòng (SignedSummary)';
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (require.main === module) {
  for (const [file, generate] of [
    ['case.schema.json', generateCaseSchema],
    ['school-summary.schema.json', generateSummarySchema],
  ]) {
    const out = path.join(root, 'docs', file);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, generate());
    console.log(`Đã ghi ${path.relative(root, out)}.`);
  }
}

module.exports = { generateCaseSchema, generateSummarySchema };
