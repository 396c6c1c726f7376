import { getViewportForBounds, type Viewport } from '@xyflow/react';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioComparison } from '../../analysis/compare';
import { placeNodes } from '../../canvas/defaultLayout';
import type { Rect } from '../../canvas/types';
import type { Project, Scenario, ScenarioId } from '../../model';
import { CompareCanvas } from './CompareCanvas';
import { changeMarks, markCounts } from './changeMarks';

/** Bounding box of a scenario's top-level nodes (units hold their children), or null when empty. */
export function scenarioBounds(s: Scenario): Rect | null {
  const placed = placeNodes(s);
  const inUnit = (id: string) => {
    const unitId = (s.workstations[id as never] ?? s.teams[id as never] ?? s.roles[id as never])?.unitId;
    return !!unitId && !!s.units[unitId];
  };
  let box: { x0: number; y0: number; x1: number; y1: number } | null = null;
  for (const [id, r] of placed) {
    if (inUnit(id)) continue;
    box = box
      ? { x0: Math.min(box.x0, r.x), y0: Math.min(box.y0, r.y), x1: Math.max(box.x1, r.x + r.width), y1: Math.max(box.y1, r.y + r.height) }
      : { x0: r.x, y0: r.y, x1: r.x + r.width, y1: r.y + r.height };
  }
  return box && { x: box.x0, y: box.y0, width: box.x1 - box.x0, height: box.y1 - box.y0 };
}

function union(a: Rect | null, b: Rect | null): Rect {
  if (!a || !b) return a ?? b ?? { x: 0, y: 0, width: 400, height: 300 };
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/** The size of one canvas pane, followed as the window or the panels change. */
function usePaneSize(ref: RefObject<HTMLDivElement | null>): { width: number; height: number } | null {
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      const rect = entry?.contentRect;
      if (rect && rect.width > 0) setSize({ width: rect.width, height: rect.height });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

interface CompareCanvasesProps {
  project: Project;
  beforeId: ScenarioId;
  afterId: ScenarioId;
  comparison: ScenarioComparison;
}

/**
 * The two scenarios side by side on read-only canvases sharing one viewport: panning or
 * zooming either moves both, so the same place is always in view. Both start fitted to
 * the union of the two drawings.
 */
export function CompareCanvases({ project, beforeId, afterId, comparison }: CompareCanvasesProps) {
  const { t } = useTranslation();
  const pane = useRef<HTMLDivElement>(null);
  const size = usePaneSize(pane);
  const before = project.scenarios[beforeId]!;
  const after = project.scenarios[afterId]!;
  const bounds = useMemo(() => union(scenarioBounds(before), scenarioBounds(after)), [before, after]);
  const fitted = useMemo<Viewport>(
    () => (size ? getViewportForBounds(bounds, size.width, size.height, 0.05, 1, 0.08) : { x: 0, y: 0, zoom: 0.5 }),
    [bounds, size],
  );
  // The user's viewport holds until another pair of scenarios is compared.
  const pair = `${beforeId}>${afterId}`;
  const [moved, setMoved] = useState<{ pair: string; viewport: Viewport } | null>(null);
  const viewport = moved?.pair === pair ? moved.viewport : fitted;
  const onViewportChange = useCallback((next: Viewport) => setMoved({ pair, viewport: next }), [pair]);
  const beforeMarks = useMemo(() => changeMarks(comparison, 'before'), [comparison]);
  const afterMarks = useMemo(() => changeMarks(comparison, 'after'), [comparison]);
  const counts = markCounts(comparison);
  return (
    <section className="cmp-canvases" aria-label={t('compare.legend.label')}>
      <div className="cmp-pane">
        <div className="cmp-pane-title">
          <span className="cmp-side">{t('compare.before')}</span> {before.name}
        </div>
        <div className="cmp-pane-body" ref={pane}>
          <CompareCanvas project={project} scenarioId={beforeId} side="before" otherName={after.name} marks={beforeMarks} viewport={viewport} onViewportChange={onViewportChange} />
        </div>
      </div>
      <div className="cmp-pane">
        <div className="cmp-pane-title">
          <span className="cmp-side">{t('compare.after')}</span> {after.name}
        </div>
        <div className="cmp-pane-body">
          <CompareCanvas project={project} scenarioId={afterId} side="after" otherName={before.name} marks={afterMarks} viewport={viewport} onViewportChange={onViewportChange} />
        </div>
      </div>
      <ul className="cmp-legend" aria-label={t('compare.legend.label')} data-testid="compare.legend">
        {(['added', 'removed', 'changed'] as const).map((status) => (
          <li key={status} className={`cmp-legend-${status}`}>
            <span className="cmp-sign" aria-hidden="true" />
            {t(`compare.legend.${status}`)} <strong>{counts[status]}</strong>
          </li>
        ))}
        <li className="muted">{t('compare.canvases.synced')}</li>
      </ul>
    </section>
  );
}
