/** Where a long read or write is, for a progress line (the CLI prints one for anything over 2 s). */
export interface XlsxProgress {
  sheet: string;
  /** 0-based position of the sheet, and how many there are. */
  sheetIndex: number;
  sheetCount: number;
  /** Rows of this sheet done so far and in all (when writing; reading reports whole sheets). */
  row?: number;
  rows?: number;
}

export interface XlsxProgressOptions {
  onProgress?: (progress: XlsxProgress) => void;
}
