import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorStore, useSelection } from '../../app/editorContext';
import { downloadBlob } from '../../export/download';
import type { PictureBackground, PictureFormat } from '../../export/picture';
import { Dialog } from '../Dialog';
import './export.css';

type Status = { state: 'idle' | 'busy' } | { state: 'done'; text: string } | { state: 'failed'; text: string };

function Choice<T extends string | number>(props: {
  name: string;
  label: string;
  value: T;
  options: { value: T; label: string; disabled?: boolean }[];
  onChange: (v: T) => void;
}): ReactNode {
  return (
    <fieldset className="export-fieldset export-choice">
      <legend>{props.label}</legend>
      {props.options.map((o) => (
        <label key={String(o.value)} className="export-check">
          <input
            type="radio"
            name={props.name}
            checked={props.value === o.value}
            disabled={o.disabled}
            onChange={() => props.onChange(o.value)}
            data-testid={`picture.${props.name}-${o.value}`}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/** Draws the picture from the model and downloads it; PNG at a scale the browser can hold. */
function usePictureSave() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const save = async (o: { format: PictureFormat; background: PictureBackground; scale: number; selectionOnly: boolean }) => {
    setStatus({ state: 'busy' });
    try {
      const [picture, browser] = await Promise.all([import('../../export/picture'), import('../../export/picture/browser')]);
      const { project, view } = store.getState();
      const scenario = project.scenarios[view.scenarioId];
      if (!scenario) throw new Error('no scenario');
      const only = o.selectionOnly ? new Set(view.selection) : null;
      const measure = browser.canvasMeasure();
      const tr = (key: string, opts?: Record<string, unknown>) => String(t(key, opts as never));
      const base = picture.canvasSvg(scenario, { background: o.background, scale: 1, only }, measure, tr);
      const scale = o.format === 'png' ? picture.safeScale(base.width, base.height, o.scale) : o.scale;
      const result = picture.canvasSvg(scenario, { background: o.background, scale, only }, measure, tr);
      const file = picture.pictureFileName(project.name, scenario.name, o.format);
      const blob =
        o.format === 'svg' ? new Blob([result.svg], { type: 'image/svg+xml' }) : await browser.svgToPng(result.svg, result.width, result.height);
      downloadBlob(file, blob);
      const size = t('export.picture.size', { width: result.width, height: result.height });
      const reduced = scale < o.scale ? ` ${t('export.picture.reduced', { scale })}` : '';
      setStatus({ state: 'done', text: `${t('export.picture.done', { file })} ${size}.${reduced}` });
    } catch (e) {
      setStatus({ state: 'failed', text: t('export.picture.failed', { message: e instanceof Error ? e.message : String(e) }) });
    }
  };
  return { status, save };
}

export function PictureDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const selection = useSelection();
  const [format, setFormat] = useState<PictureFormat>('png');
  const [scope, setScope] = useState<'all' | 'selection'>('all');
  const [background, setBackground] = useState<PictureBackground>('white');
  const [scale, setScale] = useState(2);
  const { status, save } = usePictureSave();
  const selectionLabel = selection.length ? t('export.picture.selection', { count: selection.length }) : t('export.picture.noSelection');
  const actions = (
    <>
      <button type="button" onClick={onClose} data-testid="picture.close">
        {t('export.report.close')}
      </button>
      <button
        type="button"
        className="primary"
        disabled={status.state === 'busy'}
        onClick={() => void save({ format, background, scale, selectionOnly: scope === 'selection' && selection.length > 0 })}
        data-testid="picture.save"
      >
        {t('export.picture.save')}
      </button>
    </>
  );
  return (
    <Dialog title={t('export.picture.title')} onClose={onClose} testId="picture-dialog" actions={actions}>
      <div className="export-grid">
        <Choice name="format" label={t('export.picture.format')} value={format} onChange={setFormat} options={[{ value: 'png', label: t('export.picture.png') }, { value: 'svg', label: t('export.picture.svg') }]} />
        <Choice
          name="scope"
          label={t('export.picture.what')}
          value={scope}
          onChange={setScope}
          options={[{ value: 'all', label: t('export.picture.all') }, { value: 'selection', label: selectionLabel, disabled: selection.length === 0 }]}
        />
        <Choice
          name="background"
          label={t('export.picture.background')}
          value={background}
          onChange={setBackground}
          options={[{ value: 'white', label: t('export.picture.white') }, { value: 'transparent', label: t('export.picture.transparent') }]}
        />
        <Choice name="scale" label={t('export.picture.scale')} value={scale} onChange={setScale} options={[1, 2, 3].map((v) => ({ value: v, label: `${v}×` }))} />
      </div>
      {(status.state === 'done' || status.state === 'failed') && (
        <p className={`export-status is-${status.state}`} role="status" data-testid="picture.status" data-state={status.state}>
          {status.text}
        </p>
      )}
    </Dialog>
  );
}
