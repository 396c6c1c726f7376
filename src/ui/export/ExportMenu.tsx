import { Suspense, useState } from 'react';
import './export.css';
import { useTranslation } from 'react-i18next';
import { lazyPart } from '../lazyPart';

/** The export dialogs load on first use, not with the app. */
const ReportDialog = lazyPart(() => import('./ReportDialog'), 'ReportDialog');
const PictureDialog = lazyPart(() => import('./PictureDialog'), 'PictureDialog');

/** Top-bar entries for the PDF report and the canvas picture, with their dialogs. */
export function ExportMenu() {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'pdf' | 'picture' | null>(null);
  return (
    <div className="toolbar-group export-menu">
      <button
        type="button"
        onClick={() => setOpen('pdf')}
        title={t('export.menu.pdfHint')}
        data-testid="menu.export-pdf"
      >
        {t('export.menu.pdf')}
      </button>
      <button
        type="button"
        onClick={() => setOpen('picture')}
        title={t('export.menu.pictureHint')}
        data-testid="menu.export-picture"
      >
        {t('export.menu.picture')}
      </button>
      <Suspense fallback={null}>
        {open === 'pdf' && <ReportDialog onClose={() => setOpen(null)} />}
        {open === 'picture' && <PictureDialog onClose={() => setOpen(null)} />}
      </Suspense>
    </div>
  );
}
