import fs from 'node:fs';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the generator is a CommonJS build script
const { generateCaseSchema } = require('../../scripts/gen-schema.js') as { generateCaseSchema(): string };

it('docs/case.schema.json is the schema the code generates today (run npm run schema after a change)', () => {
  const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'case.schema.json'), 'utf8');
  expect(committed).toBe(generateCaseSchema());
}, 60000);
