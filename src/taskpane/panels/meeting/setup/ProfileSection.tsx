/**
 * The rule profile: one of the built-in profiles (DOMAIN.md §5) or the school's own copy with editable
 * quorum and per-title thresholds. Unverified values are marked as such, next to their legal source, and
 * the council each rule binds is said (NĐ 91/2017's binds provincial councils, not the school's).
 */
import { Badge, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { TITLES, type TitleId } from '../../../../domain/titles';
import {
  BUILT_IN_PROFILES,
  CUSTOM_PROFILE_ID,
  customProfile,
  findBuiltInProfile,
  formatThresholdPercent,
  voteProfileInfo,
  type RuleProfile,
} from '../../../../domain/votes';
import { BASE_LABELS } from '../../../../layout/votes';
import { useMeetingStrings } from '../use-meeting-strings';
import { CustomProfileEditor } from './CustomProfileEditor';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '6px' },
  rules: { margin: 0, paddingLeft: '18px' },
  source: { color: tokens.colorNeutralForeground3 },
  select: { maxWidth: '100%', minWidth: 0 },
});

export interface ProfileSectionProps {
  profile: RuleProfile;
  onChange(profile: RuleProfile): void;
  /** Titles with candidates: their rules are shown first. */
  titles: TitleId[];
}

export function ProfileSection({ profile, onChange, titles }: ProfileSectionProps) {
  const s = useMeetingStrings();
  const styles = useStyles();
  const custom = profile.id === CUSTOM_PROFILE_ID;
  const shown = titles.length > 0 ? titles : (['LDTT', 'CSTDCS'] as TitleId[]);
  return (
    <section className={styles.section} aria-labelledby="meeting-profile-heading">
      <Text as="h2" size={400} weight="semibold" id="meeting-profile-heading">
        {s.profile.heading}
      </Text>
      <Field label={s.profile.label}>
        <Select
          className={styles.select}
          value={profile.id}
          data-testid="profile-select"
          onChange={(_, data) => {
            if (data.value === CUSTOM_PROFILE_ID) onChange(customProfile(profile));
            else onChange(findBuiltInProfile(data.value) ?? profile);
          }}
        >
          {BUILT_IN_PROFILES.map((p) => (
            <option key={p.id} value={p.id}>
              {p.unverified ? `${p.label} – ${s.profile.unverified}` : p.label}
            </option>
          ))}
          <option value={CUSTOM_PROFILE_ID}>{s.profile.custom}</option>
        </Select>
      </Field>
      {profile.unverified && (
        <div>
          <Badge color="warning" appearance="filled" data-testid="profile-unverified">
            {s.profile.unverified}
          </Badge>{' '}
          <Text size={200}>{s.profile.unverifiedNote}</Text>
        </div>
      )}
      <Text size={200} data-testid="profile-scope">
        {s.profile.scope}: {voteProfileInfo(profile).scope}
      </Text>
      <Text size={200} className={styles.source}>
        {s.profile.source}: {profile.source}
      </Text>
      {custom ? (
        <CustomProfileEditor profile={profile} onChange={onChange} titles={shown} />
      ) : (
        <ul className={styles.rules} data-testid="profile-rules">
          <li>
            <Text size={200}>
              {s.profile.quorum}:{' '}
              {profile.quorum
                ? `${profile.quorum.numerator}/${profile.quorum.denominator}`
                : s.profile.noQuorum}
            </Text>
          </li>
          {shown.map((titleId) => {
            const rule = profile.perTitle[titleId];
            return (
              <li key={titleId}>
                <Text size={200}>
                  {TITLES[titleId].shortLabel}: {s.profile.from}{' '}
                  {formatThresholdPercent(rule.threshold.percent)} {BASE_LABELS[rule.base].toLowerCase()}
                  {rule.secretBallot ? `, ${s.profile.secret.toLowerCase()}` : ''}
                  {rule.unverified
                    ? ` (${s.profile.unverified})`
                    : rule.schoolChoice
                      ? ` (${s.profile.schoolChoice})`
                      : ''}
                </Text>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
