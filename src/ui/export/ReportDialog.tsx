import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTION_IDS, type SectionId } from '../../export/pdf/types';
import type { Orientation, PaperSize } from '../../export/pdf/layout/page';
import { Dialog } from '../Dialog';
import { useReportJob, type ReportJob } from './useReportJob';
import './export.css';

function ProgressLine({ job }: { job: ReportJob }) {
  const { t } = useTranslation();
  if (job.state === 'idle') return null;
  if (job.state !== 'running') {
    const text =
      job.state === 'done'
        ? t('export.report.done', { file: job.file, count: job.pages })
        : job.state === 'cancelled'
          ? t('export.report.cancelled')
          : t('export.report.failed', { message: job.message });
    return (
      <p className={`export-status is-${job.state}`} role="status" data-testid="report.status" data-state={job.state}>
        {text}
      </p>
    );
  }
  const { phase, done, total } = job.progress;
  return (
    <div className="export-progress" role="status" data-testid="report.progress">
      <progress value={phase === 'pages' ? done : undefined} max={total || 1} aria-label={t(`export.report.progress.${phase}`, { done, total })} />
      <span>{t(`export.report.progress.${phase}`, { done, total })}</span>
    </div>
  );
}

function SectionChoice({ chosen, onChange, disabled }: { chosen: Set<SectionId>; onChange: (s: Set<SectionId>) => void; disabled: boolean }) {
  const { t } = useTranslation();
  const toggle = (id: SectionId) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange(next);
  };
  return (
    <fieldset className="export-fieldset" disabled={disabled}>
      <legend>{t('export.report.parts')}</legend>
      <div className="export-links">
        <button type="button" className="link-button" onClick={() => onChange(new Set(SECTION_IDS))}>
          {t('export.report.all')}
        </button>
        <button type="button" className="link-button" onClick={() => onChange(new Set())}>
          {t('export.report.none')}
        </button>
      </div>
      {SECTION_IDS.map((id) => (
        <label key={id} className="export-check">
          <input type="checkbox" checked={chosen.has(id)} onChange={() => toggle(id)} data-testid={`report.section.${id}`} />
          {t(`export.report.section.${id}`)}
        </label>
      ))}
    </fieldset>
  );
}

/** What goes into the PDF, on which paper; then progress, Cancel, and the download. */
export function ReportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<Set<SectionId>>(() => new Set(SECTION_IDS));
  const [paper, setPaper] = useState<PaperSize>('a4');
  const [orientation, setOrientation] = useState<Orientation>('portrait');
  const { job, start, cancel } = useReportJob();
  const running = job.state === 'running';
  const close = () => {
    cancel();
    onClose();
  };
  const actions = (
    <>
      <button type="button" onClick={running ? cancel : close} data-testid="report.cancel">
        {running ? t('export.report.cancel') : t('export.report.close')}
      </button>
      <button
        type="button"
        className="primary"
        disabled={running || chosen.size === 0}
        onClick={() => void start({ page: { paper, orientation }, sections: [...chosen] })}
        data-testid="report.create"
      >
        {t('export.report.create')}
      </button>
    </>
  );
  return (
    <Dialog title={t('export.report.title')} onClose={close} testId="report-dialog" actions={actions}>
      <div className="export-grid">
        <SectionChoice chosen={chosen} onChange={setChosen} disabled={running} />
        <fieldset className="export-fieldset" disabled={running}>
          <label className="export-field">
            {t('export.report.paper')}
            <select value={paper} onChange={(e) => setPaper(e.target.value as PaperSize)} data-testid="report.paper">
              <option value="a4">A4</option>
              <option value="a3">A3</option>
            </select>
          </label>
          <label className="export-field">
            {t('export.report.orientation')}
            <select value={orientation} onChange={(e) => setOrientation(e.target.value as Orientation)} data-testid="report.orientation">
              <option value="portrait">{t('export.report.portrait')}</option>
              <option value="landscape">{t('export.report.landscape')}</option>
            </select>
          </label>
        </fieldset>
      </div>
      {chosen.size === 0 && <p className="field-error">{t('export.report.noParts')}</p>}
      <ProgressLine job={job} />
    </Dialog>
  );
}
