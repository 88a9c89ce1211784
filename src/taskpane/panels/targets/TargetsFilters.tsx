import { Dropdown, Field, Option, makeStyles } from '@fluentui/react-components';
import type { Team } from '../../../domain/school/types';
import { TITLES, type TitleId } from '../../../domain/titles';
import { usePanelStrings } from '../../i18n';
import { ALL, type DashboardFilter } from './filters';
import { TARGETS_STRINGS } from './strings';

const useStyles = makeStyles({
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
  field: { flex: '1 1 140px', minWidth: '0' },
  dropdown: { minWidth: '0', width: '100%' },
});

interface Props {
  teams: readonly Team[];
  titles: readonly TitleId[];
  filter: DashboardFilter;
  onChange(filter: DashboardFilter): void;
}

/** Tổ and danh hiệu pickers; every list, count and bar of the dashboard follows them. */
export function TargetsFilters({ teams, titles, filter, onChange }: Props) {
  const s = usePanelStrings(TARGETS_STRINGS);
  const styles = useStyles();
  const teamName = teams.find((t) => t.id === filter.teamId)?.name ?? s.allTeams;
  const titleName = filter.titleId ? TITLES[filter.titleId].label : s.allTitles;
  return (
    <div className={styles.row}>
      <Field label={s.filterTeam} className={styles.field}>
        <Dropdown
          className={styles.dropdown}
          data-testid="filter-team"
          value={teamName}
          selectedOptions={[filter.teamId ?? ALL]}
          onOptionSelect={(_, data) =>
            onChange({ ...filter, teamId: data.optionValue === ALL ? undefined : data.optionValue })
          }
        >
          <Option value={ALL}>{s.allTeams}</Option>
          {teams.map((t) => (
            <Option key={t.id} value={t.id}>
              {t.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={s.filterTitle} className={styles.field}>
        <Dropdown
          className={styles.dropdown}
          data-testid="filter-title"
          value={titleName}
          selectedOptions={[filter.titleId ?? ALL]}
          onOptionSelect={(_, data) =>
            onChange({
              ...filter,
              titleId: data.optionValue === ALL ? undefined : (data.optionValue as TitleId),
            })
          }
        >
          <Option value={ALL}>{s.allTitles}</Option>
          {titles.map((id) => (
            <Option key={id} value={id}>
              {TITLES[id].label}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </div>
  );
}
