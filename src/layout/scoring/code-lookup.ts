/**
 * Sheets show roles and tổ by name ("Giáo viên chủ nhiệm", "Tổ 2"); "Quy chế" lists each with its code.
 * A name is looked up first, then a code (the sheets show the code of a role or tổ the list lacks).
 */
import { textKey } from './cell-reader';

export class CodeLookup {
  private readonly byName = new Map<string, string>();
  private readonly byCode = new Map<string, string>();

  constructor(items: readonly { id: string; name: string }[]) {
    for (const item of items) {
      // The first of two namesakes wins, as the sheets cannot tell them apart either.
      if (!this.byName.has(textKey(item.name))) this.byName.set(textKey(item.name), item.id);
      if (!this.byCode.has(textKey(item.id))) this.byCode.set(textKey(item.id), item.id);
    }
  }

  find(text: string): string | undefined {
    return this.byName.get(textKey(text)) ?? this.byCode.get(textKey(text));
  }

  /**
   * Codes of a list the sheet joined with ", " ("Giáo viên, Giáo viên chủ nhiệm"). Names may themselves
   * hold commas, so the pieces are regrouped until every group is a known name or code; undefined when
   * no grouping works.
   */
  findList(text: string): string[] | undefined {
    const pieces = text.split(',');
    const memo = new Map<number, string[] | undefined>();
    const from = (start: number): string[] | undefined => {
      if (start === pieces.length) return [];
      if (memo.has(start)) return memo.get(start);
      let found: string[] | undefined;
      for (let end = pieces.length; end > start && !found; end--) {
        const id = this.find(pieces.slice(start, end).join(','));
        const rest = id === undefined ? undefined : from(end);
        if (id !== undefined && rest) found = [id, ...rest];
      }
      memo.set(start, found);
      return found;
    };
    return from(0);
  }
}
