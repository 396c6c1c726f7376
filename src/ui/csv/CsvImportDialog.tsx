import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor, useEditorStore, useScenario } from '../../app/editorContext';
import { useNotify } from '../../app/notifications';
import { planCsvImport, styleForLanguage, type CsvKind, type CsvPlan } from '../../io/csv';
import type { BatchStep } from '../../store/editorStore';
import { Dialog } from '../Dialog';
import { CsvChangeTable, CsvIssueTable, CsvSummary, countRows } from './CsvPreviewTables';

interface CsvImportDialogProps {
  kind: CsvKind;
  fileName: string;
  text: string;
  onBack: () => void;
  onClose: () => void;
}

type BlockReason = 'reasonErrors' | 'readOnly' | 'reasonNothing';

/** Why Apply is disabled, or null when it is not. */
function blockReason(plan: CsvPlan, readOnly: boolean): BlockReason | null {
  if (plan.issues.length > 0) return 'reasonErrors';
  if (readOnly) return 'readOnly';
  return plan.commands.length === 0 ? 'reasonNothing' : null;
}

interface ActionsProps {
  reason: BlockReason | null;
  changed: number;
  onApply: () => void;
  onBack: () => void;
  onClose: () => void;
}

/** Back, Cancel and Apply; when Apply is disabled the reason stands next to it. */
function ImportActions({ reason, changed, onApply, onBack, onClose }: ActionsProps) {
  const { t } = useTranslation();
  const reasonClass = reason === 'reasonErrors' ? 'csv-apply-reason csv-apply-reason-error' : 'csv-apply-reason';
  return (
    <>
      {reason && (
        <span className={reasonClass} data-testid="csv.apply-reason" data-reason={reason}>
          {t(`csv.preview.${reason}`)}
        </span>
      )}
      <button type="button" onClick={onBack} data-testid="csv.back">
        {t('csv.preview.back')}
      </button>
      <button type="button" onClick={onClose} data-testid="csv.cancel">
        {t('app.dialog.cancel')}
      </button>
      <button type="button" className="primary" disabled={reason !== null} onClick={onApply} data-testid="csv.apply">
        {reason ? t('csv.preview.applyNothing') : t('csv.preview.apply', { count: changed })}
      </button>
    </>
  );
}

/**
 * The preview of a CSV import: what will be added, updated and left alone, and every
 * problem by row and column. Applying runs all planned commands as one undo step; a file
 * with any problem applies nothing. The plan follows the document while the dialog is open.
 */
export function CsvImportDialog({ kind, fileName, text, onBack, onClose }: CsvImportDialogProps) {
  const { t, i18n } = useTranslation();
  const store = useEditorStore();
  const notify = useNotify();
  const scenario = useScenario();
  const readOnly = useEditor(() => store.isReadOnly());
  const style = useMemo(() => styleForLanguage(i18n.language), [i18n.language]);
  const plan = useMemo(() => planCsvImport(kind, text, scenario, style), [kind, text, scenario, style]);
  const [refused, setRefused] = useState<string | null>(null);
  const counts = countRows(plan);

  const apply = () => {
    const result = store.batch(plan.commands as BatchStep[], { label: `csv-import-${kind}` });
    if (!result.ok) {
      setRefused(t('csv.preview.refused', { reason: t(`app.commandError.${result.error.code}`, result.error.params) }));
      return;
    }
    const kindName = t(`csv.kind.${kind}.noun`);
    notify({
      kind: 'info',
      text: t('csv.preview.applied', { kind: kindName, added: counts.add, updated: counts.update }),
    });
    onClose();
  };

  return (
    <Dialog
      title={t(`csv.kind.${kind}.importTitle`)}
      onClose={onClose}
      testId="csv.import-dialog"
      actions={
        <ImportActions
          reason={blockReason(plan, readOnly)}
          changed={counts.add + counts.update}
          onApply={apply}
          onBack={onBack}
          onClose={onClose}
        />
      }
    >
      <div className="csv-dialog">
        <CsvSummary plan={plan} fileName={fileName} scenarioName={scenario.name} />
        {refused && (
          <p className="csv-refused" role="alert" data-testid="csv.refused">
            {refused}
          </p>
        )}
        {plan.issues.length > 0 && <CsvIssueTable issues={plan.issues} />}
        <CsvChangeTable rows={plan.rows} />
      </div>
    </Dialog>
  );
}
