import { sampleFullCase } from '../domain/sample';
import { runExcel } from '../excel';
import { writeCaseWorkbook } from '../excel/operations';

/** Builds the sample school's workbook into the fake host, through the same adapter the pane uses. */
export async function loadSampleSchool(): Promise<void> {
  await runExcel((context) => writeCaseWorkbook(context, sampleFullCase()));
}
