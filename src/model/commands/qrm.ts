import type { FamilyId, PolcaLoopId, RoleId } from '../ids';
import { mctMapSchema, polcaLoopSchema, questionnaireSchema } from '../schema';
import type { MctMap, PolcaLoop, Project, RoleQuestionnaire } from '../types';
import { CommandError } from './errors';
import { entityOf, patchEntity, scenarioOf, validated, type ScenarioArgs } from './shared';

/** Sets (or clears with null) the questionnaire answers or scale scores of a role. */
export function setQuestionnaire(
  draft: Project,
  args: ScenarioArgs & { roleId: RoleId; questionnaire: RoleQuestionnaire | null },
): void {
  const role = entityOf(scenarioOf(draft, args.scenarioId).roles, args.roleId);
  role.questionnaire = args.questionnaire === null ? null : validated(questionnaireSchema, args.questionnaire);
}

/** Replaces a family's MCT map as a whole (the editor edits a copy and commits it). */
export function setFamilyMct(draft: Project, args: ScenarioArgs & { familyId: FamilyId; mct: MctMap | null }): void {
  const family = entityOf(scenarioOf(draft, args.scenarioId).families, args.familyId);
  family.mct = args.mct === null ? null : validated(mctMapSchema, args.mct);
}

export function addPolcaLoop(draft: Project, args: ScenarioArgs & { loop: PolcaLoop }): void {
  const s = scenarioOf(draft, args.scenarioId);
  const loop = validated(polcaLoopSchema, args.loop);
  entityOf(s.units, loop.fromUnitId);
  entityOf(s.units, loop.toUnitId);
  const duplicate = Object.values(s.polcaLoops).some((l) => l.fromUnitId === loop.fromUnitId && l.toUnitId === loop.toUnitId);
  if (duplicate) throw new CommandError('duplicate-loop', 'these cells already have a POLCA loop', {});
  s.polcaLoops[loop.id] = loop;
}

export function updatePolcaLoop(
  draft: Project,
  args: ScenarioArgs & { id: PolcaLoopId; patch: Partial<Omit<PolcaLoop, 'id' | 'fromUnitId' | 'toUnitId'>> },
): void {
  const s = scenarioOf(draft, args.scenarioId);
  patchEntity(entityOf(s.polcaLoops, args.id), args.patch, polcaLoopSchema as never);
}
