import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { step, useBatch, useEditorStore } from '../app/editorContext';
import {
  createFamily,
  createRole,
  createTeam,
  createUnit,
  createWorkstation,
  isRoleId,
  isTeamId,
  isUnitId,
  isWorkstationId,
  type NodeEntityId,
  type Scenario,
  type ScenarioId,
  type UnitId,
} from '../model';
import type { BatchStep } from '../store/editorStore';
import { getCanvasApi, type CanvasApi } from './canvasApi';
import {
  UNIT_DEFAULT_SIZE,
  UNIT_HEADER,
  UNIT_PADDING,
  freeSlotInUnit,
  freeSpotNear,
  sizeOf,
  snap,
  GRID,
} from './geometry';
import type { ChildKind, NodeKind, Rect, XY } from './types';

export const PALETTE_KINDS: readonly NodeKind[] = ['unit', 'workstation', 'family', 'team', 'role'];
/** dataTransfer type of a palette item dragged onto the canvas. */
export const PALETTE_MIME = 'application/x-latitude-node-kind';

export const isNodeKind = (value: string): value is NodeKind => (PALETTE_KINDS as readonly string[]).includes(value);
const isChildKind = (kind: NodeKind): kind is ChildKind => kind === 'workstation' || kind === 'team' || kind === 'role';

/** Where a new node goes: its unit, its position (relative to that unit) and a unit that must grow to hold it. */
interface Spot {
  unitId: UnitId | null;
  position: XY;
  grow?: Rect;
}

/** The unit a click adds into: the selected unit, or the unit of the selected workstation, team or role. */
function selectedUnit(s: Scenario, selection: readonly string[]): UnitId | null {
  for (const id of selection) {
    if (isUnitId(id) && s.units[id]) return id;
    const holder = isWorkstationId(id)
      ? s.workstations[id]
      : isTeamId(id)
        ? s.teams[id]
        : isRoleId(id)
          ? s.roles[id]
          : null;
    if (holder?.unitId && s.units[holder.unitId]) return holder.unitId;
  }
  return null;
}

function unitRect(s: Scenario, api: CanvasApi | null, unitId: UnitId): Rect {
  const stored = s.layout[unitId];
  return api?.unitRect(unitId) ?? { x: stored?.x ?? 0, y: stored?.y ?? 0, ...UNIT_DEFAULT_SIZE, ...stored };
}

/** A click: the first free slot of the selected unit (growing it when full), else free room at the view centre. */
function spotForClick(s: Scenario, kind: NodeKind, selection: readonly string[], api: CanvasApi | null): Spot {
  const size = sizeOf(kind);
  const unitId = isChildKind(kind) ? selectedUnit(s, selection) : null;
  if (!unitId)
    return { unitId, position: freeSpotNear(api?.occupied(null) ?? [], api?.viewportCentre() ?? { x: 0, y: 0 }, size) };
  const rect = unitRect(s, api, unitId);
  const position = freeSlotInUnit(api?.occupied(unitId) ?? [], rect.width, size);
  const bottom = position.y + size.height + UNIT_PADDING;
  const grow = bottom > rect.height ? { ...rect, height: Math.ceil(bottom / GRID) * GRID } : undefined;
  return { unitId, position, ...(grow ? { grow } : {}) };
}

/** A drop: centred on the pointer, inside the unit under it (below its header). */
function spotAtPoint(s: Scenario, kind: NodeKind, at: XY, api: CanvasApi | null): Spot {
  const size = sizeOf(kind);
  const unitId = isChildKind(kind) ? (api?.unitAt(at) ?? null) : null;
  const origin = unitId ? unitRect(s, api, unitId) : { x: 0, y: 0 };
  const x = snap(at.x - origin.x - size.width / 2);
  const y = snap(at.y - origin.y - size.height / 2);
  return { unitId, position: { x, y: unitId ? Math.max(UNIT_HEADER, y) : y } };
}

