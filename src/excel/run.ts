/**
 * The only place that touches the global `Excel` namespace, so every other function of the adapter takes a
 * RequestContext and runs the same against real Excel and the preview's fake host.
 */
export function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(batch);
}

/** Excel.createWorkbook (ExcelApi 1.8): opens a new window holding the .xlsx given as base64. */
export function createWorkbook(base64: string): Promise<void> {
  return Excel.createWorkbook(base64);
}
