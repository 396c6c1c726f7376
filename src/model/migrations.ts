import { CURRENT_FORMAT_VERSION } from './types';

/**
 * Document-format migrations. Each step upgrades the `project` object of a file (or a stored
 * row) by exactly one `formatVersion`. Steps receive untrusted, not-yet-validated data: they
 * must not assume the old shape is intact, must not throw on odd input where a default will
 * do, and must return a new value rather than trust that mutating the input is safe. The
 * result is validated against the current schema after the last step, so a step only has to
 * produce the new shape, not check it.
 *
 * Adding a step: bump CURRENT_FORMAT_VERSION in types.ts, append the step here with a verb
 * phrase id (`AddRoleQualifications`), freeze a fixture of the old version in
 * `tests/fixtures/formats/v<n>.latitude.json`, and add a before/after case in
 * `tests/model/migrations.test.ts`. The tests refuse a step that no fixture exercises.
 *
 * The Dexie schema version (persistence/db.ts) is a separate axis: it versions tables and
 * indexes, not the document.
 */
export interface Migration {
  /** Stable name, used in logs and in the test that every step is exercised. */
  readonly id: string;
  readonly from: number;
  readonly to: number;
  migrate(doc: unknown): unknown;
}

/** Oldest document version this build can still read. */
export const OLDEST_FORMAT_VERSION = 1;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Calls `fn` on each value of a record-shaped field, skipping whatever is not a record. */
function eachValue(container: unknown, field: string, fn: (value: Record<string, unknown>) => void): void {
  if (!isRecord(container)) return;
  const record = container[field];
  if (!isRecord(record)) return;
  for (const value of Object.values(record)) if (isRecord(value)) fn(value);
}

/**
 * Version 2 adds the analysis inputs of issue 3: questionnaire results per role, an MCT
 * map per family and POLCA loops per scenario. Older documents have none of them.
 */
const addQuestionnaireMctAndPolcaLoops: Migration = {
  id: 'AddQuestionnaireMctAndPolcaLoops',
  from: 1,
  to: 2,
  migrate(doc) {
    eachValue(doc, 'scenarios', (scenario) => {
      if (!('polcaLoops' in scenario)) scenario.polcaLoops = {};
      eachValue(scenario, 'roles', (role) => {
        if (!('questionnaire' in role)) role.questionnaire = null;
      });
      eachValue(scenario, 'families', (family) => {
        if (!('mct' in family)) family.mct = null;
      });
    });
    return doc;
  },
};

/** Version 3 adds the workshop story (presentation steps) and impact-assessment notes. */
const addStoryAndImpactNotes: Migration = {
  id: 'AddStoryAndImpactNotes',
  from: 2,
  to: 3,
  migrate(doc) {
    if (!isRecord(doc)) return doc;
    if (!('story' in doc)) doc.story = {};
    if (!('impactNotes' in doc)) doc.impactNotes = {};
    return doc;
  },
};

export const MIGRATIONS: readonly Migration[] = [addQuestionnaireMctAndPolcaLoops, addStoryAndImpactNotes];

export interface MigrationOutcome {
  doc: unknown;
  /** Ids of the steps that ran, in order; empty when the document was already current. */
  applied: string[];
}

/** Thrown for a version the chain cannot bridge; the import pipeline gates versions before calling. */
export class MigrationError extends Error {
  /** The step that threw, when one did. */
  readonly stepId: string | null;
  constructor(message: string, stepId: string | null = null) {
    super(message);
    this.name = 'MigrationError';
    this.stepId = stepId;
  }
}

/** Problems with a migration list; empty when the chain is sound. Checked by the tests. */
export function checkMigrationChain(
  migrations: readonly Migration[] = MIGRATIONS,
  oldest = OLDEST_FORMAT_VERSION,
  current = CURRENT_FORMAT_VERSION,
): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  migrations.forEach((m, i) => {
    if (!/^[A-Z][A-Za-z0-9]*$/.test(m.id)) problems.push(`step ${i}: id "${m.id}" is not a PascalCase verb phrase`);
    if (ids.has(m.id)) problems.push(`step ${i}: id "${m.id}" is used twice`);
    ids.add(m.id);
    const expectedFrom = oldest + i;
    if (m.from !== expectedFrom) problems.push(`step ${i} (${m.id}): starts at ${m.from}, expected ${expectedFrom}`);
    if (m.to !== m.from + 1) problems.push(`step ${i} (${m.id}): goes from ${m.from} to ${m.to}, not one version`);
  });
  const reaches = oldest + migrations.length;
  if (reaches !== current) problems.push(`the chain ends at version ${reaches}, but the current version is ${current}`);
  return problems;
}

/**
 * Runs every step from `fromVersion` up to `targetVersion`. The input is cloned first when
 * any step runs, so a caller's object (a template, a clipboard value) is never changed.
 */
export function migrateProjectDocument(
  raw: unknown,
  fromVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
  targetVersion = CURRENT_FORMAT_VERSION,
): MigrationOutcome {
  if (!Number.isInteger(fromVersion)) throw new MigrationError(`version ${String(fromVersion)} is not an integer`);
  if (fromVersion > targetVersion)
    throw new MigrationError(`version ${fromVersion} is newer than ${targetVersion}; documents are never downgraded`);
  let doc = fromVersion < targetVersion ? structuredClone(raw) : raw;
  const applied: string[] = [];
  for (let version = fromVersion; version < targetVersion;) {
    const step = migrations.find((m) => m.from === version);
    if (!step) throw new MigrationError(`no migration from version ${version}`);
    if (step.to <= version) throw new MigrationError(`migration ${step.id} does not move forward`);
    try {
      doc = step.migrate(doc);
    } catch (e) {
      throw new MigrationError(`${step.id} failed: ${e instanceof Error ? e.message : String(e)}`, step.id);
    }
    applied.push(step.id);
    version = step.to;
  }
  return { doc, applied };
}
