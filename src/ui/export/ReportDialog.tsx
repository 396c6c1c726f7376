import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../../app/editorContext';
import { COMPARE_SECTION_IDS, SECTION_IDS, type ReportSectionId } from '../../export/pdf/types';
import type { Orientation, PaperSize } from '../../export/pdf/layout/page';
import { scenariosInOrder, type ScenarioId } from '../../model';
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

interface SectionChoiceProps {
  /** The parts on offer: the comparison parts only when a scenario to compare with is chosen. */
  offered: readonly ReportSectionId[];
  chosen: Set<ReportSectionId>;
  onChange: (s: Set<ReportSectionId>) => void;
  disabled: boolean;
}

function SectionChoice({ offered, chosen, onChange, disabled }: SectionChoiceProps) {
  const { t } = useTranslation();
  const toggle = (id: ReportSectionId) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange(next);
  };
  return (
    <fieldset className="export-fieldset" disabled={disabled}>
      <legend>{t('export.report.parts')}</legend>
      <div className="export-links">
        <button type="button" className="link-button" onClick={() => onChange(new Set([...chosen, ...offered]))}>
          {t('export.report.all')}
        </button>
        <button type="button" className="link-button" onClick={() => onChange(new Set())}>
          {t('export.report.none')}
        </button>
      </div>
      {offered.map((id) => (
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
  const [chosen, setChosen] = useState<Set<ReportSectionId>>(() => new Set([...SECTION_IDS, ...COMPARE_SECTION_IDS]));
  const project = useEditor((s) => s.project);
  const current = useEditor((s) => s.view.scenarioId);
  const others = useMemo(() => scenariosInOrder(project).filter((s) => s.id !== current), [project, current]);
  const [compareWith, setCompareWith] = useState<ScenarioId | ''>('');
  const comparing = compareWith !== '' && others.some((s) => s.id === compareWith);
  const offered: readonly ReportSectionId[] = comparing ? [...SECTION_IDS, ...COMPARE_SECTION_IDS] : SECTION_IDS;
  const sections = offered.filter((id) => chosen.has(id));
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
        disabled={running || sections.length === 0}
        onClick={() => void start({ page: { paper, orientation }, sections }, comparing ? compareWith : undefined)}
        data-testid="report.create"
      >
        {t('export.report.create')}
      </button>
    </>
  );
  return (
    <Dialog title={t('export.report.title')} onClose={close} testId="report-dialog" actions={actions}>
      <div className="export-grid">
        <SectionChoice offered={offered} chosen={chosen} onChange={setChosen} disabled={running} />
        <fieldset className="export-fieldset" disabled={running}>
          <label className="export-field">
            {t('export.report.compareWith')}
            <select value={comparing ? compareWith : ''} onChange={(e) => setCompareWith(e.target.value as ScenarioId | '')} data-testid="report.compare-with">
              <option value="">{t('export.report.compareNone')}</option>
              {others.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          {comparing && <p className="export-hint">{t('export.report.compareHint')}</p>}
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
      {sections.length === 0 && <p className="field-error">{t('export.report.noParts')}</p>}
      <ProgressLine job={job} />
    </Dialog>
  );
}
