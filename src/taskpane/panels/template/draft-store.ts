/**
 * The draft outlives the panel: switching to "Bảng điểm" and back keeps what the user typed (kept in
 * memory). It holds staff names, birth dates and scores, and school PCs are shared, so it is written to the
 * pane's local storage only after the user agreed to ("Giữ bản nháp trên máy này"); without that, any copy
 * an earlier version left there is removed. Building the template clears the draft everywhere: from then
 * on the workbook itself holds the data.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { emptyDraft, type TemplateDraft } from './draft';

export const DRAFT_STORAGE_KEY = 'thidua.template-draft.v1';
/** Holds only "yes": whether the user agreed to keep the draft on this computer. */
export const DRAFT_CONSENT_KEY = 'thidua.template-draft.keep';

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

export function draftKeptOnDevice(): boolean {
  try {
    return storage()?.getItem(DRAFT_CONSENT_KEY) === 'yes';
  } catch {
    return false;
  }
}

function persist(draft: TemplateDraft | null): void {
  try {
    const store = storage();
    if (!store) return;
    if (draft && draftKeptOnDevice()) store.setItem(DRAFT_STORAGE_KEY, JSON.stringify(draft));
    else store.removeItem(DRAFT_STORAGE_KEY);
  } catch {
    // Full or refused storage: the draft stays in memory for this session.
  }
}

function snapshot(): TemplateDraft {
  if (current) return current;
  current = emptyDraft();
  if (draftKeptOnDevice()) {
    try {
      const saved = storage()?.getItem(DRAFT_STORAGE_KEY);
      const parsed: unknown = saved ? JSON.parse(saved) : null;
      if (looksLikeDraft(parsed)) current = parsed;
    } catch {
      // A damaged copy is ignored; the user starts from an empty form.
    }
  } else persist(null);
  return current;
}

function notify(): void {
  for (const listener of [...listeners]) listener();
}

function save(draft: TemplateDraft): void {
  current = draft;
  persist(draft);
  notify();
}

/** The user's answer to "keep the draft on this computer"; no removes every copy at once. */
export function keepDraftOnDevice(keep: boolean): void {
  try {
    const store = storage();
    if (keep) store?.setItem(DRAFT_CONSENT_KEY, 'yes');
    else store?.removeItem(DRAFT_CONSENT_KEY);
  } catch {
    // Refused storage: nothing is kept, which is the safe answer.
  }
  persist(snapshot());
  notify();
}

/** After the template is built the workbook holds everything: the draft is emptied, here and on disk. */
export function clearTemplateDraft(): void {
  current = emptyDraft();
  persist(null);
  notify();
}

/** Tests start each case from a fresh module state. */
export function resetDraftStoreForTests(): void {
  current = null;
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

/** Whether the user agreed to keep the draft on this computer, following every change. */
export function useDraftKept(): boolean {
  return useSyncExternalStore(subscribe, draftKeptOnDevice, draftKeptOnDevice);
}

/** For the store's own tests: the update function without React. */
export function updateTemplateDraft(change: (draft: TemplateDraft) => TemplateDraft): void {
  save(change(snapshot()));
}

export function currentTemplateDraft(): TemplateDraft {
  return snapshot();
}
