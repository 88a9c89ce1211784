import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import type { UnitKind } from '../../../domain/school/units';
import { usePanelStrings } from '../../i18n';
import { draftHasData, draftUnitKind, emptyDraft, type TemplateDraft } from './draft';
import type { DraftUpdate } from './draft-store';
import type { ConfirmRequest } from './shared/ConfirmDialog';
import { TEMPLATE_STRINGS } from './strings';

/**
 * "Chấm điểm cho": a school's staff or, for a Phòng GD&ĐT, its schools. The two forms share nothing but
 * the rounds and bands, so changing starts a new draft (asking first when something was typed).
 */
export function UnitKindChoice({
  draft,
  update,
  confirm,
}: {
  draft: TemplateDraft;
  update: DraftUpdate;
  confirm: (request: ConfirmRequest) => void;
}) {
  const t = usePanelStrings(TEMPLATE_STRINGS).phong.kind;
  const kind = draftUnitKind(draft);
  const choose = (next: UnitKind) => {
    if (next === kind) return;
    const apply = () => update(() => emptyDraft(next));
    if (draftHasData(draft))
      confirm({ title: t.switchTitle, message: t.switchMessage, confirm: t.switchConfirm, onConfirm: apply });
    else apply();
  };
  return (
    <Field label={t.legend}>
      <RadioGroup
        value={kind}
        onChange={(_, data) => choose(data.value === 'school' ? 'school' : 'staff')}
        data-testid="template-unit-kind"
      >
        <Radio value="staff" label={t.staff} data-testid="template-kind-staff" />
        <Radio value="school" label={t.schools} data-testid="template-kind-school" />
      </RadioGroup>
    </Field>
  );
}
