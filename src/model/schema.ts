import * as z from 'zod/mini';
import { en } from 'zod/locales';
import {
  CONTROL_ASPECTS,
  IMPACT_HEADINGS,
  JCQ_ITEM_KEYS,
  MCT_SEGMENT_KINDS,
  CONTROL_LEVELS,
  FAMILY_KINDS,
  TASK_KINDS,
  UNIT_KINDS,
  type AnalysisSettings,
  type Family,
  type PolcaLoop,
  type Project,
  type Role,
  type Scenario,
  type Task,
  type Team,
  type Unit,
  type Workstation,
} from './types';

// zod/mini leaves the English messages of its built-in checks out; the full zod had them.
z.config(en());

/**
 * Runtime validation of every entity. This is the single definition used by the import
 * pipeline, by commands that take user input, and for the published JSON Schema.
 * Limits keep hostile files from exhausting memory.
 */
export const LIMITS = {
  nameLength: 200,
  textLength: 5000,
  entitiesPerKind: 20000,
  stepsPerRoute: 200,
  scopeSize: 5000,
  scenarios: 50,
  maxHeadcount: 100000,
  maxHours: 168,
  maxLoad: 1_000_000,
  maxCoordinate: 1_000_000,
} as const;

const idOf = <P extends string>(prefix: P) =>
  z.pipe(
    z.string().check(z.maxLength(100), z.regex(new RegExp(`^${prefix}:[A-Za-z0-9_-]{1,80}$`), `must be an id starting with "${prefix}:"`)),
    z.transform((s: string) => s as `${P}:${string}`),
  );

export const unitIdSchema = idOf('unit');
export const workstationIdSchema = idOf('ws');
export const familyIdSchema = idOf('family');
export const teamIdSchema = idOf('team');
export const roleIdSchema = idOf('role');
export const taskIdSchema = idOf('task');
export const stepIdSchema = idOf('step');
export const scenarioIdSchema = idOf('scenario');
export const projectIdSchema = idOf('project');
export const polcaLoopIdSchema = idOf('polca');
export const storyStepIdSchema = idOf('story');

export const nameSchema = z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(LIMITS.nameLength));
const finite = z.number().check(z.refine(Number.isFinite, 'must be a finite number'));
const isUnique = (items: readonly string[]): boolean => new Set(items).size === items.length;

export const unitSchema = z.strictObject({
  id: unitIdSchema,
  name: nameSchema,
  kind: z.enum(UNIT_KINDS),
}) satisfies z.ZodMiniType<Unit, unknown>;

const trimmedName = z.string().check(z.trim(), z.maxLength(LIMITS.nameLength));

export const workstationSchema = z.strictObject({
  id: workstationIdSchema,
  name: nameSchema,
  processType: trimmedName,
  unitId: z.nullable(unitIdSchema),
  monument: z.boolean(),
}) satisfies z.ZodMiniType<Workstation, unknown>;

export const routeStepSchema = z.strictObject({
  id: stepIdSchema,
  workstations: z
    .array(workstationIdSchema)
    .check(
      z.minLength(1, 'a step needs at least one workstation'),
      z.maxLength(LIMITS.scopeSize),
      z.refine(isUnique, 'lists a workstation twice'),
    ),
});

const notNegative = (max: number) => finite.check(z.minimum(0, 'must not be negative'), z.maximum(max));

export const mctSegmentSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: trimmedName,
  kind: z.enum(MCT_SEGMENT_KINDS),
  touch: notNegative(LIMITS.maxLoad),
  wait: notNegative(LIMITS.maxLoad),
  timeUnit: z.enum(['days', 'hours']),
});

export const mctMapSchema = z
  .strictObject({
    segments: z.array(mctSegmentSchema).check(z.maxLength(LIMITS.stepsPerRoute)),
    edges: z
      .array(z.strictObject({ from: z.string().check(z.maxLength(100)), to: z.string().check(z.maxLength(100)) }))
      .check(z.maxLength(LIMITS.stepsPerRoute * 4)),
    weeklyHours: finite.check(z.gt(0, 'must be more than 0'), z.maximum(LIMITS.maxHours)),
  })
  .check(
    z.refine((m) => isUnique(m.segments.map((seg) => seg.id)), { message: 'has two segments with the same id', path: ['segments'] }),
    z.refine(
      (m) => {
        const ids = new Set(m.segments.map((seg) => seg.id));
        return m.edges.every((e) => ids.has(e.from) && ids.has(e.to) && e.from !== e.to);
      },
      { message: 'an edge joins segments that do not exist', path: ['edges'] },
    ),
  );

