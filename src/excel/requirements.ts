/**
 * Requirement-set checks. The manifest asks for ExcelApi 1.9, so anything newer (and the few 1.8 calls that
 * Excel on some hosts still lacks, like createWorkbook) is used only behind `isExcelApiSupported`.
 */
export function isExcelApiSupported(version: string): boolean {
  // Outside Office (the CLI, unit tests without the fake globals) there is no Office object at all.
  if (typeof Office === 'undefined' || !Office.context?.requirements) return false;
  return Office.context.requirements.isSetSupported('ExcelApi', version);
}
