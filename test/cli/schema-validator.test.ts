import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { schemaValidator } from '../../src/cli/schema-validator';

const schemaFile = path.join(__dirname, '..', '..', 'docs', 'case.schema.json');
const wrong = { school: { name: 'Trường A' }, teams: [], staff: [{ id: 1 }] };

describe('the compiled case-file checker is kept between runs', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-schema-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the first run compiles and keeps the code; the next run loads it and finds the same errors', () => {
    const fresh = schemaValidator(schemaFile, dir);
    const kept = fs.readdirSync(dir);
    expect(kept).toEqual([expect.stringMatching(/^case\.schema-[0-9a-f]{16}\.js$/)]);
    const loaded = schemaValidator(schemaFile, dir);
    expect(loaded).not.toBe(fresh);
    expect(fresh(wrong)).toBe(false);
    expect(loaded(wrong)).toBe(false);
    expect(loaded.errors).toEqual(fresh.errors);
  });

  test('another schema gets another file', () => {
    const other = path.join(dir, 'other.schema.json');
    fs.writeFileSync(other, JSON.stringify({ type: 'object', required: ['a'] }));
    const cache = path.join(dir, 'cache');
    expect(schemaValidator(other, cache)({ a: 1 })).toBe(true);
    fs.writeFileSync(other, JSON.stringify({ type: 'object', required: ['b'] }));
    expect(schemaValidator(other, cache)({ a: 1 })).toBe(false);
    expect(fs.readdirSync(cache)).toHaveLength(2);
  });

  test('where the cache cannot be written, the schema is compiled and used all the same', () => {
    const blocked = path.join(dir, 'a-file');
    fs.writeFileSync(blocked, '');
    const validate = schemaValidator(schemaFile, path.join(blocked, 'cache'));
    expect(validate(wrong)).toBe(false);
  });
});
