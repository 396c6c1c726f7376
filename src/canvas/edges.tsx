import { BaseEdge, getBezierPath, type EdgeProps, type EdgeTypes } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import { PolcaEdgeView } from './PolcaEdge';
import { routeStyle } from './routeStyles';
import type { MemberEdge, RouteEdge } from './types';

/** Spacing between parallel route lines at their ends, and between their labels. */
const PARALLEL_GAP = 6;
const LABEL_GAP = 20;
/** Below this length a label would sit under the nodes it joins; dash and arrow still tell the family. */
const MIN_LABELLED_LENGTH = 110;

/** A step of a family's route: its colour, its dash pattern, an arrow and the family name. */
const RouteEdgeView = memo(function RouteEdgeView(props: EdgeProps<RouteEdge>) {
  const { id, data, selected, markerEnd, sourcePosition, targetPosition } = props;
  const centred = data ? data.parallelIndex - (data.parallelCount - 1) / 2 : 0;
  const sourceY = props.sourceY + centred * PARALLEL_GAP;
  const targetY = props.targetY + centred * PARALLEL_GAP;
  const [path, labelX, labelY] = getBezierPath({
    sourceX: props.sourceX,
    sourceY,
    sourcePosition,
    targetX: props.targetX,
    targetY,
    targetPosition,
  });
  const { colour, dash } = routeStyle(data?.pattern ?? 0);
  // The overview draws the step as a straight line (overview.css): a curve costs several
  // times as much to draw, and at that size nobody follows its bend.
  const straight = `path("M${props.sourceX},${sourceY}L${props.targetX},${targetY}")`;
  const labelled = Math.hypot(props.targetX - props.sourceX, props.targetY - props.sourceY) >= MIN_LABELLED_LENGTH;
  return (
    <BaseEdge
      id={id}
      path={path}
      markerEnd={markerEnd}
      className="route-edge"
      style={
        {
          stroke: colour,
          strokeDasharray: dash || undefined,
          strokeWidth: selected ? 3.5 : 2,
          '--overview-path': straight,
        } as CSSProperties
      }
      label={labelled ? data?.familyName : undefined}
      labelX={labelX}
      labelY={labelY + centred * LABEL_GAP}
      labelStyle={{ fontSize: 11, fontWeight: selected ? 700 : 500, fill: '#1d2330' }}
      labelShowBg
      labelBgStyle={{ fill: '#ffffff', stroke: colour, strokeWidth: 1 }}
      labelBgPadding={[5, 2]}
      labelBgBorderRadius={4}
    />
  );
});

/** Role → team membership: a dotted line in the team colour. */
const MemberEdgeView = memo(function MemberEdgeView(props: EdgeProps<MemberEdge>) {
  const [path] = getBezierPath(props);
  return (
    <BaseEdge
      id={props.id}
      path={path}
      markerEnd={props.markerEnd}
      className="member-edge"
      style={{ strokeWidth: props.selected ? 3 : 2 }}
    />
  );
});

/** Module-level, like nodeTypes, so edges are not remounted on every render. */
export const edgeTypes = {
  route: RouteEdgeView,
  member: MemberEdgeView,
  polca: PolcaEdgeView,
} satisfies EdgeTypes;
