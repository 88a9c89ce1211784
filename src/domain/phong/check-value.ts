/**
 * A check value over a school's summary. It is not a signature (anyone can recompute it); it tells the Phòng
 * that the numbers were edited by hand after the export, which is the mistake that happens in practice.
 */
import type { SchoolSummary, SignedSummary } from './summary';

/** JSON with object keys sorted, so the same content always gives the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** FNV-1a, 32 bits, over the UTF-16 code units; 8 hex digits. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The check value of everything but the check value itself. */
export function summaryCheckValue(summary: SchoolSummary | SignedSummary): string {
  const { checkValue: _ignored, ...content } = summary as SignedSummary;
  return fnv1a(canonical(content));
}

export function signSummary(summary: SchoolSummary): SignedSummary {
  return { ...summary, checkValue: summaryCheckValue(summary) };
}

/** False when a number or a name was changed after the export wrote the check value. */
export function summaryIntact(summary: SignedSummary): boolean {
  return summary.checkValue === summaryCheckValue(summary);
}
