import { useTranslation } from 'react-i18next';

export type SaveState =
  | { status: 'idle' | 'pending' | 'saving' | 'saved' }
  | { status: 'error'; cause: string };

/** Tells the user whether their work is on disk; a failed save stays visible until it recovers. */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  const text =
    state.status === 'error' ? t('app.save.error', { cause: state.cause }) : t(`app.save.${state.status}`);
  return (
    <span
      className={`save-status save-${state.status}`}
      data-testid="save-status"
      data-status={state.status}
      role={state.status === 'error' ? 'alert' : 'status'}
      title={text}
    >
      <span className="save-dot" aria-hidden="true" />
      <span className="save-text">{text}</span>
    </span>
  );
}
