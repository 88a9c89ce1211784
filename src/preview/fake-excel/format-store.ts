/**
 * Formatting as layers: each write adds (rectangle, properties) on top, so formatting a whole column or the
 * whole sheet (getRange().format.protection.locked = false) costs one entry, not a million cells. A layer
 * that a newer one covers completely loses the properties the newer one sets.
 */
import { DEFAULT_FORMAT } from './cell-format';
import type { CellFormat, FormatKey, FormatPatch } from './cell-format';
import {
  boundingRect,
  cellCount,
  containsCell,
  containsRect,
  intersect,
  isEntireColumn,
  isEntireRow,
  subtract,
} from './geometry';
import type { Rect } from './geometry';

interface Layer {
  rect: Rect;
  patch: FormatPatch;
}

/** Above this many cells a uniformity question is answered from the layers, not cell by cell. */
const CELL_SCAN_LIMIT = 200_000;

export class FormatStore {
  private layers: Layer[] = [];

  apply(r: Rect, patch: FormatPatch): void {
    const keys = Object.keys(patch) as FormatKey[];
    if (keys.length === 0) return;
    for (const layer of this.layers) {
      if (!containsRect(r, layer.rect)) continue;
      for (const k of keys) delete layer.patch[k];
    }
    this.layers = this.layers.filter((layer) => Object.keys(layer.patch).length > 0);
    this.layers.push({ rect: { ...r }, patch: { ...patch } });
  }

  /** Back to the defaults inside r (Range.clear("Formats")). */
  clear(r: Rect): void {
    this.layers = this.layers.flatMap((layer) =>
      subtract(layer.rect, r).map((part) => ({ rect: part, patch: { ...layer.patch } })),
    );
  }

  get<K extends FormatKey>(key: K, row: number, col: number): CellFormat[K] {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const layer = this.layers[i];
      if (key in layer.patch && containsCell(layer.rect, row, col)) return layer.patch[key] as CellFormat[K];
    }
    return DEFAULT_FORMAT[key];
  }

  resolve(row: number, col: number): CellFormat {
    const out: FormatPatch = {};
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const layer = this.layers[i];
      if (!containsCell(layer.rect, row, col)) continue;
      for (const [k, v] of Object.entries(layer.patch)) {
        if (!(k in out)) (out as Record<string, unknown>)[k] = v;
      }
    }
    return { ...DEFAULT_FORMAT, ...out };
  }

  /** The value every cell of r shares, or null when they differ (Office.js reports mixed formats as null). */
  uniform<K extends FormatKey>(key: K, r: Rect): CellFormat[K] | null {
    const shared = this.shared(key, r);
    return shared.mixed ? null : shared.value;
  }

  /** Whether every cell of r has the same value for key, and which (null is a value for `fill`). */
  shared<K extends FormatKey>(key: K, r: Rect): { mixed: false; value: CellFormat[K] } | { mixed: true } {
    const relevant = this.layers.filter((layer) => key in layer.patch && intersect(layer.rect, r));
    if (relevant.length === 0) return { mixed: false, value: DEFAULT_FORMAT[key] };
    if (cellCount(r) <= CELL_SCAN_LIMIT) {
      const first = this.getFrom(relevant, key, r.r0, r.c0);
      for (let row = r.r0; row <= r.r1; row++) {
        for (let col = r.c0; col <= r.c1; col++) {
          if (this.getFrom(relevant, key, row, col) !== first) return { mixed: true };
        }
      }
      return { mixed: false, value: first };
    }
    const top = relevant[relevant.length - 1];
    return containsRect(top.rect, r)
      ? { mixed: false, value: top.patch[key] as CellFormat[K] }
      : { mixed: true };
  }

  /** Where cell-level formatting exists, for the used range (whole rows/columns do not count). */
  extent(): Rect | null {
    let out: Rect | null = null;
    for (const layer of this.layers) {
      if (isEntireColumn(layer.rect) || isEntireRow(layer.rect)) continue;
      out = out ? boundingRect(out, layer.rect) : layer.rect;
    }
    return out;
  }

  private getFrom<K extends FormatKey>(layers: Layer[], key: K, row: number, col: number): CellFormat[K] {
    for (let i = layers.length - 1; i >= 0; i--) {
      if (containsCell(layers[i].rect, row, col)) return layers[i].patch[key] as CellFormat[K];
    }
    return DEFAULT_FORMAT[key];
  }
}
