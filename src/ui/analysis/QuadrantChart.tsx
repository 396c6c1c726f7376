import { memo, useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Quadrant } from '../../analysis';
import type { RoleId } from '../../model';
import { formatNumber } from '../format';
import { CHART, DL_TICKS, PD_TICKS, PLOT, labelText, placeLabels, radiusOf, xOf, yOf, type Box } from './chartGeometry';
import type { RoleRow } from './roleRows';
import './chart.css';
import { quadrantPath } from './visuals';

interface QuadrantChartProps {
  rows: readonly RoleRow[];
  lowLatitudeCut: number;
  highDemandCut: number;
  selectedId: string | undefined;
  onSelect: (roleId: RoleId) => void;
  onShow: (roleId: RoleId) => void;
}

interface Corner {
  quadrant: Quadrant;
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

/** Beyond this many roles only the most strained are labelled; placing labels is quadratic. */
const MAX_LABELS = 40;

const CORNERS: Corner[] = [
  { quadrant: 'high-strain', x: PLOT.x0 + 8, y: PLOT.y0 + 16, anchor: 'start' },
  { quadrant: 'active', x: PLOT.x1 - 8, y: PLOT.y0 + 16, anchor: 'end' },
  { quadrant: 'passive', x: PLOT.x0 + 8, y: PLOT.y1 - 8, anchor: 'start' },
  { quadrant: 'low-strain', x: PLOT.x1 - 8, y: PLOT.y1 - 8, anchor: 'end' },
];

function Axes({ cutX, cutY }: { cutX: number; cutY: number }) {
  const { t } = useTranslation();
  return (
    <g className="qc-axes">
      <rect className="qc-zone q-high-strain" x={PLOT.x0} y={PLOT.y0} width={cutX - PLOT.x0} height={cutY - PLOT.y0} />
      <rect className="qc-zone q-active" x={cutX} y={PLOT.y0} width={PLOT.x1 - cutX} height={cutY - PLOT.y0} />
      <rect className="qc-zone q-passive" x={PLOT.x0} y={cutY} width={cutX - PLOT.x0} height={PLOT.y1 - cutY} />
      <rect className="qc-zone q-low-strain" x={cutX} y={cutY} width={PLOT.x1 - cutX} height={PLOT.y1 - cutY} />
      {DL_TICKS.map((v) => (
        <g key={`x${v}`}>
          <line className="qc-grid" x1={xOf(v)} x2={xOf(v)} y1={PLOT.y0} y2={PLOT.y1} />
          <text className="qc-tick" x={xOf(v)} y={PLOT.y1 + 14} textAnchor="middle">
            {v}
          </text>
        </g>
      ))}
      {PD_TICKS.map((v) => (
        <g key={`y${v}`}>
          <line className="qc-grid" x1={PLOT.x0} x2={PLOT.x1} y1={yOf(v)} y2={yOf(v)} />
          <text className="qc-tick" x={PLOT.x0 - 6} y={yOf(v) + 4} textAnchor="end">
            {v}
          </text>
        </g>
      ))}
      <rect className="qc-frame" x={PLOT.x0} y={PLOT.y0} width={PLOT.x1 - PLOT.x0} height={PLOT.y1 - PLOT.y0} />
      <line className="qc-cut" x1={cutX} x2={cutX} y1={PLOT.y0} y2={PLOT.y1} />
      <line className="qc-cut" x1={PLOT.x0} x2={PLOT.x1} y1={cutY} y2={cutY} />
      <text className="qc-axis-label" x={(PLOT.x0 + PLOT.x1) / 2} y={CHART.height - 8} textAnchor="middle">
        {t('analysis.chart.xAxis')}
      </text>
      <text
        className="qc-axis-label"
        transform={`translate(13 ${(PLOT.y0 + PLOT.y1) / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        {t('analysis.chart.yAxis')}
      </text>
      {CORNERS.map((c) => (
        <text key={c.quadrant} className={`qc-corner q-${c.quadrant}`} x={c.x} y={c.y} textAnchor={c.anchor}>
          {t(`analysis.quadrant.${c.quadrant}.name`)}
        </text>
      ))}
    </g>
  );
}

/** Corner labels as boxes, so point labels keep clear of them. */
function cornerBoxes(t: (key: string) => string): Box[] {
  return CORNERS.map((c) => {
    const width = t(`analysis.quadrant.${c.quadrant}.name`).length * 6.6;
    return { x: c.anchor === 'start' ? c.x : c.x - width, y: c.y - 11, width, height: 14 };
  });
}

/**
 * Karasek's demand–control plane drawn by hand: one point per role, sized by headcount,
 * shaped and coloured by quadrant, labelled without overlaps where it can be.
 */
export const QuadrantChart = memo(function QuadrantChart({
  rows,
  lowLatitudeCut,
  highDemandCut,
  selectedId,
  onSelect,
  onShow,
}: QuadrantChartProps) {
  const { t } = useTranslation();
  const points = useMemo(
    () => rows.map((r) => ({ row: r, cx: xOf(r.DL), cy: yOf(r.PD), r: radiusOf(r.headcount) })),
    [rows],
  );
  const labels = useMemo(() => {
    // Label the most strained roles when there are many: the others stay points with a tooltip.
    const labelled = [...points].sort((a, b) => b.row.ratio - a.row.ratio).slice(0, MAX_LABELS);
    const inputs = labelled.map((p) => ({ id: p.row.roleId, text: labelText(p.row.name), cx: p.cx, cy: p.cy, r: p.r }));
    return placeLabels(inputs, cornerBoxes(t));
  }, [points, t]);
  // Big points first, so a small one on top of a big one stays clickable.
  const drawOrder = useMemo(() => [...points].sort((a, b) => b.r - a.r), [points]);
  return (
    <svg
      className="quadrant-chart"
      viewBox={`0 0 ${CHART.width} ${CHART.height}`}
      role="group"
      aria-label={t('analysis.chart.label')}
      data-testid="analysis.chart"
    >
      <Axes cutX={xOf(lowLatitudeCut)} cutY={yOf(highDemandCut)} />
      {labels.map((l) => (
        <g key={l.id} className="qc-label">
          {l.leader && <line className="qc-leader" {...l.leader} />}
          <text x={l.x} y={l.y} textAnchor={l.anchor}>
            {l.text}
          </text>
        </g>
      ))}
      {drawOrder.map((p) => (
        <ChartPoint
          key={p.row.roleId}
          {...p}
          selected={p.row.roleId === selectedId}
          onSelect={onSelect}
          onShow={onShow}
        />
      ))}
    </svg>
  );
});

interface ChartPointProps {
  row: RoleRow;
  cx: number;
  cy: number;
  r: number;
  selected: boolean;
  onSelect: (roleId: RoleId) => void;
  onShow: (roleId: RoleId) => void;
}

/** One role: a button in the chart. Enter or Space selects it, Shift+Enter shows it on the canvas. */
const ChartPoint = memo(function ChartPoint({ row, cx, cy, r, selected, onSelect, onShow }: ChartPointProps) {
  const { t, i18n } = useTranslation();
  const fmt = (v: number, digits: number) => formatNumber(v, i18n.language, digits);
  const label = t('analysis.chart.point', {
    role: row.name,
    dl: fmt(row.DL, 1),
    pd: fmt(row.PD, 1),
    quadrant: t(`analysis.quadrant.${row.quadrant}.name`),
    people: fmt(row.headcount, 2),
  });
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    if (e.key === 'Enter' && e.shiftKey) onShow(row.roleId);
    else onSelect(row.roleId);
  };
  return (
    <g
      className={`qc-point q-${row.quadrant}${selected ? ' is-selected' : ''}`}
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-pressed={selected}
      data-testid="analysis.chart-point"
      data-role-id={row.roleId}
      data-quadrant={row.quadrant}
      data-dl={row.DL.toFixed(1)}
      data-pd={row.PD.toFixed(1)}
      onClick={() => onSelect(row.roleId)}
      onDoubleClick={() => onShow(row.roleId)}
      onKeyDown={onKeyDown}
    >
      <title>{label}</title>
      {selected && <circle className="qc-halo" cx={cx} cy={cy} r={r + 6} />}
      <path d={quadrantPath(row.quadrant, cx, cy, r)} />
    </g>
  );
});
