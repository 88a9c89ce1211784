import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import type { SchoolRoster } from '../../../../domain/school/types';
import { usePanelStrings } from '../../../i18n';
import { useCase } from '../../../state/CaseProvider';
import { defaultCaseTargets } from './targets-model';
import { TARGETS_EDIT_STRINGS } from './strings';
import { useWriteTargets } from './use-write-targets';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: '10px', alignItems: 'flex-start' },
});

/** A workbook built without targets: one button makes "Chỉ tiêu" and "Đăng ký" from the default list. */
export function CreateTargets({ roster }: { roster: SchoolRoster }) {
  const s = usePanelStrings(TARGETS_EDIT_STRINGS);
  const styles = useStyles();
  const { busy } = useCase();
  const write = useWriteTargets();
  return (
    <div className={styles.box}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{s.createHeading}</MessageBarTitle>
          {s.createIntro}
        </MessageBarBody>
      </MessageBar>
      <Button
        appearance="primary"
        disabled={busy !== null}
        data-testid="targets-create"
        onClick={() => void write(defaultCaseTargets(roster), s.creating)}
      >
        {s.create}
      </Button>
    </div>
  );
}