export const familySchema = z.strictObject({
  id: familyIdSchema,
  name: nameSchema,
  kind: z.enum(FAMILY_KINDS),
  route: z
    .array(routeStepSchema)
    .check(
      z.maxLength(LIMITS.stepsPerRoute),
      z.refine((steps) => isUnique(steps.map((st) => st.id)), 'has two steps with the same id'),
    ),
  demand: z.nullable(finite.check(z.minimum(0), z.maximum(LIMITS.maxLoad))),
  ftms: trimmedName,
  mct: z.nullable(mctMapSchema),
}) satisfies z.ZodMiniType<Family, unknown>;

export const teamSchema = z.strictObject({
  id: teamIdSchema,
  name: nameSchema,
  unitId: z.nullable(unitIdSchema),
}) satisfies z.ZodMiniType<Team, unknown>;

export const qualificationLevelSchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

const likert = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const jcqScale = finite.check(z.minimum(12, 'must be 12–48'), z.maximum(48, 'must be 12–48'));
const count = (max: number) => z.number().check(z.int(), z.minimum(0), z.maximum(max));

export const questionnaireSchema = z.strictObject({
  answerSets: z.array(z.partialRecord(z.enum(JCQ_ITEM_KEYS), likert)).check(z.maxLength(10000)),
  scaleScores: z.nullable(z.strictObject({ sd: jcqScale, da: jcqScale, pd: jcqScale, respondents: count(LIMITS.maxHeadcount) })),
});

export const roleSchema = z.strictObject({
  id: roleIdSchema,
  name: nameSchema,
  unitId: z.nullable(unitIdSchema),
  teamId: z.nullable(teamIdSchema),
  headcount: finite.check(z.gt(0, 'must be more than 0'), z.maximum(LIMITS.maxHeadcount)),
  hoursPerWeek: finite.check(z.gt(0, 'must be more than 0'), z.maximum(LIMITS.maxHours)),
  qualifications: z.record(workstationIdSchema, qualificationLevelSchema),
  questionnaire: z.nullable(questionnaireSchema),
}) satisfies z.ZodMiniType<Role, unknown>;

export const controlInfoSchema = z.strictObject({
  level: z.enum(CONTROL_LEVELS),
  aspect: z.enum(CONTROL_ASPECTS),
});

export const taskSchema = z
  .strictObject({
    id: taskIdSchema,
    name: nameSchema,
    kind: z.enum(TASK_KINDS),
    control: z.nullable(controlInfoSchema),
    typeLabel: trimmedName,
    scope: z
      .array(workstationIdSchema)
      .check(z.maxLength(LIMITS.scopeSize), z.refine(isUnique, 'lists a workstation twice')),
    load: notNegative(LIMITS.maxLoad),
    cycleMin: z.nullable(finite.check(z.gt(0, 'must be more than 0'), z.maximum(LIMITS.maxLoad))),
    disturbancesPerDay: notNegative(LIMITS.maxLoad),
    difficulty: z.nullable(z.union([z.literal(1), z.literal(2), z.literal(3)])),
    assignments: z.record(
      roleIdSchema,
      finite.check(z.gt(0, 'a share must be more than 0'), z.maximum(1, 'a share must be at most 100 %')),
    ),
  })
  .check(
    z.refine((t) => (t.kind === 'control') === (t.control !== null), {
      message: 'a control task needs a level and an aspect, other tasks none',
      path: ['control'],
    }),
  ) satisfies z.ZodMiniType<Task, unknown>;

const days = notNegative(100000);

export const polcaLoopSchema = z
  .strictObject({
    id: polcaLoopIdSchema,
    fromUnitId: unitIdSchema,
    toUnitId: unitIdSchema,
    leadTimeFrom: days,
    transit: days,
    leadTimeTo: days,
    returnTime: days,
    jobs: notNegative(LIMITS.maxLoad),
    periodDays: finite.check(z.gt(0, 'must be more than 0'), z.maximum(100000)),
    safety: notNegative(10),
  })
  .check(
    z.refine((l) => l.fromUnitId !== l.toUnitId, { message: 'a loop joins two different cells', path: ['toUnitId'] }),
  ) satisfies z.ZodMiniType<PolcaLoop, unknown>;

