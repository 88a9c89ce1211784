/**
 * Checks a JSON case file against docs/case.schema.json (generated from the SchoolCaseFile type) and says
 * what is wrong in Vietnamese, with the path of each field, before any rule runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { schemaValidator } from './schema-validator';

let compiled: ValidateFunction | undefined;

function packageRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above the CLI');
    dir = parent;
  }
  return dir;
}

function validator(): ValidateFunction {
  if (!compiled) {
    const root = packageRoot();
    compiled = schemaValidator(
      path.join(root, 'docs', 'case.schema.json'),
      path.join(root, 'node_modules', '.cache', 'thidua'),
    );
  }
  return compiled;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'chuỗi chữ',
  number: 'số',
  integer: 'số nguyên',
  boolean: 'true/false',
  object: 'đối tượng {…}',
  array: 'danh sách […]',
  null: 'null',
};

function where(error: ErrorObject): string {
  const p = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
    .join('');
  if (!p) return '(gốc tệp)';
  // A cell of the score table is also named as people count it: row and column from 1.
  const cell = /^\/scoring\/table\/rows\/(\d+)(?:\/values\/(\d+))?/.exec(error.instancePath);
  const human = cell
    ? ` (bảng điểm, hàng ${Number(cell[1]) + 1}${cell[2] === undefined ? '' : `, cột ${Number(cell[2]) + 1}`})`
    : '';
  return `${p.replace(/^\./, '')}${human}`;
}

function typeWords(type: unknown): string {
  const types = Array.isArray(type) ? type : String(type).split(',');
  return types.map((t) => TYPE_WORDS[String(t)] ?? String(t)).join(' hoặc ');
}

export function describeSchemaError(error: ErrorObject): string {
  const at = where(error);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `${at}: thiếu trường bắt buộc "${String(params.missingProperty)}".`;
    case 'type':
      return `${at}: phải là ${typeWords(params.type)}.`;
    case 'enum':
      return `${at}: phải là một trong ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'const':
      return `${at}: phải bằng ${JSON.stringify(params.allowedValue)}.`;
    case 'additionalProperties':
      return `${at}: có trường lạ "${String(params.additionalProperty)}" (kiểm tra chính tả).`;
    default:
      return `${at}: ${error.message ?? 'không hợp lệ'}.`;
  }
}

/** Vietnamese sentences, empty when the file fits the format. Unions report their first useful branch. */
export function validateCaseFile(data: unknown): string[] {
  const validate = validator();
  if (validate(data)) return [];
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf');
  return [...new Set(errors.map(describeSchemaError))].slice(0, 30);
}
