/** Shows a cell to the user: activates its sheet and selects it, in one sync (a flag's "Đến ô" button). */
export async function selectCell(
  context: Excel.RequestContext,
  sheetName: string,
  address: string,
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(address).select();
  await context.sync();
}
