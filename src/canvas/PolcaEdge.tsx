import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useAnalysis } from '../app/analysisContext';
import { useEditorStore } from '../app/editorContext';
import type { PolcaLoopId } from '../model';
import './polca.css';
import { useEdgeLabelLayer } from './flowLayers';
import { polcaPath } from './polcaPath';
import type { PolcaEdge } from './types';

/** Cards per loop from the shared analysis, looked up through a per-analysis index. */
function usePolcaCards(loopId: PolcaLoopId): number | null | undefined {
  const { polca } = useAnalysis();
  const byLoop = useMemo(() => new Map(polca.map((p) => [p.loopId, p.cards])), [polca]);
  return byLoop.get(loopId);
}

export function IconCard() {
  return (
    <svg
      className="icon"
      width={14}
      height={14}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      aria-hidden="true"
      focusable="false"
    >
      <rect x="3" y="1.5" width="10" height="13" rx="1.5" />
      <path d="M5.5 5.5h5M5.5 8.5h5M5.5 11.5h3" strokeLinecap="round" />
    </svg>
  );
}

/** Below this run the full label would cover the cells it joins; the card and the count remain. */
const MIN_FULL_LABEL_LENGTH = 180;

/**
 * A POLCA loop A → B: a double line in the POLCA colour with an arrow (over the top when
 * B lies left of A), and a card label "POLCA · 11 cards" from the analysis. Clicking the
 * label selects the loop, like the line.
 */
export const PolcaEdgeView = memo(function PolcaEdgeView(props: EdgeProps<PolcaEdge>) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const { id, selected, markerEnd, data } = props;
  const cards = usePolcaCards(id as PolcaLoopId);
  const { path, labelX, labelY, run } = polcaPath(props);
  const label = typeof cards === 'number' ? t('qrm.polca.edgeLabel', { count: cards }) : t('qrm.polca.edgeLabelNone');
  const names = { from: data?.fromName ?? '', to: data?.toName ?? '' };
  const full = run >= MIN_FULL_LABEL_LENGTH;
  const labels = useEdgeLabelLayer();
  return (
    <>
      <BaseEdge id={id} path={path} className="polca-edge-outer" interactionWidth={24} />
      <path d={path} className="polca-edge-inner" />
      {/* The arrow on its own transparent path, so the inner line does not cut through it. */}
      <path d={path} className="polca-edge-marker" markerEnd={markerEnd} />
      {labels &&
        createPortal(
          <button
            type="button"
            className={`polca-label nodrag nopan${selected ? ' is-selected' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            title={`${t('qrm.polca.edgeAria', names)}: ${label}`}
            aria-label={`${t('qrm.polca.edgeAria', names)}: ${label}`}
            aria-pressed={selected}
            data-testid="polca.edge-label"
            data-loop-id={id}
            onClick={() => store.setSelection([id])}
          >
            <IconCard />
            <span>{full || typeof cards !== 'number' ? label : cards}</span>
          </button>,
          labels,
        )}
    </>
  );
});