/**
 * A unit that grows downwards must not swallow the top-level nodes under it: those it now
 * overlaps move down by the growth, so the drawing keeps its arrangement.
 */
function makeRoomBelow(unitId: UnitId, grown: Rect, api: CanvasApi | null): { id: NodeEntityId; position: XY }[] {
  const before = api?.unitRect(unitId);
  if (!api || !before) return [];
  const delta = grown.height - before.height;
  if (delta <= 0) return [];
  const ids = api.topLevelNodes();
  return ids
    .filter(
      ({ id, rect }) =>
        id !== unitId &&
        rect.y >= before.y + before.height - GRID &&
        overlapsHorizontally(rect, grown) &&
        rect.y < grown.y + grown.height + GRID,
    )
    .map(({ id, rect }) => ({ id, position: { x: rect.x, y: rect.y + delta + GRID } }));
}

const overlapsHorizontally = (a: Rect, b: Rect): boolean => a.x < b.x + b.width && b.x < a.x + a.width;

/** "Workstation 3": one more than there are, skipping names already taken. */
function nextName(s: Scenario, kind: NodeKind, format: (n: number) => string): string {
  const record = { unit: s.units, workstation: s.workstations, family: s.families, team: s.teams, role: s.roles }[kind];
  const taken = new Set(Object.values(record).map((e) => e.name));
  let n = Object.keys(record).length + 1;
  while (taken.has(format(n))) n++;
  return format(n);
}

function addStep(
  scenarioId: ScenarioId,
  kind: NodeKind,
  name: string,
  spot: Spot,
): { id: NodeEntityId; step: BatchStep } {
  const { unitId, position } = spot;
  switch (kind) {
    case 'unit': {
      const entity = createUnit({ name });
      return {
        id: entity.id,
        step: step('addUnit', { scenarioId, entity, position: { ...position, ...UNIT_DEFAULT_SIZE } }),
      };
    }
    case 'workstation': {
      const entity = createWorkstation({ name, unitId });
      return { id: entity.id, step: step('addWorkstation', { scenarioId, entity, position }) };
    }
    case 'family': {
      const entity = createFamily({ name });
      return { id: entity.id, step: step('addFamily', { scenarioId, entity, position }) };
    }
    case 'team': {
      const entity = createTeam({ name, unitId });
      return { id: entity.id, step: step('addTeam', { scenarioId, entity, position }) };
    }
    case 'role': {
      const entity = createRole({ name, unitId });
      return { id: entity.id, step: step('addRole', { scenarioId, entity, position }) };
    }
  }
}

/**
 * Adds a node of a kind as one undo step and selects it. Without `at` (a palette click)
 * it goes into the selected unit or the middle of the view; with `at` (a drop, in flow
 * coordinates) it goes where it was dropped, inside the unit there.
 */
export function useAddNode() {
  const store = useEditorStore();
  const batch = useBatch();
  const { t } = useTranslation();
  return useCallback(
    (kind: NodeKind, at?: XY): NodeEntityId | null => {
      const { project, view } = store.getState();
      const s = project.scenarios[view.scenarioId];
      if (!s) return null;
      const api = getCanvasApi(store);
      const spot = at ? spotAtPoint(s, kind, at, api) : spotForClick(s, kind, view.selection, api);
      const name = nextName(s, kind, (n) => t(`canvas.newName.${kind}`, { n }));
      const { id, step: add } = addStep(view.scenarioId, kind, name, spot);
      const steps = [add];
      if (spot.grow && spot.unitId)
        steps.unshift(
          step('moveNodes', {
            scenarioId: view.scenarioId,
            moves: [{ id: spot.unitId, position: spot.grow }, ...makeRoomBelow(spot.unitId, spot.grow, api)],
          }),
        );
      const result = batch(steps, { label: `add-${kind}` });
      if (!result.ok) return null;
      store.setSelection([id]);
      return id;
    },
    [store, batch, t],
  );
}
