import {
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
} from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import { runExcel } from '../../../../excel';
import { writeCaseWorkbook } from '../../../../excel/operations';
import { usePanelStrings } from '../../../i18n';
import { useCase } from '../../../state/CaseProvider';
import { IssueList } from '../../scores/IssueList';
import { defaultCaseTargets } from '../../targets/edit/targets-model';
import { draftCase, draftUnitKind, liveInputs, type TemplateDraft } from '../draft';
import { clearTemplateDraft } from '../draft-store';
import { CHECK_MESSAGES } from '../check-messages';
import { checkDraft } from '../draft-checks';
import type { ConfirmRequest } from '../shared/ConfirmDialog';
import { TEMPLATE_STRINGS } from '../strings';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: '8px' },
  sheets: { display: 'flex', flexWrap: 'wrap', gap: '4px', marginTop: '4px' },
});

interface Built {
  sheetNames: string[];
  notices: string[];
  scores: number;
}

export function BuildSection({ draft, confirm }: { draft: TemplateDraft; confirm: (request: ConfirmRequest) => void }) {
  const styles = useStyles();
  const strings = usePanelStrings(TEMPLATE_STRINGS);
  const t = strings.build;
  const phong = draftUnitKind(draft) === 'school';
  const { status, read, perform, goTo, busy } = useCase();
  const messages = usePanelStrings(CHECK_MESSAGES);
  const checks = useMemo(() => checkDraft(draft, messages), [draft, messages]);
  const [built, setBuilt] = useState<Built | null>(null);
  const [blocked, setBlocked] = useState(false);
  const [withTargets, setWithTargets] = useState(true);
  const errorsRef = useRef<HTMLDivElement>(null);

  const build = async () => {
    setBuilt(null);
    const base = draftCase(draft);
    // Chỉ tiêu and đăng ký are a school's (titles sized to its staff): a Phòng's workbook has none.
    const schoolCase = withTargets && !phong ? { ...base, targets: defaultCaseTargets(base.roster) } : base;
    const result = await perform(t.building, () => runExcel((context) => writeCaseWorkbook(context, schoolCase)), {
      reload: true,
    });
    if (result) {
      setBuilt({ sheetNames: result.sheetNames, notices: result.notices, scores: schoolCase.scoring.inputs.length });
      // The workbook now holds the school: no copy of its people stays in the pane or on the computer.
      clearTemplateDraft();
    }
  };
  const start = () => {
    if (checks.errors.length > 0) {
      setBlocked(true);
      errorsRef.current?.focus();
      return;
    }
    setBlocked(false);
    if (status === 'ready' && read) {
      confirm({
        title: t.againTitle,
        message: t.againMessage(read.schoolCase.roster.info.name),
        confirm: t.againConfirm,
        onConfirm: () => void build(),
      });
    } else void build();
  };
  const inputs = liveInputs(draft).length;

  return (
    <div className={styles.box}>
      <Text size={200} data-testid="build-summary">
        {phong
          ? strings.phong.build.summary(draft.staff.length, draft.config.criteria.length, draft.config.rounds.length)
          : t.summary(draft.staff.length, draft.config.criteria.length, draft.config.rounds.length, inputs)}
      </Text>
      <div ref={errorsRef} tabIndex={-1} className={styles.box} data-testid="build-checks">
        {checks.errors.length > 0 && (
          <Text weight="semibold" role={blocked ? 'alert' : undefined}>
            {blocked ? t.blocked(checks.errors.length) : t.errorsTitle(checks.errors.length)}
          </Text>
        )}
        <IssueList issues={checks.errors} navigable={false} limit={30} testId="build-errors" />
        {checks.warnings.length > 0 && <Text weight="semibold">{t.warningsTitle(checks.warnings.length)}</Text>}
        <IssueList issues={checks.warnings} navigable={false} limit={30} testId="build-warnings" />
        {checks.errors.length === 0 && checks.warnings.length === 0 && <Text size={200}>{t.allGood}</Text>}
      </div>
      {!phong && (
        <>
          <Checkbox
            label={t.withTargets}
            checked={withTargets}
            onChange={(_, d) => setWithTargets(d.checked === true)}
            data-testid="template-with-targets"
          />
          <Text size={200}>{t.withTargetsHint}</Text>
        </>
      )}
      <div>
        <Button appearance="primary" onClick={start} disabled={busy !== null} data-testid="template-build">
          {t.build}
        </Button>
      </div>
      {built && (
        <MessageBar intent="success" data-testid="build-result" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.builtTitle(built.sheetNames.length)}</MessageBarTitle>
            {built.scores > 0 && <div>{t.builtScores(built.scores)}</div>}
            {built.notices.map((notice) => (
              <div key={notice} data-testid="build-notice">
                {notice}
              </div>
            ))}
            <div className={styles.sheets}>
              {built.sheetNames.map((name) => (
                <Button key={name} onClick={() => void goTo({ sheet: name, address: 'A1' })} data-testid="built-sheet">
                  {name}
                </Button>
              ))}
            </div>
            <div>{t.next}</div>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
