import { Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { PersonField } from '../../../../domain/import';
import type { AssessmentLevel, Criterion } from '../../../../domain/scoring';
import { usePanelStrings } from '../../../i18n';
import { TEMPLATE_STRINGS } from '../strings';
import { choiceFromKey, choiceKey, repeatedFields, withLevel, type ColumnChoice } from './mapping-choices';
import { SHRINKABLE_FIELDS } from '../../../shared/shrink';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: '6px', maxHeight: '360px', overflowY: 'auto' },
  column: {
    display: 'grid',
    gridTemplateColumns: '1fr',
    gap: '2px',
    padding: '4px 6px',
    borderLeft: `3px solid ${tokens.colorNeutralStroke2}`,
  },
  mapped: { borderLeftColor: tokens.colorBrandStroke1 },
  example: { color: tokens.colorNeutralForeground3 },
  pair: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)',
    gap: '4px',
    ...SHRINKABLE_FIELDS,
  },
});

export interface MappingEditorProps {
  titles: readonly string[];
  examples: readonly string[];
  choices: readonly ColumnChoice[];
  onChange: (choices: ColumnChoice[]) => void;
  fields: readonly PersonField[];
  /** Criteria a column may hold (score import); none for a staff list. */
  criteria?: readonly Criterion[];
  /** Levels the template carries, for a criterion or total column. */
  levels?: readonly AssessmentLevel[];
}

/** One dropdown per column (what it holds), and for score columns a second one (which level). */
export function MappingEditor({
  titles,
  examples,
  choices,
  onChange,
  fields,
  criteria = [],
  levels = [],
}: MappingEditorProps) {
  const styles = useStyles();
  const t = usePanelStrings(TEMPLATE_STRINGS).mapping;
  const repeated = repeatedFields(choices);
  const set = (column: number, choice: ColumnChoice) =>
    onChange(choices.map((c, i) => (i === column ? choice : c)));
  return (
    <div className={styles.list} data-testid="mapping-editor">
      {titles.map((title, column) => {
        const choice = choices[column] ?? { kind: 'ignore' };
        const hasLevel = choice.kind === 'criterion' || choice.kind === 'total';
        const level = hasLevel ? choice.level : undefined;
        const repeatedHere = choice.kind === 'field' && repeated.includes(choice.field);
        return (
          <div key={column} className={`${styles.column} ${choice.kind === 'ignore' ? '' : styles.mapped}`}>
            <Text size={200} weight="semibold">
              {title}
            </Text>
            {examples[column] && (
              <Text size={100} className={styles.example}>
                {t.example(examples[column])}
              </Text>
            )}
            <div className={hasLevel && levels.length > 0 ? styles.pair : undefined}>
              <Field
                label={t.holds}
                size="small"
                validationState={repeatedHere ? 'warning' : 'none'}
                validationMessage={repeatedHere ? t.repeated : undefined}
              >
                <Select
                  size="small"
                  value={choiceKey(choice)}
                  data-testid={`mapping-column-${column}`}
                  onChange={(_, data) => set(column, choiceFromKey(data.value, level))}
                >
                  <option value="ignore">{t.ignore}</option>
                  <optgroup label={t.personGroup}>
                    {fields.map((field) => (
                      <option key={field} value={`field:${field}`}>
                        {t.fields[field]}
                      </option>
                    ))}
                  </optgroup>
                  {criteria.length > 0 && (
                    <optgroup label={t.criteriaGroup}>
                      {criteria.map((criterion) => (
                        <option key={criterion.id} value={`criterion:${criterion.id}`}>
                          {t.criterionOption(criterion.id, criterion.label)}
                        </option>
                      ))}
                      <option value="total">{t.total}</option>
                    </optgroup>
                  )}
                </Select>
              </Field>
              {hasLevel && levels.length > 0 && (
                <Field label={t.level} size="small">
                  <Select
                    size="small"
                    value={level ?? ''}
                    data-testid={`mapping-level-${column}`}
                    onChange={(_, data) =>
                      set(column, withLevel(choice, (data.value || undefined) as AssessmentLevel | undefined))
                    }
                  >
                    <option value="">{t.defaultLevel}</option>
                    {levels.map((l) => (
                      <option key={l} value={l}>
                        {t.levels[l]}
                      </option>
                    ))}
                  </Select>
                </Field>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
