/**
 * Candidates per title: proposed from the results (band, eligibility) or picked by hand from the staff list
 * or the tổ. A second entry of the same person for the same title is refused with the domain's message. At a
 * cụm thi đua's meeting the list holds schools: a collective title picks a school of the cụm, an individual
 * title takes a person typed with their school (ClusterPersonForm).
 */
import { useMemo, useState } from 'react';
import {
  Button,
  Combobox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { CaseResults } from '../../../../domain/case';
import type { SchoolRoster } from '../../../../domain/school/types';
import { TITLES, TITLE_IDS, type TitleId } from '../../../../domain/titles';
import { addCandidate, keyOf, type Candidate, type Meeting } from '../../../../domain/votes';
import { proposeCandidates } from '../../../../domain/votes/tally/proposals';
import { eligibilityWarnings, warningText } from '../../../../domain/votes/tally/warnings';
import { useMeetingStrings } from '../use-meeting-strings';
import { ClusterPersonForm } from './ClusterPersonForm';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '6px' },
  row: { display: 'flex', gap: '6px', alignItems: 'flex-end', flexWrap: 'wrap' },
  grow: { flexGrow: 1, minWidth: '160px' },
  group: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: '6px' },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  select: { maxWidth: '100%', minWidth: 0 },
  fill: { width: '100%', minWidth: 0 },
  warning: { display: 'block', margin: '0 0 4px 0', color: tokens.colorPaletteDarkOrangeForeground1 },
  item: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    gap: '4px',
    padding: '2px 0',
  },
});

export interface CandidatesEditorProps {
  candidates: Candidate[];
  seats: Partial<Record<TitleId, string>>;
  roster: SchoolRoster;
  results?: CaseResults;
  /** The meeting is a cụm thi đua's: candidates are its schools and people named with their school. */
  cluster?: boolean;
  onChange(candidates: Candidate[]): void;
  onSeats(titleId: TitleId, text: string): void;
}

interface Choice {
  id: string;
  name: string;
  detail: string;
}

/** Adds with the domain's duplicate check; the meeting around the list is only a carrier. */
function withCandidate(candidates: Candidate[], candidate: Candidate) {
  const carrier: Meeting = {
    body: 'council',
    totalMembers: 0,
    present: 0,
    form: 'secret',
    candidates,
    countingRule: 'invalid',
    rounds: [],
  };
  return addCandidate(carrier, candidate);
}

