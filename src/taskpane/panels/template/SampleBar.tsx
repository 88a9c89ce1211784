import { Button, Checkbox, Text, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { usePanelStrings } from '../../i18n';
import { draftHasData, draftUnitKind, emptyDraft, sampleDraft, type TemplateDraft } from './draft';
import type { DraftUpdate } from './draft-store';
import type { ConfirmRequest } from './shared/ConfirmDialog';
import { TEMPLATE_STRINGS } from './strings';

const useStyles = makeStyles({
  bar: { display: 'flex', flexDirection: 'column', gap: '4px' },
  actions: { display: 'flex', gap: '6px', flexWrap: 'wrap', alignItems: 'center' },
});

/**
 * "Dùng dữ liệu trường mẫu" (or, on a Phòng's form, "Dùng dữ liệu Phòng mẫu") and "Bắt đầu lại", each asking
 * first when the draft holds typed data.
 */
export function SampleBar({
  draft,
  update,
  confirm,
}: {
  draft: TemplateDraft;
  update: DraftUpdate;
  confirm: (r: ConfirmRequest) => void;
}) {
  const styles = useStyles();
  const strings = usePanelStrings(TEMPLATE_STRINGS);
  const phong = draftUnitKind(draft) === 'school';
  const t = phong ? { ...strings.sample, ...strings.phong.sample } : strings.sample;
  const [withScores, setWithScores] = useState(true);
  const [done, setDone] = useState('');
  const replace = (next: () => TemplateDraft, message: string, ask: ConfirmRequest | null) => {
    const apply = () => {
      update(next);
      setDone(message);
    };
    if (ask && draftHasData(draft)) confirm({ ...ask, onConfirm: apply });
    else apply();
  };
  return (
    <div className={styles.bar}>
      <Text size={200}>{t.intro}</Text>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          data-testid="template-use-sample"
          onClick={() =>
            replace(() => sampleDraft(withScores, draftUnitKind(draft)), t.loaded(withScores), {
              title: t.replaceTitle,
              message: t.replaceMessage,
              confirm: t.useSample,
              onConfirm: () => undefined,
            })
          }
        >
          {t.useSample}
        </Button>
        <Checkbox
          label={t.withScores}
          checked={withScores}
          onChange={(_, d) => setWithScores(d.checked === true)}
          data-testid="template-sample-scores"
        />
        <Button
          onClick={() =>
            replace(() => emptyDraft(draftUnitKind(draft)), t.cleared, {
              title: t.resetTitle,
              message: t.resetMessage,
              confirm: t.reset,
              onConfirm: () => undefined,
            })
          }
          data-testid="template-reset"
        >
          {t.reset}
        </Button>
      </div>
      {done && (
        <Text size={200} role="status" data-testid="template-sample-done">
          {done}
        </Text>
      )}
    </div>
  );
}
