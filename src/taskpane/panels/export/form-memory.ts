/**
 * Keeps the export form while the pane is open (switching tabs unmounts the panel) and remembers the
 * recipient and signer for next time in the browser's storage, per school. Storage may be unavailable
 * (private mode, some Office hosts): then only the session memory is kept.
 */
import type { ExportForm } from './form';

const session = new Map<string, ExportForm>();
const STORAGE_PREFIX = 'thidua.export.';

type Lasting = Pick<ExportForm, 'recipientKind' | 'recipientName' | 'signerTitle' | 'signerName'>;

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

function readLasting(school: string): Partial<Lasting> {
  try {
    const text = storage()?.getItem(STORAGE_PREFIX + school);
    const parsed: unknown = text ? JSON.parse(text) : undefined;
    if (!parsed || typeof parsed !== 'object') return {};
    const out: Partial<Lasting> = {};
    for (const key of ['recipientName', 'signerTitle', 'signerName'] as const) {
      const value = (parsed as Record<string, unknown>)[key];
      if (typeof value === 'string') out[key] = value;
    }
    const kind = (parsed as Record<string, unknown>).recipientKind;
    if (kind === 'phong-gddt' || kind === 'ubnd-xa' || kind === 'so-gddt' || kind === 'custom') {
      out.recipientKind = kind;
    }
    return out;
  } catch {
    return {};
  }
}

/** The form last used for this school in this session, else the fresh one with the remembered names. */
export function recallForm(school: string, fresh: ExportForm): ExportForm {
  return session.get(school) ?? { ...fresh, ...readLasting(school) };
}

export function rememberForm(school: string, form: ExportForm): void {
  session.set(school, form);
  const lasting: Lasting = {
    recipientKind: form.recipientKind,
    recipientName: form.recipientName,
    signerTitle: form.signerTitle,
    signerName: form.signerName,
  };
  try {
    storage()?.setItem(STORAGE_PREFIX + school, JSON.stringify(lasting));
  } catch {
    // Storage full or refused: the session memory still holds the form.
  }
}
