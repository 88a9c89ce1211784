import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { usePanelStrings } from '../../../i18n';
import { TEMPLATE_STRINGS } from '../strings';

export interface ConfirmRequest {
  title: string;
  message: ReactNode;
  confirm: string;
  /** A third choice between cancel and confirm (e.g. "Chỉ ghi ô trống"). */
  alternative?: { label: string; onChoose: () => void };
  onConfirm: () => void;
}

/** Asks before anything that would replace what the user has; Escape or "Hủy" leaves it all as it is. */
export function ConfirmDialog({ request, onClose }: { request: ConfirmRequest | null; onClose: () => void }) {
  const t = usePanelStrings(TEMPLATE_STRINGS);
  return (
    <Dialog open={request !== null} onOpenChange={(_, data) => !data.open && onClose()} modalType="alert">
      <DialogSurface data-testid="confirm-dialog">
        {request && (
          <DialogBody>
            <DialogTitle>{request.title}</DialogTitle>
            <DialogContent>{request.message}</DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={onClose} data-testid="confirm-cancel">
                {t.common.cancel}
              </Button>
              {request.alternative && (
                <Button
                  appearance="secondary"
                  data-testid="confirm-alternative"
                  onClick={() => {
                    onClose();
                    request.alternative?.onChoose();
                  }}
                >
                  {request.alternative.label}
                </Button>
              )}
              <Button
                appearance="primary"
                data-testid="confirm-ok"
                onClick={() => {
                  onClose();
                  request.onConfirm();
                }}
              >
                {request.confirm}
              </Button>
            </DialogActions>
          </DialogBody>
        )}
      </DialogSurface>
    </Dialog>
  );
}
