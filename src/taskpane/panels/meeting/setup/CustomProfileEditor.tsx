/**
 * The school's own rules: quorum as a fraction (or none) and, per title, the agree threshold, its base,
 * secret ballot and whether absent members' written votes count. Values are checked by validateProfile
 * before saving; decisions stay on whole numbers whatever is typed here.
 */
import { useState } from 'react';
import { Checkbox, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { TITLES, TITLE_IDS, type TitleId } from '../../../../domain/titles';
import { VOTE_BASES, type RuleProfile, type TitleRule, type VoteBase } from '../../../../domain/votes';
import { BASE_LABELS } from '../../../../layout/votes';
import { useMeetingStrings } from '../use-meeting-strings';
import { DecimalInput } from './DecimalInput';

const useStyles = makeStyles({
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'flex-end' },
  title: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: '6px',
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
  },
  small: { maxWidth: '120px' },
});

export interface CustomProfileEditorProps {
  profile: RuleProfile;
  onChange(profile: RuleProfile): void;
  titles: TitleId[];
}

export function CustomProfileEditor({ profile, onChange, titles }: CustomProfileEditorProps) {
  const s = useMeetingStrings();
  const styles = useStyles();
  const [showAll, setShowAll] = useState(false);
  const quorum = profile.quorum;
  const setRule = (titleId: TitleId, patch: Partial<TitleRule>) =>
    onChange({
      ...profile,
      perTitle: {
        ...profile.perTitle,
        // A rule edited here is the school's own choice, no longer an unchecked copy of a decree.
        [titleId]: { ...profile.perTitle[titleId], ...patch, schoolChoice: true, unverified: undefined },
      },
    });
  const listed = showAll ? TITLE_IDS : titles;
  return (
    <div data-testid="custom-profile">
      <Checkbox
        label={s.profile.hasQuorum}
        checked={quorum !== null}
        onChange={(_, data) =>
          onChange({
            ...profile,
            quorum: data.checked
              ? { numerator: 2, denominator: 3, of: 'members', source: profile.source, schoolChoice: true }
              : null,
          })
        }
      />
      {quorum && (
        <div className={styles.row}>
          <div className={styles.small}>
            <DecimalInput
              label={s.profile.numerator}
              value={quorum.numerator}
              decimals={0}
              min={0}
              max={1000}
              onValue={(numerator) => onChange({ ...profile, quorum: { ...quorum, numerator } })}
            />
          </div>
          <div className={styles.small}>
            <DecimalInput
              label={s.profile.denominator}
              value={quorum.denominator}
              decimals={0}
              min={1}
              max={1000}
              onValue={(denominator) => onChange({ ...profile, quorum: { ...quorum, denominator } })}
            />
          </div>
        </div>
      )}
      <Text as="h3" size={300} weight="semibold">
        {s.profile.rules}
      </Text>
      {listed.map((titleId) => {
        const rule = profile.perTitle[titleId];
        return (
          <div key={titleId} className={styles.title} data-testid={`custom-rule-${titleId}`}>
            <Text weight="semibold">{TITLES[titleId].label}</Text>
            <div className={styles.row}>
              <div className={styles.small}>
                <DecimalInput
                  label={s.profile.threshold}
                  value={rule.threshold.percent}
                  decimals={2}
                  min={0}
                  max={100}
                  testId={`threshold-${titleId}`}
                  onValue={(percent) => setRule(titleId, { threshold: { percent } })}
                />
              </div>
              <Field label={s.profile.base}>
                <Select
                  value={rule.base}
                  data-testid={`base-${titleId}`}
                  onChange={(_, data) => setRule(titleId, { base: data.value as VoteBase })}
                >
                  {VOTE_BASES.map((base) => (
                    <option key={base} value={base}>
                      {BASE_LABELS[base]}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
            <Checkbox
              label={s.profile.secret}
              checked={rule.secretBallot}
              onChange={(_, data) => setRule(titleId, { secretBallot: data.checked === true })}
            />
            <Checkbox
              label={s.profile.written}
              checked={rule.absentWrittenVotes}
              onChange={(_, data) => setRule(titleId, { absentWrittenVotes: data.checked === true })}
            />
          </div>
        );
      })}
      <Checkbox
        label={s.profile.showAll}
        checked={showAll}
        onChange={(_, data) => setShowAll(data.checked === true)}
      />
    </div>
  );
}
