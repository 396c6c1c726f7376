import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor, useScenario } from '../../app/editorContext';
import { useNotify } from '../../app/notifications';
import { downloadText } from '../../io/download';
import { CSV_KINDS, csvFileName, exportCsv, styleForLanguage, type CsvKind } from '../../io/csv';
import { Dialog } from '../Dialog';
import { CsvImportDialog } from './CsvImportDialog';
import { MAX_FILE_BYTES, pickCsvFile } from './csvFiles';
import { formatNumber } from '../format';
import './csv.css';

const megabytes = (bytes: number, language: string) => formatNumber(bytes / 1024 / 1024, language, 1);

interface PendingImport {
  kind: CsvKind;
  fileName: string;
  text: string;
}

interface KindListProps {
  onExport: (kind: CsvKind) => void;
  onImport: (kind: CsvKind) => void;
}

/** One line per file: what it holds, Export, Import…. */
function CsvKindList({ onExport, onImport }: KindListProps) {
  const { t } = useTranslation();
  return (
    <ul className="csv-kinds">
      {CSV_KINDS.map((kind) => (
        <li key={kind} data-testid={`csv.kind.${kind}`}>
          <div className="csv-kind-text">
            <strong>{t(`csv.kind.${kind}.title`)}</strong>
            <span className="muted small">{t(`csv.kind.${kind}.hint`)}</span>
          </div>
          <div className="csv-kind-actions">
            <button type="button" onClick={() => onExport(kind)} data-testid={`csv.export.${kind}`}>
              {t('csv.dialog.export')}
            </button>
            <button type="button" onClick={() => onImport(kind)} data-testid={`csv.import.${kind}`}>
              {t('csv.dialog.import')}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}

/** The CSV hub: export or import each of the three files of the open scenario. Loaded lazily. */
export default function CsvDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const scenario = useScenario();
  const projectName = useEditor((s) => s.project.name);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const style = styleForLanguage(i18n.language);

  const exportKind = (kind: CsvKind) => {
    const file = csvFileName(projectName, scenario.name, kind);
    downloadText(file, exportCsv(kind, scenario, style), 'text/csv;charset=utf-8');
    notify({ kind: 'info', text: t('csv.dialog.exported', { file }) });
  };

  const importKind = async (kind: CsvKind) => {
    const picked = await pickCsvFile();
    if (!picked) return;
    if (picked.ok) setPending({ kind, fileName: picked.name, text: picked.text });
    else if (picked.reason === 'too-large')
      notify({
        kind: 'error',
        text: t('csv.dialog.tooLarge', {
          size: megabytes(picked.size, i18n.language),
          limit: megabytes(MAX_FILE_BYTES, i18n.language),
        }),
      });
    else notify({ kind: 'error', text: t('csv.dialog.readFailed') });
  };

  if (pending) return <CsvImportDialog {...pending} onBack={() => setPending(null)} onClose={onClose} />;
  return (
    <Dialog
      title={t('csv.dialog.title')}
      onClose={onClose}
      testId="csv.dialog"
      actions={
        <button type="button" onClick={onClose} data-testid="csv.close">
          {t('app.dialog.close')}
        </button>
      }
    >
      <div className="csv-dialog">
        <p>{t('csv.dialog.intro', { scenario: scenario.name })}</p>
        <CsvKindList onExport={exportKind} onImport={(kind) => void importKind(kind)} />
        <p className="muted small">
          {t('csv.dialog.style', {
            separator: t(`csv.separator.${style.separator}`),
            decimal: t(`csv.decimal.${style.decimal}`),
          })}
        </p>
        <p className="muted small">{t('csv.dialog.rules')}</p>
      </div>
    </Dialog>
  );
}
