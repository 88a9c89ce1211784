import { usePanelStrings } from '../../i18n';
import { MEETING_STRINGS, type MeetingStrings } from './strings';

/** The Bình xét panel's strings in the pane's language. */
export function useMeetingStrings(): MeetingStrings {
  return usePanelStrings(MEETING_STRINGS);
}
