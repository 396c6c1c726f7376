import { memo, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleDelta, RoleSnapshot } from '../../analysis/compare';
import '../analysis/chart.css';
import { CHART, DL_TICKS, PD_TICKS, PLOT, labelText, placeLabels, xOf, yOf } from '../analysis/chartGeometry';
import { quadrantPath } from '../analysis/visuals';
import { formatNumber } from '../format';

interface Arrow {
  role: RoleDelta;
  from: { x: number; y: number } | null;
  to: { x: number; y: number } | null;
  moved: boolean;
}

const R = 7;
const at = (s: RoleSnapshot) => ({ x: xOf(s.DL), y: yOf(s.PD) });

/** The arrow's line stops short of the end shape so its head stays visible. */
function shortened(from: { x: number; y: number }, to: { x: number; y: number }) {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  const k = length > R + 4 ? (length - R - 3) / length : 0;
  return { x1: from.x, y1: from.y, x2: from.x + dx * k, y2: from.y + dy * k, length };
}

/** Small boxes along an arrow, so labels keep off the lines as well as off the points. */
function lineBoxes(a: Arrow): { x: number; y: number; width: number; height: number }[] {
  if (!a.from || !a.to) return [];
  const steps = Math.floor(Math.hypot(a.to.x - a.from.x, a.to.y - a.from.y) / 10);
  return Array.from({ length: steps }, (_, i) => {
    const k = (i + 1) / (steps + 1);
    return { x: a.from!.x + (a.to!.x - a.from!.x) * k - 3, y: a.from!.y + (a.to!.y - a.from!.y) * k - 3, width: 6, height: 6 };
  });
}

function Axes({ cutX, cutY }: { cutX: number; cutY: number }) {
  const { t } = useTranslation();
  const zone = (q: string, x: number, y: number, w: number, h: number) => <rect className={`qc-zone q-${q}`} x={x} y={y} width={w} height={h} />;
  return (
    <g className="qc-axes">
      {zone('high-strain', PLOT.x0, PLOT.y0, cutX - PLOT.x0, cutY - PLOT.y0)}
      {zone('active', cutX, PLOT.y0, PLOT.x1 - cutX, cutY - PLOT.y0)}
      {zone('passive', PLOT.x0, cutY, cutX - PLOT.x0, PLOT.y1 - cutY)}
      {zone('low-strain', cutX, cutY, PLOT.x1 - cutX, PLOT.y1 - cutY)}
      {DL_TICKS.map((v) => (
        <text key={`x${v}`} className="qc-tick" x={xOf(v)} y={PLOT.y1 + 14} textAnchor="middle">
          {v}
        </text>
      ))}
      {PD_TICKS.map((v) => (
        <text key={`y${v}`} className="qc-tick" x={PLOT.x0 - 6} y={yOf(v) + 4} textAnchor="end">
          {v}
        </text>
      ))}
      <rect className="qc-frame" x={PLOT.x0} y={PLOT.y0} width={PLOT.x1 - PLOT.x0} height={PLOT.y1 - PLOT.y0} />
      <line className="qc-cut" x1={cutX} x2={cutX} y1={PLOT.y0} y2={PLOT.y1} />
      <line className="qc-cut" x1={PLOT.x0} x2={PLOT.x1} y1={cutY} y2={cutY} />
      <text className="qc-axis-label" x={(PLOT.x0 + PLOT.x1) / 2} y={CHART.height - 8} textAnchor="middle">
        {t('analysis.chart.xAxis')}
      </text>
      <text className="qc-axis-label" transform={`translate(13 ${(PLOT.y0 + PLOT.y1) / 2}) rotate(-90)`} textAnchor="middle">
        {t('analysis.chart.yAxis')}
      </text>
      <text className="qc-corner q-high-strain" x={PLOT.x0 + 8} y={PLOT.y0 + 16}>
        {t('analysis.quadrant.high-strain.name')}
      </text>
      <text className="qc-corner q-low-strain" x={PLOT.x1 - 8} y={PLOT.y1 - 8} textAnchor="end">
        {t('analysis.quadrant.low-strain.name')}
      </text>
    </g>
  );
}

interface ArrowChartProps {
  roles: readonly RoleDelta[];
  lowLatitudeCut: number;
  highDemandCut: number;
}

