import { z } from 'zod';
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
  z
    .string()
    .max(100)
    .regex(new RegExp(`^${prefix}:[A-Za-z0-9_-]{1,80}$`), `must be an id starting with "${prefix}:"`)
    .transform((s) => s as `${P}:${string}`);

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

export const nameSchema = z.string().trim().min(1, 'must not be empty').max(LIMITS.nameLength);
const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const isUnique = (items: readonly string[]): boolean => new Set(items).size === items.length;

export const unitSchema = z.strictObject({
  id: unitIdSchema,
  name: nameSchema,
  kind: z.enum(UNIT_KINDS),
}) satisfies z.ZodType<Unit, unknown>;

export const workstationSchema = z.strictObject({
  id: workstationIdSchema,
  name: nameSchema,
  processType: z.string().trim().max(LIMITS.nameLength),
  unitId: unitIdSchema.nullable(),
  monument: z.boolean(),
}) satisfies z.ZodType<Workstation, unknown>;

export const routeStepSchema = z.strictObject({
  id: stepIdSchema,
  workstations: z
    .array(workstationIdSchema)
    .min(1, 'a step needs at least one workstation')
    .max(LIMITS.scopeSize)
    .refine(isUnique, 'lists a workstation twice'),
});

export const mctSegmentSchema = z.strictObject({
  id: z.string().min(1).max(100),
  name: z.string().trim().max(LIMITS.nameLength),
  kind: z.enum(MCT_SEGMENT_KINDS),
  touch: finite.min(0, 'must not be negative').max(LIMITS.maxLoad),
  wait: finite.min(0, 'must not be negative').max(LIMITS.maxLoad),
  timeUnit: z.enum(['days', 'hours']),
});

export const mctMapSchema = z
  .strictObject({
    segments: z.array(mctSegmentSchema).max(LIMITS.stepsPerRoute),
    edges: z.array(z.strictObject({ from: z.string().max(100), to: z.string().max(100) })).max(LIMITS.stepsPerRoute * 4),
    weeklyHours: finite.gt(0, 'must be more than 0').max(LIMITS.maxHours),
  })
  .refine((m) => isUnique(m.segments.map((seg) => seg.id)), { message: 'has two segments with the same id', path: ['segments'] })
  .refine(
    (m) => {
      const ids = new Set(m.segments.map((seg) => seg.id));
      return m.edges.every((e) => ids.has(e.from) && ids.has(e.to) && e.from !== e.to);
    },
    { message: 'an edge joins segments that do not exist', path: ['edges'] },
  );

export const familySchema = z.strictObject({
  id: familyIdSchema,
  name: nameSchema,
  kind: z.enum(FAMILY_KINDS),
  route: z
    .array(routeStepSchema)
    .max(LIMITS.stepsPerRoute)
    .refine((steps) => isUnique(steps.map((st) => st.id)), 'has two steps with the same id'),
  demand: finite.min(0).max(LIMITS.maxLoad).nullable(),
  ftms: z.string().trim().max(LIMITS.nameLength),
  mct: mctMapSchema.nullable(),
}) satisfies z.ZodType<Family, unknown>;

export const teamSchema = z.strictObject({
  id: teamIdSchema,
  name: nameSchema,
  unitId: unitIdSchema.nullable(),
}) satisfies z.ZodType<Team, unknown>;

export const qualificationLevelSchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

const likert = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const jcqScale = finite.min(12, 'must be 12–48').max(48, 'must be 12–48');

export const questionnaireSchema = z.strictObject({
  answerSets: z.array(z.partialRecord(z.enum(JCQ_ITEM_KEYS), likert)).max(10000),
  scaleScores: z
    .strictObject({ sd: jcqScale, da: jcqScale, pd: jcqScale, respondents: z.number().int().min(0).max(LIMITS.maxHeadcount) })
    .nullable(),
});

export const roleSchema = z.strictObject({
  id: roleIdSchema,
  name: nameSchema,
  unitId: unitIdSchema.nullable(),
  teamId: teamIdSchema.nullable(),
  headcount: finite.gt(0, 'must be more than 0').max(LIMITS.maxHeadcount),
  hoursPerWeek: finite.gt(0, 'must be more than 0').max(LIMITS.maxHours),
  qualifications: z.record(workstationIdSchema, qualificationLevelSchema),
  questionnaire: questionnaireSchema.nullable(),
}) satisfies z.ZodType<Role, unknown>;

export const controlInfoSchema = z.strictObject({
  level: z.enum(CONTROL_LEVELS),
  aspect: z.enum(CONTROL_ASPECTS),
});

