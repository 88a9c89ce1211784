/** From the case to what "Gửi Phòng" prints (issue 6): shared by the pane and `thidua export`. */
export { exportInputFromCase } from './build';
export { defaultExportSettings, DEFAULT_SIGNER_TITLE } from './defaults';
export { meetingDateTime, normalizeTime } from './meeting-time';
export { MAX_LISTED_ERRORS } from './incompleteness';
export type { ExportSettings, MeetingSettings } from './types';
