import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { evaluateCase } from '../../src/domain/case';
import { schoolSummaryFromCase } from '../../src/layout/export-input/school-summary';
import { randomSchool } from '../support/random-school';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the generator is a CommonJS build script
const { generateSummarySchema } = require('../../scripts/gen-schema.js') as {
  generateSummarySchema(): string;
};
const file = path.join(__dirname, '..', '..', 'docs', 'school-summary.schema.json');

it('docs/school-summary.schema.json is the schema the code generates today (run npm run schema after a change)', () => {
  expect(fs.readFileSync(file, 'utf8')).toBe(generateSummarySchema());
}, 60000);

it('a school summary as the export writes it is valid against the documented schema', () => {
  const schoolCase = randomSchool(5);
  const summary = schoolSummaryFromCase(schoolCase, evaluateCase(schoolCase), '2021-05-28T10:00');
  const validate = new Ajv({ allErrors: true }).compile(JSON.parse(fs.readFileSync(file, 'utf8')));
  expect(validate(summary) ? [] : validate.errors).toEqual([]);
});
