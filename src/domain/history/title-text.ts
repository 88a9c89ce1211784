/**
 * Titles as a person's cell on "Lịch sử" shows them: short labels joined by commas ("LĐTT, CSTĐCS"). Read
 * back by short label, full label or ASCII id, whatever the case ("cstđcs", "Chiến sĩ thi đua cơ sở",
 * "CSTDCS"); only individual titles belong to a person.
 */
import { nameMatchKey } from '../text';
import type { TitleId } from '../titles';
import { TITLE_IDS, TITLES } from '../titles';

export const INDIVIDUAL_TITLE_IDS: TitleId[] = TITLE_IDS.filter((id) => TITLES[id].scope === 'individual');

/** "LĐTT, CSTĐCS": the titles in TITLE_IDS order. */
export function titlesText(titles: readonly TitleId[]): string {
  return TITLE_IDS.filter((id) => titles.includes(id))
    .map((id) => TITLES[id].shortLabel)
    .join(', ');
}

export type TitlesParse = { ok: true; titles: TitleId[] } | { ok: false; reason: string };

function titleOf(part: string): TitleId | undefined {
  const key = nameMatchKey(part);
  return TITLE_IDS.find(
    (id) =>
      key === nameMatchKey(TITLES[id].shortLabel) ||
      key === nameMatchKey(TITLES[id].label) ||
      key === id.toLowerCase(),
  );
}

/** Reads a cell's text; a part that is not an individual title makes the whole cell unreadable. */
export function parseTitlesText(text: string): TitlesParse {
  const parts = text
    .normalize('NFC')
    .split(/[,;+\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const found = new Set<TitleId>();
  for (const part of parts) {
    const id = titleOf(part);
    if (id === undefined) {
      const known = INDIVIDUAL_TITLE_IDS.map((t) => TITLES[t].shortLabel).join(', ');
      return {
        ok: false,
        reason: `"${part}" không phải danh hiệu cá nhân (ghi ${known}, cách nhau bởi dấu phẩy)`,
      };
    }
    if (TITLES[id].scope !== 'individual') {
      return { ok: false, reason: `"${part}" là danh hiệu tập thể, không ghi cho một người` };
    }
    found.add(id);
  }
  return { ok: true, titles: TITLE_IDS.filter((id) => found.has(id)) };
}

/** "2019-2020" for 2019. */
export function schoolYearLabel(firstYear: number): string {
  return `${firstYear}-${firstYear + 1}`;
}

/** 2019 from "2019-2020", "2019 - 2020", "2019–2020", "Năm học 2019-2020" or "2019-20"; else undefined. */
export function parseSchoolYearLabel(text: string): number | undefined {
  const m = /(\d{4})\s*[-–/]\s*(\d{4}|\d{2})\s*$/.exec(text.normalize('NFC').trim());
  if (!m) return undefined;
  const first = Number(m[1]);
  const second = m[2].length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
  return second === first + 1 ? first : undefined;
}
