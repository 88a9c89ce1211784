import { sampleDraft } from '../../../src/taskpane/panels/template/draft';
import { draftFromCase } from '../../../src/taskpane/panels/template/draft-from-case';
import {
  DRAFT_STORAGE_KEY,
  clearTemplateDraft,
  currentTemplateDraft,
  keepDraftOnDevice,
  resetDraftStoreForTests,
  updateTemplateDraft,
} from '../../../src/taskpane/panels/template/draft-store';
import { sampleCase } from '../scores/sample-workbook';

class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  dump(): string {
    return [...this.items.values()].join('\n');
  }
}

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  (globalThis as { localStorage?: unknown }).localStorage = storage;
  resetDraftStoreForTests();
});
afterAll(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

describe('the template draft on a shared school computer', () => {
  test('staff names, birth dates and scores are not written to local storage by default', () => {
    const sample = sampleDraft(true);
    updateTemplateDraft(() => sample);
    expect(currentTemplateDraft().staff).toHaveLength(sample.staff.length);
    expect(storage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
    expect(storage.dump()).not.toContain(sample.staff[0].fullName);
  });

  test('a draft an earlier version left behind is removed when the user has not agreed', () => {
    storage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(sampleDraft(true)));
    expect(currentTemplateDraft().staff).toEqual([]);
    expect(storage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
  });

  test('after the user agrees, the draft survives closing the pane; saying no again removes it', () => {
    keepDraftOnDevice(true);
    const sample = sampleDraft(false);
    updateTemplateDraft(() => sample);
    resetDraftStoreForTests(); // the pane is closed and opened again
    expect(currentTemplateDraft().staff.map((p) => p.id)).toEqual(sample.staff.map((p) => p.id));
    keepDraftOnDevice(false);
    expect(storage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
  });

  test('building the template clears the draft, in the pane and on the computer', () => {
    keepDraftOnDevice(true);
    updateTemplateDraft(() => sampleDraft(true));
    clearTemplateDraft();
    expect(currentTemplateDraft().staff).toEqual([]);
    expect(storage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
  });
});

describe('"Lập bảng" on a workbook that already has a school', () => {
  test('opens on its school, staff, criteria and rounds, without copying its scores', () => {
    const schoolCase = sampleCase(true);
    const draft = draftFromCase(schoolCase);
    expect(draft.info.name).toBe(schoolCase.roster.info.name);
    expect(draft.staff.map((p) => p.id)).toEqual(schoolCase.roster.staff.map((p) => p.id));
    expect(draft.config.criteria).toHaveLength(schoolCase.scoring.config.criteria.length);
    expect(draft.config.rounds.map((r) => r.id)).toEqual(schoolCase.scoring.config.rounds.map((r) => r.id));
    expect(draft.inputs).toEqual([]);
  });
});
