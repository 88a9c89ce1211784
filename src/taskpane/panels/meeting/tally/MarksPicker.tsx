/** One Đồng ý / Không đồng ý / để trống choice per candidate, for a correction or a written vote. */
import { Field, Select, makeStyles } from '@fluentui/react-components';
import { TITLES } from '../../../../domain/titles';
import { keyOf, type Candidate, type CandidateKey, type Mark } from '../../../../domain/votes';
import { useMeetingStrings } from '../use-meeting-strings';

const useStyles = makeStyles({ grid: { display: 'flex', flexDirection: 'column', gap: '4px' } });

export interface MarksPickerProps {
  candidates: Candidate[];
  marks: Record<CandidateKey, Mark>;
  onChange(marks: Record<CandidateKey, Mark>): void;
  disabled?: boolean;
}

export function MarksPicker({ candidates, marks, onChange, disabled }: MarksPickerProps) {
  const s = useMeetingStrings();
  const styles = useStyles();
  return (
    <div className={styles.grid}>
      {candidates.map((c) => {
        const key = keyOf(c);
        return (
          <Field key={key} label={`${c.name} (${TITLES[c.titleId].shortLabel})`} orientation="horizontal">
            <Select
              value={marks[key] ?? 'blank'}
              disabled={disabled}
              onChange={(_, data) => onChange({ ...marks, [key]: data.value as Mark })}
            >
              <option value="agree">{s.tally.agree}</option>
              <option value="disagree">{s.tally.disagree}</option>
              <option value="blank">{s.tally.blank}</option>
            </Select>
          </Field>
        );
      })}
    </div>
  );
}
