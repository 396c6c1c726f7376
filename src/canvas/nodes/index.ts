import type { NodeTypes } from '@xyflow/react';
import './nodes.css';
import { FamilyNode } from './FamilyNode';
import { RoleNode } from './RoleNode';
import { TeamNode } from './TeamNode';
import { UnitNode } from './UnitNode';
import { WorkstationNode } from './WorkstationNode';

/** Module-level so React Flow never sees a new object and remounts every node. */
export const nodeTypes = {
  unit: UnitNode,
  workstation: WorkstationNode,
  family: FamilyNode,
  team: TeamNode,
  role: RoleNode,
} satisfies NodeTypes;