export function CandidatesEditor({
  candidates,
  seats,
  roster,
  results,
  cluster = false,
  onChange,
  onSeats,
}: CandidatesEditorProps) {
  const s = useMeetingStrings();
  const styles = useStyles();
  const [titleId, setTitleId] = useState<TitleId>('LDTT');
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<string | undefined>();
  const [message, setMessage] = useState<{ intent: 'success' | 'error' | 'info'; text: string } | null>(null);
  const collective = TITLES[titleId].scope === 'collective';
  const warnings = useMemo(() => eligibilityWarnings(candidates, results?.targets), [candidates, results]);

  const choices = useMemo<Choice[]>(() => {
    const teamName = new Map(roster.teams.map((t) => [t.id, t.name]));
    if (cluster) return roster.staff.map((p) => ({ id: p.id, name: p.fullName, detail: p.id }));
    return collective
      ? roster.teams.map((t) => ({ id: t.id, name: t.name, detail: t.id }))
      : roster.staff.map((p) => ({
          id: p.id,
          name: p.fullName,
          detail: `${p.id} – ${teamName.get(p.teamId) ?? p.teamId}`,
        }));
  }, [roster, collective, cluster]);
  const wanted = query.normalize('NFC').trim().toLowerCase();
  const filtered = choices
    .filter((c) => wanted === '' || `${c.name} ${c.detail}`.toLowerCase().includes(wanted))
    .slice(0, 60);

  const addPicked = () => {
    const choice = choices.find((c) => c.id === picked);
    if (!choice) {
      setMessage({ intent: 'error', text: s.candidates.pickFirst });
      return;
    }
    const result = withCandidate(candidates, { titleId, id: choice.id, name: choice.name });
    if (!result.ok) {
      setMessage({ intent: 'error', text: result.issue.message });
      return;
    }
    onChange(result.meeting.candidates);
    setMessage(null);
    setQuery('');
    setPicked(undefined);
  };

  const propose = () => {
    if (!results) return;
    const proposal = proposeCandidates(titleId, roster, results);
    let list = candidates;
    let added = 0;
    for (const candidate of proposal.candidates) {
      const result = withCandidate(list, candidate);
      if (result.ok) {
        list = result.meeting.candidates;
        added += 1;
      }
    }
    onChange(list);
    const already = proposal.candidates.length - added;
    setMessage({
      intent: added > 0 ? 'success' : 'info',
      text: `${proposal.basis} ${s.candidates.proposed} ${added}${already > 0 ? `, ${already} ${s.candidates.already}` : ''}.`,
    });
  };

  const addPerson = (candidate: Candidate): string | null => {
    const result = withCandidate(candidates, candidate);
    if (!result.ok) return result.issue.message;
    onChange(result.meeting.candidates);
    return null;
  };

  const titles = TITLE_IDS.filter((t) => candidates.some((c) => c.titleId === t));
  return (
    <section className={styles.section} aria-labelledby="meeting-candidates-heading">
      <Text as="h2" size={400} weight="semibold" id="meeting-candidates-heading">
        {s.candidates.heading}
      </Text>
      <div className={styles.row}>
        <Field label={s.candidates.title}>
          <Select
            className={styles.select}
            value={titleId}
            data-testid="candidate-title"
            onChange={(_, data) => {
              setTitleId(data.value as TitleId);
              setPicked(undefined);
              setQuery('');
              setMessage(null);
            }}
          >
            {TITLE_IDS.map((t) => (
              <option key={t} value={t}>
                {TITLES[t].label} ({TITLES[t].shortLabel})
              </option>
            ))}
          </Select>
        </Field>
        {!cluster && (
          <Button onClick={propose} disabled={!results} data-testid="candidate-propose">
            {s.candidates.propose}
          </Button>
        )}
      </div>
      {cluster && <Text size={200}>{s.candidates.clusterHint}</Text>}
      {cluster && !collective ? (
        <ClusterPersonForm
          titleId={titleId}
          roster={roster}
          onAdd={addPerson}
          onMessage={(text) => setMessage(text === null ? null : { intent: 'error', text })}
        />
      ) : (
        <div className={styles.row}>
          <Field label={cluster ? s.candidates.pickSchool : s.candidates.pick} className={styles.grow}>
            <Combobox
              className={styles.fill}
              value={query}
              placeholder={s.candidates.pickPlaceholder}
              data-testid="candidate-pick"
              selectedOptions={picked ? [picked] : []}
              onChange={(event) => {
                setQuery((event.target as HTMLInputElement).value);
                setPicked(undefined);
              }}
              onOptionSelect={(_, data) => {
                setPicked(data.optionValue);
                setQuery(data.optionText ?? '');
              }}
              onKeyDown={(event) => {
                // Enter picks (and, once picked, adds) a candidate; it must not save the whole setup.
                if (event.key !== 'Enter') return;
                event.preventDefault();
                if (picked) addPicked();
              }}
            >
              {filtered.map((c) => (
                <Option key={c.id} value={c.id} text={c.name}>
                  {c.name} ({c.detail})
                </Option>
              ))}
            </Combobox>
          </Field>
          <Button appearance="primary" onClick={addPicked} data-testid="candidate-add">
            {s.candidates.add}
          </Button>
        </div>
      )}
      {message && (
        <MessageBar intent={message.intent} data-testid="candidate-message">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {titles.length === 0 && <Text size={200}>{s.candidates.none}</Text>}
      {titles.map((t) => {
        const list = candidates.filter((c) => c.titleId === t);
        return (
          <div key={t} className={styles.group} data-testid={`candidates-${t}`}>
            <Text weight="semibold">
              {TITLES[t].label}: {list.length} {s.candidates.count}
            </Text>
            <Field label={s.candidates.seats}>
              <Input
                value={seats[t] ?? ''}
                inputMode="numeric"
                onChange={(_, data) => onSeats(t, data.value)}
              />
            </Field>
            <ul className={styles.list}>
              {list.map((c) => {
                const warning = warnings.get(keyOf(c));
                return (
                  <li key={keyOf(c)} data-testid={`candidate-${keyOf(c)}`}>
                    <div className={styles.item}>
                      <Text>
                        {c.name} <Text size={200}>({c.unitName ? `${c.id} – ${c.unitName}` : c.id})</Text>
                      </Text>
                      <Button
                        size="small"
                        aria-label={`${s.candidates.remove} ${c.name} (${TITLES[t].shortLabel})`}
                        data-testid={`candidate-remove-${keyOf(c)}`}
                        onClick={() => onChange(candidates.filter((x) => keyOf(x) !== keyOf(c)))}
                      >
                        {s.candidates.remove}
                      </Button>
                    </div>
                    {warning && (
                      <Text as="p" size={200} className={styles.warning} data-testid="candidate-warning">
                        ⚠ {warningText(warning)}
                      </Text>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
