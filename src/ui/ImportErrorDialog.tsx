import { useTranslation } from 'react-i18next';
import type { ImportError } from '../io/projectFile';
import { Dialog } from './Dialog';

/** Says exactly what is wrong with a file that was refused, and that nothing changed. */
export function ImportErrorDialog({ error, fileName, onClose }: { error: ImportError; fileName: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t('app.io.importTitle')}
      onClose={onClose}
      testId="dialog.import-error"
      actions={
        <button type="button" className="primary" onClick={onClose}>
          {t('app.dialog.ok')}
        </button>
      }
    >
      <p className="import-file-name">{fileName}</p>
      <p data-testid="import-error.message" data-code={error.code}>
        {t(`app.io.errors.${error.code}`, error.params)}
      </p>
      <details open>
        <summary>{t('app.io.details')}</summary>
        <p className="mono small">{error.message}</p>
        {error.issues.length > 0 && (
          <ul className="issue-list" data-testid="import-error.issues">
            {error.issues.map((issue, i) => (
              <li key={i}>
                <code>{issue.path || '(file)'}</code>: {issue.message}
              </li>
            ))}
          </ul>
        )}
      </details>
      <p className="muted">{t('app.io.unchanged')}</p>
    </Dialog>
  );
}
