import { useMemo, useState } from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Field,
  Text,
  makeStyles,
} from '@fluentui/react-components';
import type { TargetsEvaluation } from '../../../domain/targets';
import { runExcel } from '../../../excel';
import { writeTargetCount } from '../../../excel/operations/targets-edit';
import type { ReadCaseResult } from '../../../layout/workbook';
import { usePanelStrings } from '../../i18n';
import { useCase } from '../../state/CaseProvider';
import { chartBars } from './chart-data';
import type { DashboardFilter } from './filters';
import { FlagList } from './FlagList';
import { personRows, teamRows, type StatusScope } from './status-rows';
import { StatusList } from './StatusList';
import { TARGETS_STRINGS } from './strings';
import { TargetCard } from './TargetCard';
import { TargetChart } from './TargetChart';
import { TargetsFilters } from './TargetsFilters';
import { TargetsManager } from './edit/TargetsManager';
import { outcomeTally, targetRows, targetTitles, type TargetRow } from './target-rows';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '14px' },
  head: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: '8px' },
  list: { display: 'flex', flexDirection: 'column', gap: '8px', padding: 0, margin: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: '6px' },
});

interface Notice {
  intent: 'success' | 'warning';
  text: string;
}

interface Props {
  read: ReadCaseResult;
  evaluation: TargetsEvaluation;
  sheet: string;
}

export function TargetsDashboard({ read, evaluation, sheet }: Props) {
  const s = usePanelStrings(TARGETS_STRINGS);
  const styles = useStyles();
  const { perform, goTo, reload, readAt } = useCase();
  const [filter, setFilter] = useState<DashboardFilter>({});
  const [scope, setScope] = useState<StatusScope>('all');
  const [editing, setEditing] = useState<string>();
  const [notice, setNotice] = useState<Notice>();
  const { roster } = read.schoolCase;
  const targets = read.schoolCase.targets;

  const rows = useMemo(() => targetRows(evaluation, roster.staff, filter), [evaluation, roster, filter]);
  const tally = outcomeTally(rows);
  const people = useMemo(
    () =>
      personRows(
        evaluation.people,
        {
          staff: roster.staff,
          teams: roster.teams,
          registrations: targets?.registrations ?? [],
          records: targets?.records ?? [],
        },
        filter,
        scope,
      ),
    [evaluation, roster, targets, filter, scope],
  );
  const units = useMemo(
    () => teamRows(evaluation.teams, targets?.registrations ?? [], targets?.unitRecords ?? [], filter, scope),
    [evaluation, targets, filter, scope],
  );
  const bars = useMemo(() => chartBars(evaluation), [evaluation]);
  // Cells of "Chỉ tiêu" and "Đăng ký" that could not be read are flags of this area too.
  const flags = useMemo(
    () => [...read.issues.filter((i) => i.code.startsWith('targets.')), ...evaluation.flags],
    [read, evaluation],
  );
  const team = roster.teams.find((t) => t.id === filter.teamId);
  const hiddenNonTitle =
    filter.teamId !== undefined && evaluation.targets.some((t) => t.target.titleId === undefined);

  const save = async (row: TargetRow, value: number) => {
    const location = row.location;
    if (!location) {
      setNotice({ intent: 'warning', text: s.noCell(row.label) });
      return;
    }
    if (value === row.count) {
      setEditing(undefined);
      return;
    }
    const cell = `${location.sheet}!${location.address}`;
    const outcome = await perform(
      s.saving(row.label, value),
      () => runExcel((context) => writeTargetCount(context, location, row.count, value)),
      { reload: true },
    );
    setEditing(undefined);
    if (!outcome) return;
    if (outcome.written) setNotice({ intent: 'success', text: s.saved(row.label, value, cell) });
    else if (outcome.reason === 'changed') {
      setNotice({ intent: 'warning', text: s.changedOnSheet(cell, String(outcome.current ?? '')) });
    } else setNotice({ intent: 'warning', text: s.formulaOnSheet(cell, outcome.formula) });
  };

  return (
    <div className={styles.root}>
      <div className={styles.head}>
        <Text as="h2" size={500} weight="semibold">
          {s.heading}
        </Text>
        <Button onClick={() => void reload()} data-testid="targets-refresh">
          {s.refresh}
        </Button>
      </div>
      {readAt && <Text size={200}>{s.readAt(readAt.toLocaleTimeString('vi-VN'))}</Text>}
      {notice && (
        <MessageBar intent={notice.intent} data-testid="targets-notice">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      <TargetsFilters
        teams={roster.teams}
        titles={targetTitles(evaluation)}
        filter={filter}
        onChange={setFilter}
      />
      <Text role="status" data-testid="targets-tally">
        {s.tally(tally.met, tally.over, tally.short, tally.unreachable)}
      </Text>
      <section className={styles.section} aria-labelledby="targets-list-heading">
        <Text as="h2" size={400} weight="semibold" id="targets-list-heading">
          {s.targetsList}
        </Text>
        {hiddenNonTitle && <Text size={200}>{s.nonTitleHidden}</Text>}
        {rows.length === 0 ? (
          <Text>{s.noTargetRows}</Text>
        ) : (
          <ul className={styles.list} data-testid="target-list">
            {rows.map((row) => (
              <TargetCard
                key={row.id}
                row={row}
                team={team}
                editing={editing === row.id}
                onEdit={() => {
                  setNotice(undefined);
                  setEditing(row.id);
                }}
                onCancel={() => setEditing(undefined)}
                onSave={(value) => void save(row, value)}
                onGoTo={() => row.location && void goTo(row.location)}
              />
            ))}
          </ul>
        )}
      </section>
      <TargetChart bars={bars} sheet={sheet} />
      <FlagList flags={flags} onGoTo={(location) => void goTo(location)} />
      <Field label={s.scope}>
        <RadioGroup
          layout="horizontal"
          value={scope}
          onChange={(_, data) => setScope(data.value as StatusScope)}
        >
          <Radio value="all" label={s.scopeAll} />
          <Radio value="notAchieved" label={s.scopeNotAchieved} />
          <Radio value="out" label={s.scopeOut} />
        </RadioGroup>
      </Field>
      <StatusList
        id="people-status"
        heading={s.peopleHeading}
        empty={s.noPeople}
        rows={people}
        onGoTo={(l) => void goTo(l)}
      />
      <StatusList
        id="team-status"
        heading={s.teamsHeading}
        empty={s.noTeams}
        rows={units}
        onGoTo={(l) => void goTo(l)}
      />
      {targets && <TargetsManager targets={targets} />}
    </div>
  );
}
