import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Notice {
  kind: 'info' | 'error';
  text: string;
}

interface ShownNotice extends Notice {
  id: number;
}

const NotifyContext = createContext<(notice: Notice) => void>(() => {});

export const useNotify = () => useContext(NotifyContext);

let nextId = 1;
const INFO_MS = 4000;
const ERROR_MS = 9000;

/** Toasts for command refusals, import errors and confirmations; errors stay longer. */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<ShownNotice[]>([]);
  const { t } = useTranslation();
  const dismiss = useCallback((id: number) => setNotices((all) => all.filter((n) => n.id !== id)), []);
  const notify = useCallback(
    (notice: Notice) => {
      const id = nextId++;
      setNotices((all) => [...all.slice(-3), { ...notice, id }]);
      setTimeout(() => dismiss(id), notice.kind === 'error' ? ERROR_MS : INFO_MS);
    },
    [dismiss],
  );
  const value = useMemo(() => notify, [notify]);
  return (
    <NotifyContext.Provider value={value}>
      {children}
      <div className="notices" aria-live="polite">
        {notices.map((n) => (
          <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'} data-testid={`notice.${n.kind}`}>
            <span>{n.text}</span>
            <button type="button" className="icon-button" aria-label={t('app.dialog.close')} onClick={() => dismiss(n.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </NotifyContext.Provider>
  );
}
