/**
 * Reads the text of cells the way a person would: legacy TCVN3 (.VnTime…) and VNI (VNI-Times…) text
 * converted to Unicode (the cell's font decides first, the letters' plausibility second), then NFC with
 * stray spaces removed. Conversions are counted and reported once per encoding, as information, so the
 * user knows the names were rewritten and can check one example.
 */
import type { DomainIssue } from '../issues';
import { normalizeName } from '../text/normalize';
import { detectLegacyEncoding, toUnicode } from '../text/legacy';
import { addressOf, cellAt, type FontGrid, type GridOrigin, type ImportGrid } from './grid';

type LegacyEncoding = 'tcvn3' | 'vni';

const ENCODING_NAMES: Record<LegacyEncoding, string> = {
  tcvn3: 'TCVN3 (phông .VnTime, .VnArial…)',
  vni: 'VNI (phông VNI-Times…)',
};

/** TCVN3 and VNI live in Latin-1; a character above it means the text is already Unicode. */
const BEYOND_LATIN1 = /[\u0100-\uFFFF]/;

interface ConversionLog {
  count: number;
  firstAddress: string;
  before: string;
  after: string;
}

export class CellTextReader {
  private readonly conversions = new Map<LegacyEncoding, ConversionLog>();

  constructor(
    private readonly grid: ImportGrid,
    private readonly fonts: FontGrid | undefined,
    private readonly origin: GridOrigin,
    private readonly sheet: string,
  ) {}

  /** Readable, NFC, trimmed text of a cell; '' for a blank cell; numbers as digits ("1985"). */
  text(row: number, column: number): string {
    const value = cellAt(this.grid, row, column);
    if (value === null || value === undefined) return '';
    if (typeof value !== 'string') return String(value);
    return normalizeName(this.toUnicode(value, row, column));
  }

  /** Conversions made so far, one info issue per encoding. */
  issues(): DomainIssue[] {
    return [...this.conversions.entries()].map(([encoding, log]) => ({
      code: 'import.legacy-text-converted',
      severity: 'info' as const,
      message:
        `Trang "${this.sheet}": đã chuyển ${log.count} ô gõ theo mã ${ENCODING_NAMES[encoding]} sang Unicode, ` +
        `ví dụ ô ${log.firstAddress} "${log.before}" thành "${log.after}". Hãy xem lại vài tên cho chắc.`,
      location: { sheet: this.sheet, address: log.firstAddress },
    }));
  }

  private toUnicode(text: string, row: number, column: number): string {
    if (BEYOND_LATIN1.test(text)) return text;
    const font = this.fonts?.[row]?.[column];
    const encoding = detectLegacyEncoding(text, font);
    if (encoding === 'unicode') return text;
    const converted = toUnicode(text, font);
    if (converted === text) return text;
    const log = this.conversions.get(encoding);
    if (log) log.count++;
    else {
      this.conversions.set(encoding, {
        count: 1,
        firstAddress: addressOf(this.origin, row, column),
        before: text.trim(),
        after: normalizeName(converted),
      });
    }
    return converted;
  }
}
