/**
 * A check value over a school's summary. It is not a signature (anyone can recompute it); it tells the Phòng
 * that the numbers were edited by hand after the export, which is the mistake that happens in practice.
 */
import { fnv1a32 } from '../votes/log-check';
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

/** The check value of everything but the check value itself. */
export function summaryCheckValue(summary: SchoolSummary | SignedSummary): string {
  const { checkValue: _ignored, ...content } = summary as SignedSummary;
  return fnv1a32(canonical(content)).toString(16).padStart(8, '0');
}

export function signSummary(summary: SchoolSummary): SignedSummary {
  return { ...summary, checkValue: summaryCheckValue(summary) };
}

/** False when a number or a name was changed after the export wrote the check value. */
export function summaryIntact(summary: SignedSummary): boolean {
  return summary.checkValue === summaryCheckValue(summary);
}
