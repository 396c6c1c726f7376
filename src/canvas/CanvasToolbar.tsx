import { Panel, useReactFlow } from '@xyflow/react';
import { memo, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBatch, useEditor, useEditorStore, useSelection } from '../app/editorContext';
import { useNotify } from '../app/notifications';
import type { Family, FamilyId } from '../model';
import { routeStyle } from './routeStyles';
import type { Size } from './types';

interface CanvasToolbarProps {
  families: Family[];
  routeFamily: FamilyId | null;
  onRouteFamilyChange: (id: FamilyId) => void;
}

/** Nodes React Flow has measured, by id: role cards grow with their task chips. */
function measuredSizes(nodes: readonly { id: string; measured?: { width?: number; height?: number } }[]): Map<string, Size> {
  const out = new Map<string, Size>();
  for (const n of nodes) if (n.measured?.width && n.measured.height) out.set(n.id, { width: n.measured.width, height: n.measured.height });
  return out;
}

/**
 * "Tidy up": loads the layout code (and dagre) on first use, lays out the scenario or the
 * selection, and applies it as one moveNodes command, so one undo puts everything back.
 */
function useTidyUp() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const batch = useBatch();
  const notify = useNotify();
  const { getNodes, fitView } = useReactFlow();
  const [busy, setBusy] = useState(false);
  const run = useCallback(async () => {
    setBusy(true);
    try {
      const { tidyLayout } = await import('./layout');
      const { project, view } = store.getState();
      const scenario = project.scenarios[view.scenarioId];
      if (!scenario) return;
      const moves = tidyLayout(scenario, { selection: view.selection, sizes: measuredSizes(getNodes()) });
      if (moves.length === 0) return;
      const result = batch([{ name: 'moveNodes', args: { scenarioId: scenario.id, moves } }], { label: 'tidy-up' });
      if (result.ok) setTimeout(() => void fitView({ padding: 0.15, maxZoom: 1, duration: 300 }), 60);
    } catch {
      notify({ kind: 'error', text: t('compare.tidy.failed') });
    } finally {
      setBusy(false);
    }
  }, [store, batch, notify, getNodes, fitView, t]);
  return { run, busy };
}

// Inline: the toolbar's stylesheet belongs to the canvas; these two rules are all the button adds.
const TIDY_STYLE = { display: 'inline-flex', alignItems: 'center', gap: 6, padding: '3px 10px' } as const;
const SEPARATOR_STYLE = { width: 1, alignSelf: 'stretch', background: 'var(--border)' } as const;

/** Two or more selected nodes: only they are tidied; otherwise the whole scenario. */
function TidyUpButton() {
  const { t } = useTranslation();
  const { run, busy } = useTidyUp();
  const selection = useSelection();
  const store = useEditorStore();
  const readOnly = useEditor(() => store.isReadOnly());
  const partial = selection.filter((id) => !id.startsWith('task:') && !id.startsWith('polca:')).length >= 2;
  const hint = partial ? t('compare.tidy.hintSelection') : t('compare.tidy.hint');
  return (
    <button
      type="button"
      className="tidy-up"
      style={TIDY_STYLE}
      data-testid="canvas.tidy-up"
      data-scope={partial ? 'selection' : 'scenario'}
      title={hint}
      aria-label={hint}
      disabled={busy || readOnly}
      onClick={() => void run()}
    >
      <svg width="14" height="14" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true" focusable="false">
        <rect x="1.5" y="2" width="4" height="4" rx="1" />
        <rect x="10.5" y="2" width="4" height="4" rx="1" />
        <rect x="10.5" y="10" width="4" height="4" rx="1" />
        <path d="M5.5 4h5M12.5 6v4" />
      </svg>
      <span>{partial ? t('compare.tidy.labelSelection') : t('compare.tidy.label')}</span>
    </button>
  );
}

/** "Route for: [family]": which family a workstation → workstation connection extends. */
export const CanvasToolbar = memo(function CanvasToolbar({
  families,
  routeFamily,
  onRouteFamilyChange,
}: CanvasToolbarProps) {
  const { t } = useTranslation();
  const pattern = families.findIndex((f) => f.id === routeFamily);
  const style = pattern >= 0 ? routeStyle(pattern) : null;
  return (
    <Panel position="top-left" className="canvas-toolbar">
      <label className="route-family" title={t('canvas.toolbar.routeForHint')}>
        <span>{t('canvas.toolbar.routeFor')}</span>
        {style && (
          <svg className="route-swatch" width="24" height="8" viewBox="0 0 24 8" aria-hidden="true">
            <line
              x1="1"
              y1="4"
              x2="23"
              y2="4"
              stroke={style.colour}
              strokeWidth="2.5"
              strokeDasharray={style.dash || undefined}
            />
          </svg>
        )}
        <select
          data-testid="canvas.route-family"
          value={routeFamily ?? ''}
          disabled={families.length === 0}
          onChange={(e) => onRouteFamilyChange(e.target.value as FamilyId)}
        >
          {families.length === 0 && <option value="">{t('canvas.toolbar.noFamily')}</option>}
          {families.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
        </select>
      </label>
      <span style={SEPARATOR_STYLE} aria-hidden="true" />
      <TidyUpButton />
    </Panel>
  );
});
