import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyPart } from '../lazyPart';

/** The CSV code (parser, planner, dialogs) loads on first use, not with the app. */
const CsvDialog = lazyPart(() => import('./CsvDialog'), 'default');

/** Top-bar entry to the CSV import and export of roles, tasks and the skills matrix. */
export function CsvMenuButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        title={t('csv.menu.title')}
        aria-haspopup="dialog"
        data-testid="menu.csv"
      >
        {t('csv.menu.button')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <CsvDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
