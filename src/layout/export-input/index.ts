/** From the case to what "Gửi Phòng" prints (issue 6): shared by the pane and `thidua export`. */
export { exportInputFromCase } from './build';
export { defaultExportSettings } from './defaults';
export { paperKindOf } from './paper-kind';
export { exportDocumentsForCase } from './documents';
export type { ExportSettings } from './types';
