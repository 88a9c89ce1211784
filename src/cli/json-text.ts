/**
 * JSON for people to read and edit by hand: indented as JSON.stringify(value, null, 2) would, except that a
 * list of plain values stays on one line, and so does a flat object that is short or holds such a list. A
 * row of the score table then reads as one line of the school's sheet, and a tổ as `{ "id": …, "name": … }`.
 */

const WIDTH = 110;

function isPlain(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

/** Own properties JSON keeps (undefined and functions are left out, as JSON.stringify does). */
function entries(object: object): [string, unknown][] {
  return Object.entries(object).filter(([, v]) => v !== undefined && typeof v !== 'function');
}

function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => inline(v ?? null)).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const parts = entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`);
    return parts.length > 0 ? `{ ${parts.join(', ')} }` : '{}';
  }
  return JSON.stringify(value) ?? 'null';
}

function write(value: unknown, indent: string): string {
  if (isPlain(value)) return JSON.stringify(value) ?? 'null';
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.every(isPlain)) return inline(value);
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + write(v ?? null, inner)).join(',\n')}\n${indent}]`;
  }
  const fields = entries(value as object);
  if (fields.length === 0) return '{}';
  const flat = fields.every(([, v]) => isPlain(v) || (Array.isArray(v) && v.every(isPlain)));
  if (flat) {
    const text = inline(value);
    if (text.length + indent.length <= WIDTH || fields.some(([, v]) => Array.isArray(v))) return text;
  }
  return `{\n${fields.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${write(v, inner)}`).join(',\n')}\n${indent}}`;
}

/** The text of a JSON file, ending with a newline. */
export function readableJson(value: unknown): string {
  return `${write(value, '')}\n`;
}
