import { unitKindOf } from '../../../domain/school/units';
import { usePanelStrings } from '../../i18n';
import { useCase } from '../../state/CaseProvider';
import { SCORES_STRINGS, type ScoresStrings } from './strings';
import { scoresWords } from './unit-words';

/** The panel's strings in the open workbook's words (staff or schools) and the user's language. */
export function useScoresStrings(): ScoresStrings {
  const strings = usePanelStrings(SCORES_STRINGS);
  const { read } = useCase();
  return scoresWords(strings, read ? unitKindOf(read.schoolCase.roster) : 'staff');
}
