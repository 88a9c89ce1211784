/** Ban kiểm phiếu: name and role of each teller, printed on the biên bản with its signature block. */
import { Button, Field, Input, Text, makeStyles } from '@fluentui/react-components';
import type { Teller } from '../../../../domain/votes';
import { useMeetingStrings } from '../use-meeting-strings';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '6px' },
  row: { display: 'flex', gap: '6px', alignItems: 'flex-end', flexWrap: 'wrap' },
  name: { flexGrow: 1, minWidth: '150px' },
  role: { width: '110px' },
});

export interface TellersEditorProps {
  tellers: Teller[];
  onChange(tellers: Teller[]): void;
}

export function TellersEditor({ tellers, onChange }: TellersEditorProps) {
  const s = useMeetingStrings();
  const styles = useStyles();
  const update = (index: number, patch: Partial<Teller>) =>
    onChange(tellers.map((t, i) => (i === index ? { ...t, ...patch } : t)));
  return (
    <section className={styles.section} aria-labelledby="meeting-tellers-heading">
      <Text as="h2" size={400} weight="semibold" id="meeting-tellers-heading">
        {s.tellers.heading}
      </Text>
      {tellers.length === 0 && <Text size={200}>{s.tellers.none}</Text>}
      {tellers.map((teller, index) => (
        <div key={index} className={styles.row}>
          <Field label={`${s.tellers.name} ${index + 1}`} className={styles.name}>
            <Input
              style={{ width: '100%', minWidth: 0 }}
              value={teller.name}
              onChange={(_, data) => update(index, { name: data.value })}
            />
          </Field>
          <Field label={s.tellers.role} className={styles.role}>
            <Input
              style={{ width: '100%', minWidth: 0 }}
              value={teller.role}
              onChange={(_, data) => update(index, { role: data.value })}
            />
          </Field>
          <Button
            aria-label={`${s.tellers.remove} ${teller.name || `${s.tellers.name} ${index + 1}`}`}
            onClick={() => onChange(tellers.filter((_, i) => i !== index))}
          >
            {s.tellers.remove}
          </Button>
        </div>
      ))}
      <div>
        <Button
          onClick={() =>
            onChange([
              ...tellers,
              { name: '', role: tellers.length === 0 ? s.tellers.chair : s.tellers.member },
            ])
          }
        >
          {s.tellers.add}
        </Button>
      </div>
    </section>
  );
}
