import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from './Dialog';

export interface DiscardTexts {
  title: string;
  message: string;
  confirmLabel: string;
}

/**
 * Closing an editor with unsaved edits asks first. `requestClose` is what Cancel, Escape and
 * the close button call; `confirm` is the question to render while it is being asked.
 */
export function useDiscardGuard(
  dirty: boolean,
  texts: DiscardTexts,
  onClose: () => void,
): { requestClose: () => void; confirm: ReactNode } {
  const [asking, setAsking] = useState(false);
  const requestClose = () => (dirty ? setAsking(true) : onClose());
  const confirm = asking && (
    <ConfirmDialog
      title={texts.title}
      message={texts.message}
      confirmLabel={texts.confirmLabel}
      danger
      onConfirm={onClose}
      onCancel={() => setAsking(false)}
    />
  );
  return { requestClose, confirm };
}
