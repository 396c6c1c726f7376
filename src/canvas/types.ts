import type { Edge, Node } from '@xyflow/react';
import type {
  ControlLevel,
  Family,
  FamilyId,
  PolcaLoopId,
  Role,
  Scenario,
  TaskId,
  TaskKind,
  Team,
  Unit,
  Workstation,
  WorkstationId,
} from '../model';

/** The five kinds of entity that appear as nodes; also the React Flow node types. */
export type NodeKind = 'unit' | 'workstation' | 'family' | 'team' | 'role';

/** Kinds that live inside a unit (or loose on the canvas) and can be moved between units. */
export type ChildKind = 'workstation' | 'team' | 'role';

/** One task held by a role, as a compact chip on the role card. */
export type TaskChip = {
  taskId: TaskId;
  name: string;
  kind: TaskKind;
  level: ControlLevel | null;
  /** Share of the task this role holds, 0–1. */
  share: number;
};

// Node data holds the model entity itself: immer keeps unchanged entities identical,
// so memoised node components skip rendering when their entity did not change.
export type UnitData = { unit: Unit };
export type WorkstationData = { workstation: Workstation };
export type FamilyData = { family: Family; pattern: number; stepCount: number };
export type TeamData = { team: Team; memberCount: number };
export type RoleData = { role: Role; teamName: string | null };

export type UnitNode = Node<UnitData, 'unit'>;
export type WorkstationNode = Node<WorkstationData, 'workstation'>;
export type FamilyNode = Node<FamilyData, 'family'>;
export type TeamNode = Node<TeamData, 'team'>;
export type RoleNode = Node<RoleData, 'role'>;
export type FlowNode = UnitNode | WorkstationNode | FamilyNode | TeamNode | RoleNode;

export type RouteEdgeData = {
  familyId: FamilyId;
  familyName: string;
  pattern: number;
  /** Which of several route edges between the same two nodes this is, so they can be drawn apart. */
  parallelIndex: number;
  parallelCount: number;
};
export type RouteEdge = Edge<RouteEdgeData, 'route'>;
export type MemberEdge = Edge<Record<string, never>, 'member'>;
/** A POLCA loop between two cells; the edge id is the loop id, so selecting it selects the loop. */
export type PolcaEdgeData = { loopId: PolcaLoopId; fromName: string; toName: string };
export type PolcaEdge = Edge<PolcaEdgeData, 'polca'>;
export type FlowEdge = RouteEdge | MemberEdge | PolcaEdge;

/** The records of a scenario the canvas draws; tasks, its name and its tab order are not among them. */
export const CANVAS_RECORDS = ['units', 'workstations', 'families', 'teams', 'roles', 'polcaLoops', 'layout'] as const;
export type CanvasRecords = Pick<Scenario, 'id' | (typeof CANVAS_RECORDS)[number]>;

export interface FlowGraph {
  nodes: FlowNode[];
  edges: FlowEdge[];
}

export interface XY {
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export type Rect = XY & Size;

export type RouteEndpoint = WorkstationId | FamilyId;
