import { useState } from 'react';
import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
} from '@fluentui/react-components';
import type { ExportPreview } from '../../../layout/export';
import { usePanelStrings } from '../../i18n';
import { documentStatus } from './document-status';
import { EXPORT_STRINGS } from './strings';
import { useSectionStyles } from './styles';

/** Notices shown before "show all": enough to see the kind of problem without a wall of text. */
const NOTICES_SHOWN = 6;

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: '4px', padding: 0, margin: 0 },
  item: { listStyleType: 'none', display: 'flex', flexDirection: 'column' },
  notices: { margin: '4px 0 0 0', paddingLeft: '18px' },
});

interface Props {
  preview: ExportPreview;
}

/** What will go out: each paper's sheet and content, and what the "Lưu ý" sheet will say. */
export function PreviewSection({ preview }: Props) {
  const s = usePanelStrings(EXPORT_STRINGS);
  const section = useSectionStyles();
  const styles = useStyles();
  const [allNotices, setAllNotices] = useState(false);
  const notices = allNotices ? preview.notices : preview.notices.slice(0, NOTICES_SHOWN);
  return (
    <section
      className={section.section}
      aria-labelledby="export-preview-heading"
      data-testid="export-preview"
    >
      <Text as="h2" size={400} weight="semibold" id="export-preview-heading">
        {s.preview}
      </Text>
      <ul className={styles.list}>
        {preview.documents.map((doc) => {
          const status = documentStatus(doc, s.units);
          return (
            <li
              key={doc.id}
              className={styles.item}
              data-testid={`preview-${doc.id}`}
              data-state={status.state}
            >
              <Text weight="semibold">{doc.title}</Text>
              <Text size={200} className={section.muted}>
                {s.previewSheet(doc.sheetName)}{' '}
                {status.state === 'rows' && <Badge appearance="tint">{s.previewRows(status.count)}</Badge>}
              </Text>
              {status.state === 'empty' && <Text size={200}>{s.previewEmpty}</Text>}
              {status.state === 'missing' && <Text size={200}>{s.previewMissing}</Text>}
            </li>
          );
        })}
      </ul>
      {preview.notices.length > 0 ? (
        <MessageBar intent="warning" layout="multiline" data-testid="export-notices">
          <MessageBarBody>
            <MessageBarTitle>{s.noticesTitle(preview.notices.length)}</MessageBarTitle>
            <ol className={styles.notices}>
              {notices.map((notice, i) => (
                <li key={i}>{notice}</li>
              ))}
            </ol>
            {preview.notices.length > NOTICES_SHOWN && (
              <Button appearance="transparent" onClick={() => setAllNotices(!allNotices)}>
                {allNotices ? s.fewerNotices : s.moreNotices(preview.notices.length - NOTICES_SHOWN)}
              </Button>
            )}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Text data-testid="export-complete">{s.complete}</Text>
      )}
    </section>
  );
}