export const taskSchema = z
  .strictObject({
    id: taskIdSchema,
    name: nameSchema,
    kind: z.enum(TASK_KINDS),
    control: controlInfoSchema.nullable(),
    typeLabel: z.string().trim().max(LIMITS.nameLength),
    scope: z.array(workstationIdSchema).max(LIMITS.scopeSize).refine(isUnique, 'lists a workstation twice'),
    load: finite.min(0, 'must not be negative').max(LIMITS.maxLoad),
    cycleMin: finite.gt(0, 'must be more than 0').max(LIMITS.maxLoad).nullable(),
    disturbancesPerDay: finite.min(0, 'must not be negative').max(LIMITS.maxLoad),
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
    assignments: z.record(roleIdSchema, finite.gt(0, 'a share must be more than 0').max(1, 'a share must be at most 100 %')),
  })
  .refine((t) => (t.kind === 'control') === (t.control !== null), {
    message: 'a control task needs a level and an aspect, other tasks none',
    path: ['control'],
  }) satisfies z.ZodType<Task, unknown>;

const days = finite.min(0, 'must not be negative').max(100000);

export const polcaLoopSchema = z
  .strictObject({
    id: polcaLoopIdSchema,
    fromUnitId: unitIdSchema,
    toUnitId: unitIdSchema,
    leadTimeFrom: days,
    transit: days,
    leadTimeTo: days,
    returnTime: days,
    jobs: finite.min(0, 'must not be negative').max(LIMITS.maxLoad),
    periodDays: finite.gt(0, 'must be more than 0').max(100000),
    safety: finite.min(0, 'must not be negative').max(10),
  })
  .refine((l) => l.fromUnitId !== l.toUnitId, { message: 'a loop joins two different cells', path: ['toUnitId'] }) satisfies z.ZodType<
  PolcaLoop,
  unknown
>;

export const nodeLayoutSchema = z.strictObject({
  x: finite.min(-LIMITS.maxCoordinate).max(LIMITS.maxCoordinate),
  y: finite.min(-LIMITS.maxCoordinate).max(LIMITS.maxCoordinate),
  width: finite.gt(0).max(LIMITS.maxCoordinate).optional(),
  height: finite.gt(0).max(LIMITS.maxCoordinate).optional(),
});

const nodeEntityIdSchema = z
  .string()
  .max(100)
  .regex(/^(unit|ws|family|team|role):[A-Za-z0-9_-]{1,80}$/, 'must be the id of a unit, workstation, family, team or role');

const recordOf = <T extends z.ZodType>(key: z.ZodType<string, unknown>, value: T) =>
  z.record(key as z.ZodType<string, string>, value).refine((r) => Object.keys(r).length <= LIMITS.entitiesPerKind, {
    message: `at most ${LIMITS.entitiesPerKind} entries`,
  });

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

export const analysisSettingsSchema = z.strictObject({
  varietyTypes: finite.gt(0).max(100),
  teamMateWeight: finite.min(0).max(1),
  disturbanceNorm: finite.gt(0).max(10000),
  interfaceNorm: finite.gt(0).max(10000),
  highDemandCut: finite.min(12).max(48),
  lowLatitudeCut: finite.min(24).max(96),
  coveragePeoplePerWorkstation: z.number().int().min(1).max(20),
  coverageWorkstationsPerPerson: z.number().int().min(1).max(20),
}) satisfies z.ZodType<AnalysisSettings, unknown>;

export const viewpointSchema = z.strictObject({
  x: finite.min(-LIMITS.maxCoordinate * 10).max(LIMITS.maxCoordinate * 10),
  y: finite.min(-LIMITS.maxCoordinate * 10).max(LIMITS.maxCoordinate * 10),
  zoom: finite.gt(0).max(10),
});

export const storyStepSchema = z.strictObject({
  id: storyStepIdSchema,
  order: finite,
  scenarioId: scenarioIdSchema,
  title: z.string().trim().max(LIMITS.nameLength),
  viewpoint: viewpointSchema.nullable(),
  note: z.string().max(LIMITS.textLength),
});

export const impactNotesSchema = z.partialRecord(z.enum(IMPACT_HEADINGS), z.string().max(LIMITS.textLength));

export const projectSchema = z.strictObject({
  id: projectIdSchema,
  name: nameSchema,
  description: z.string().max(LIMITS.textLength),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  scenarios: recordOf(scenarioIdSchema, scenarioSchema).refine(
    (r) => Object.keys(r).length >= 1 && Object.keys(r).length <= LIMITS.scenarios,
    { message: `a project holds 1 to ${LIMITS.scenarios} scenarios` },
  ),
  settings: analysisSettingsSchema,
  story: recordOf(storyStepIdSchema, storyStepSchema),
  impactNotes: z
    .record(z.string().max(201).regex(/^scenario:[A-Za-z0-9_-]{1,80}>scenario:[A-Za-z0-9_-]{1,80}$/, 'must name two scenarios'), impactNotesSchema)
    .refine((r) => Object.keys(r).length <= LIMITS.scenarios * LIMITS.scenarios, { message: 'too many scenario pairs' }),
});

/** Compile-time check that the schema's output is assignable to the model type. */
export type ProjectSchemaOutput = z.output<typeof projectSchema>;
const _projectTypeCheck = (p: ProjectSchemaOutput): Project => p as unknown as Project;
void _projectTypeCheck;
export type ScenarioSchemaOutput = z.output<typeof scenarioSchema>;
export type { Scenario };
