import {
  Accordion,
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  Spinner,
  Text,
  makeStyles,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useCase } from '../../state/CaseProvider';
import { EmptyState } from './EmptyState';
import { filterPeople, NO_FILTER, type ScoresFilter } from './filter';
import { showTime } from './format';
import { IssueList } from './IssueList';
import { PersonCard } from './PersonCard';
import { useScoresStrings } from './use-scores-strings';
import { summarizeScores } from './summary';
import { TeamTable } from './TeamTable';
import { SHRINKABLE_FIELDS } from '../../shared/shrink';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: '10px' },
  top: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  filters: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: '6px',
    ...SHRINKABLE_FIELDS,
  },
  wide: { gridColumn: '1 / span 2' },
});

/**
 * "Bảng điểm": what the workbook's scores come to, per person and per tổ, with everything still to do
 * one click from its cell. Read again when the pane opens (the case store does) and on "Tính lại".
 */
export function ScoresPanel() {
  const styles = useStyles();
  const t = useScoresStrings();
  const { status, read, results, issues, readAt, reload, busy } = useCase();
  const [filter, setFilter] = useState<ScoresFilter>(NO_FILTER);
  // No read of its own on opening: the shell reads the workbook again whenever a panel opens.

  const summary = useMemo(
    () => (read && results ? summarizeScores(read, results, issues) : null),
    [read, results, issues],
  );
  const shown = useMemo(() => (summary ? filterPeople(summary.people, filter) : []), [summary, filter]);
  const set = (changes: Partial<ScoresFilter>) => setFilter((previous) => ({ ...previous, ...changes }));

  if (status === 'loading') return <Spinner size="small" label={t.loading} />;
  if (status === 'empty' || !summary || !read) return <EmptyState />;

  const missing = summary.people.reduce((sum, person) => sum + person.missing.length, 0);
  const missingPeople = summary.people.filter((person) => person.missing.length > 0).length;
  const problems = summary.people.reduce((sum, person) => sum + person.problems.length, 0);

  return (
    <div className={styles.panel} data-testid="scores-panel">
      <div className={styles.top}>
        <Text as="h2" size={400} weight="semibold">
          {t.title}
        </Text>
        <Button
          appearance="primary"
          onClick={() => void reload()}
          disabled={busy !== null}
          data-testid="scores-refresh"
        >
          {t.refresh}
        </Button>
        {readAt && (
          <Text size={200} data-testid="scores-read-at">
            {t.readAt(showTime(readAt))}
          </Text>
        )}
      </div>
      <Text size={200} data-testid="scores-overview">
        {read.schoolCase.roster.info.name} · {t.overview(summary.people.length, summary.teams.length)}{' '}
        {t.missingTotal(missing, missingPeople)} {t.problemsTotal(problems)}
      </Text>
      {summary.general.length > 0 && (
        <>
          <Text weight="semibold">{t.generalTitle(summary.general.length)}</Text>
          <IssueList issues={summary.general} limit={40} testId="scores-general" />
        </>
      )}
      <Text weight="semibold">{t.teamsTitle}</Text>
      <TeamTable teams={summary.teams} onPick={(teamId) => set({ teamId })} />
      <div className={styles.filters}>
        <Field label={t.filterTeam}>
          <Select
            value={filter.teamId}
            onChange={(_, d) => set({ teamId: d.value })}
            data-testid="scores-filter-team"
          >
            <option value="">{t.allTeams}</option>
            {summary.teams.map((team) => (
              <option key={team.teamId} value={team.teamId}>
                {team.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.sort}>
          <Select
            value={filter.sort}
            onChange={(_, d) => set({ sort: d.value === 'rank' ? 'rank' : 'roster' })}
            data-testid="scores-sort"
          >
            <option value="roster">{t.sortRoster}</option>
            <option value="rank">{t.sortRank}</option>
          </Select>
        </Field>
        <Field label={t.search} hint={t.searchHint} className={styles.wide}>
          <Input
            type="search"
            value={filter.query}
            onChange={(_, d) => set({ query: d.value })}
            data-testid="scores-search"
          />
        </Field>
        <Checkbox
          className={styles.wide}
          label={t.onlyOpen}
          checked={filter.onlyOpen}
          onChange={(_, d) => set({ onlyOpen: d.checked === true })}
          data-testid="scores-only-open"
        />
      </div>
      <Text weight="semibold">{t.peopleTitle(shown.length, summary.people.length)}</Text>
      {shown.length === 0 ? (
        <Text size={200}>{t.nobody}</Text>
      ) : (
        <Accordion multiple collapsible data-testid="scores-people">
          {shown.map((person) => (
            <PersonCard key={person.personId} person={person} />
          ))}
        </Accordion>
      )}
    </div>
  );
}
