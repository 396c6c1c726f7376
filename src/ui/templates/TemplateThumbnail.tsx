import { memo } from 'react';
import { viewBoxOf, type Thumbnail } from './thumbnail';

/** A scenario's layout in miniature: unit boxes, nodes by kind and the family routes. */
export const TemplateThumbnail = memo(function TemplateThumbnail({ thumbnail }: { thumbnail: Thumbnail }) {
  return (
    <svg
      className="template-thumbnail"
      viewBox={viewBoxOf(thumbnail)}
      preserveAspectRatio="xMidYMid meet"
      aria-hidden="true"
      focusable="false"
    >
      {thumbnail.units.map((u) => (
        <rect
          key={u.id}
          className={`thumb-unit thumb-unit-${u.kind}`}
          x={u.x}
          y={u.y}
          width={u.width}
          height={u.height}
          rx={12}
        />
      ))}
      {thumbnail.routes.map((points, i) => (
        <polyline key={i} className="thumb-route" points={points.map((p) => `${p.x},${p.y}`).join(' ')} />
      ))}
      {thumbnail.nodes.map((n) => (
        <rect
          key={n.id}
          className={`thumb-node thumb-${n.kind}`}
          x={n.x}
          y={n.y}
          width={n.width}
          height={n.height}
          rx={n.kind === 'team' ? 20 : 6}
        />
      ))}
    </svg>
  );
});
