/** The meeting's sheets are planned in layout/workbook; re-exported here for the callers of this path. */
export { buildMeetingSheets, type MeetingSheets } from '../../layout/workbook/meeting-save';