const coordinate = (max: number) => finite.check(z.minimum(-max), z.maximum(max));
const size = z.optional(finite.check(z.gt(0), z.maximum(LIMITS.maxCoordinate)));

export const nodeLayoutSchema = z.strictObject({
  x: coordinate(LIMITS.maxCoordinate),
  y: coordinate(LIMITS.maxCoordinate),
  width: size,
  height: size,
});

const nodeEntityIdSchema = z
  .string()
  .check(
    z.maxLength(100),
    z.regex(/^(unit|ws|family|team|role):[A-Za-z0-9_-]{1,80}$/, 'must be the id of a unit, workstation, family, team or role'),
  );

const recordOf = <K extends z.ZodMiniType<string, unknown>, T extends z.ZodMiniType>(key: K, value: T) =>
  z.record(key as unknown as z.ZodMiniType<string, string>, value).check(
    z.refine((r) => Object.keys(r).length <= LIMITS.entitiesPerKind, {
      message: `at most ${LIMITS.entitiesPerKind} entries`,
    }),
  );

export const scenarioSchema = z.strictObject({
  id: scenarioIdSchema,
  name: nameSchema,
  order: finite,
  units: recordOf(unitIdSchema, unitSchema),
  workstations: recordOf(workstationIdSchema, workstationSchema),
  families: recordOf(familyIdSchema, familySchema),
  teams: recordOf(teamIdSchema, teamSchema),
  roles: recordOf(roleIdSchema, roleSchema),
  tasks: recordOf(taskIdSchema, taskSchema),
  polcaLoops: recordOf(polcaLoopIdSchema, polcaLoopSchema),
  layout: recordOf(nodeEntityIdSchema, nodeLayoutSchema),
});

const between = (min: number, max: number) => finite.check(z.minimum(min), z.maximum(max));
const above = (max: number) => finite.check(z.gt(0), z.maximum(max));
const rule = z.number().check(z.int(), z.minimum(1), z.maximum(20));

export const analysisSettingsSchema = z.strictObject({
  varietyTypes: above(100),
  teamMateWeight: between(0, 1),
  disturbanceNorm: above(10000),
  interfaceNorm: above(10000),
  highDemandCut: between(12, 48),
  lowLatitudeCut: between(24, 96),
  coveragePeoplePerWorkstation: rule,
  coverageWorkstationsPerPerson: rule,
}) satisfies z.ZodMiniType<AnalysisSettings, unknown>;

export const viewpointSchema = z.strictObject({
  x: coordinate(LIMITS.maxCoordinate * 10),
  y: coordinate(LIMITS.maxCoordinate * 10),
  zoom: above(10),
});

export const storyStepSchema = z.strictObject({
  id: storyStepIdSchema,
  order: finite,
  scenarioId: scenarioIdSchema,
  title: trimmedName,
  viewpoint: z.nullable(viewpointSchema),
  note: z.string().check(z.maxLength(LIMITS.textLength)),
});

export const impactNotesSchema = z.partialRecord(z.enum(IMPACT_HEADINGS), z.string().check(z.maxLength(LIMITS.textLength)));

export const projectSchema = z.strictObject({
  id: projectIdSchema,
  name: nameSchema,
  description: z.string().check(z.maxLength(LIMITS.textLength)),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  scenarios: recordOf(scenarioIdSchema, scenarioSchema).check(
    z.refine((r) => Object.keys(r).length >= 1 && Object.keys(r).length <= LIMITS.scenarios, {
      message: `a project holds 1 to ${LIMITS.scenarios} scenarios`,
    }),
  ),
  settings: analysisSettingsSchema,
  story: recordOf(storyStepIdSchema, storyStepSchema),
  impactNotes: z
    .record(
      z
        .string()
        .check(z.maxLength(201), z.regex(/^scenario:[A-Za-z0-9_-]{1,80}>scenario:[A-Za-z0-9_-]{1,80}$/, 'must name two scenarios')),
      impactNotesSchema,
    )
    .check(z.refine((r) => Object.keys(r).length <= LIMITS.scenarios * LIMITS.scenarios, { message: 'too many scenario pairs' })),
});

/** Compile-time check that the schema's output is assignable to the model type. */
export type ProjectSchemaOutput = z.output<typeof projectSchema>;
const _projectTypeCheck = (p: ProjectSchemaOutput): Project => p as unknown as Project;
void _projectTypeCheck;
export type ScenarioSchemaOutput = z.output<typeof scenarioSchema>;
export type { Scenario };