/** One role's arrow: start ring, line (with a head when the quadrant changes), end shape. */
function ArrowMark({ arrow, marker }: { arrow: Arrow; marker: string }) {
  const { t, i18n } = useTranslation();
  const { role, from, to, moved } = arrow;
  const end = to ?? from;
  const snap = role.after ?? role.before;
  if (!end || !snap) return null;
  const fmt = (s: RoleSnapshot | null, pick: (s: RoleSnapshot) => number) => (s ? formatNumber(pick(s), i18n.language, 1) : '—');
  const quadrant = (s: RoleSnapshot | null) => (s ? t(`analysis.quadrant.${s.quadrant}.name`) : '—');
  const title = t('compare.deltas.chart.arrow', {
    role: role.name,
    from: quadrant(role.before),
    to: quadrant(role.after),
    dlFrom: fmt(role.before, (s) => s.DL),
    dlTo: fmt(role.after, (s) => s.DL),
    pdFrom: fmt(role.before, (s) => s.PD),
    pdTo: fmt(role.after, (s) => s.PD),
  });
  const line = from && to ? shortened(from, to) : null;
  const state = !to ? 'is-gone' : !from ? 'is-new' : moved ? 'is-moved' : 'is-kept';
  return (
    <g className={`cmp-arrow ${state}`} data-testid="compare.chart-arrow" data-role={role.name} data-from={role.before?.quadrant ?? ''} data-to={role.after?.quadrant ?? ''}>
      <title>{title}</title>
      {from && to && <circle className="cmp-arrow-start" cx={from.x} cy={from.y} r={3} />}
      {line && line.length > R + 4 && (
        <line x1={line.x1} y1={line.y1} x2={line.x2} y2={line.y2} markerEnd={moved ? `url(#${marker}-strong)` : undefined} />
      )}
      <g className={`qc-point q-${snap.quadrant}`}>
        <path d={quadrantPath(snap.quadrant, end.x, end.y, R)} />
      </g>
    </g>
  );
}

/** Labels for the roles that move (or come or go); the others stay as faint context, named in their tooltip. */
function useLabels(arrows: readonly Arrow[]) {
  return useMemo(() => {
    const named = arrows.filter((a) => !a.from || !a.to || Math.hypot(a.to.x - a.from.x, a.to.y - a.from.y) >= 2);
    return placeLabels(
      named.map((a) => {
        const p = (a.to ?? a.from)!;
        return { id: `${a.role.name}${a.to ? '' : '~'}`, text: labelText(a.role.name), cx: p.x, cy: p.y, r: R };
      }),
      arrows.flatMap(lineBoxes),
    );
  }, [arrows]);
}

/**
 * One Karasek chart for both scenarios: each role is an arrow from where it stands before
 * the change to where it stands after, bold when it changes quadrant. A role only on one
 * side is a single hollow (removed) or outlined (new) shape.
 */
export const ArrowChart = memo(function ArrowChart({ roles, lowLatitudeCut, highDemandCut }: ArrowChartProps) {
  const { t } = useTranslation();
  const marker = useId().replace(/:/g, '');
  const arrows = useMemo<Arrow[]>(
    () => roles.map((role) => ({ role, from: role.before && at(role.before), to: role.after && at(role.after), moved: role.quadrantMoved })),
    [roles],
  );
  const labels = useLabels(arrows);
  // Movers last, so their arrows lie on top.
  const ordered = [...arrows].sort((a, b) => Number(a.moved) - Number(b.moved));
  return (
    <svg className="quadrant-chart cmp-arrow-chart" viewBox={`0 0 ${CHART.width} ${CHART.height}`} role="img" aria-label={t('compare.deltas.chart.label')} data-testid="compare.chart">
      <defs>
        {/* Heads only on quadrant changes; a move within a quadrant is a thin line from its start ring. */}
        <marker id={`${marker}-strong`} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto">
          <path d="M0 0L10 5L0 10z" className="cmp-arrowhead is-strong" />
        </marker>
      </defs>
      <Axes cutX={xOf(lowLatitudeCut)} cutY={yOf(highDemandCut)} />
      {labels.map((l) => (
        <g key={l.id} className="qc-label">
          {l.leader && <line className="qc-leader" {...l.leader} />}
          <text x={l.x} y={l.y} textAnchor={l.anchor}>
            {l.text}
          </text>
        </g>
      ))}
      {ordered.map((arrow) => (
        <ArrowMark key={`${arrow.role.name}-${arrow.role.before?.roleId ?? ''}-${arrow.role.after?.roleId ?? ''}`} arrow={arrow} marker={marker} />
      ))}
    </svg>
  );
});
