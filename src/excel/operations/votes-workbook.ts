/** The meeting's sheets are planned in layout/workbook; re-exported here for the callers of this path. */
export { buildMeetingSheets } from '../../layout/workbook/meeting-save';
