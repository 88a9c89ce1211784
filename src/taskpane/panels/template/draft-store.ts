/**
 * The draft outlives the panel: switching to "Bảng điểm" and back, or closing and reopening the pane,
 * keeps what the user typed (nothing lost). Kept in memory and in the browser's local storage of the pane.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { emptyDraft, type TemplateDraft } from './draft';

const STORAGE_KEY = 'thidua.template-draft.v1';

let current: TemplateDraft | null = null;
const listeners = new Set<() => void>();

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Some hosts refuse storage altogether (private mode, locked-down web views): keep it in memory.
    return null;
  }
}

function looksLikeDraft(value: unknown): value is TemplateDraft {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Partial<TemplateDraft>;
  return (
    typeof draft.info === 'object' &&
    Array.isArray(draft.roles) &&
    Array.isArray(draft.teams) &&
    Array.isArray(draft.staff) &&
    Array.isArray(draft.inputs) &&
    typeof draft.config === 'object' &&
    Array.isArray(draft.config?.criteria) &&
    Array.isArray(draft.config?.rounds) &&
    Array.isArray(draft.config?.bands) &&
    Array.isArray(draft.config?.levels)
  );
}

function snapshot(): TemplateDraft {
  if (current) return current;
  try {
    const saved = storage()?.getItem(STORAGE_KEY);
    const parsed: unknown = saved ? JSON.parse(saved) : null;
    current = looksLikeDraft(parsed) ? parsed : emptyDraft();
  } catch {
    current = emptyDraft();
  }
  return current;
}

function save(draft: TemplateDraft): void {
  current = draft;
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(draft));
  } catch {
    // Full or refused storage: the draft stays in memory for this session.
  }
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export type DraftUpdate = (update: (draft: TemplateDraft) => TemplateDraft) => void;

export function useTemplateDraft(): [TemplateDraft, DraftUpdate] {
  const draft = useSyncExternalStore(subscribe, snapshot, snapshot);
  const update = useCallback<DraftUpdate>((change) => save(change(snapshot())), []);
  return [draft, update];
}
