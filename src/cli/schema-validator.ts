/**
 * The compiled checker of a JSON Schema. Compiling docs/case.schema.json with ajv takes longer than checking
 * a 5,000-person case file with the result, so the compiled code (ajv's standalone output) is kept in
 * node_modules/.cache/thidua under a name made from the schema, ajv's version and the options, and later
 * runs load that instead of loading ajv at all. Where the cache cannot be written (a read-only install),
 * the schema is simply compiled on every run.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type AjvClass from 'ajv';
import type { ValidateFunction } from 'ajv';
import type standaloneCode from 'ajv/dist/standalone';

// A plain Node require: for ajv only when compiling, and for the cached file at a computed path.
const load = createRequire(__filename);

// The schema is generated and tested (test/docs): checking it against the meta-schema and optimising the
// code would only lengthen the one compile.
const OPTIONS = {
  allErrors: true,
  strict: false,
  validateSchema: false,
  code: { optimize: false, source: true },
};

function compile(schema: object): { ajv: AjvClass; validate: ValidateFunction } {
  const { default: Ajv } = load('ajv') as { default: typeof AjvClass };
  const ajv = new Ajv(OPTIONS);
  return { ajv, validate: ajv.compile(schema) };
}

/** Written under a temporary name and renamed, so a run never loads half a file another run is writing. */
function writeCache(file: string, code: string): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(partial, code);
    fs.renameSync(partial, file);
  } catch {
    // A read-only install: the next run compiles again.
  }
}

export function schemaValidator(schemaFile: string, cacheDir: string): ValidateFunction {
  const schemaText = fs.readFileSync(schemaFile, 'utf8');
  const ajvVersion = (load('ajv/package.json') as { version: string }).version;
  const key = createHash('sha256')
    .update(schemaText)
    .update(`ajv ${ajvVersion} ${JSON.stringify(OPTIONS)}`)
    .digest('hex')
    .slice(0, 16);
  const cached = path.join(cacheDir, `${path.basename(schemaFile, '.json')}-${key}.js`);
  if (fs.existsSync(cached)) {
    try {
      return load(cached) as ValidateFunction;
    } catch {
      // Unreadable: compile again below and replace it.
    }
  }
  const { ajv, validate } = compile(JSON.parse(schemaText));
  const { default: standalone } = load('ajv/dist/standalone') as { default: typeof standaloneCode };
  writeCache(cached, standalone(ajv, validate));
  return validate;
}
