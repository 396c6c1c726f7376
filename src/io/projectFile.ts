import * as z from 'zod/mini';
import { checkProjectInvariants, type InvariantCode, type InvariantViolation } from '../model/invariants';
import { MigrationError, OLDEST_FORMAT_VERSION, migrateProjectDocument } from '../model/migrations';
import { projectSchema } from '../model/schema';
import { CURRENT_FORMAT_VERSION, PROJECT_FORMAT, type Project } from '../model/types';

/**
 * The one import pipeline for everything untrusted: files, pasted clipboard text, templates
 * and rows read back from IndexedDB. Each step turns a failure into a typed ImportError that
 * the UI words from `code` and `params`; nothing here throws for bad input.
 *
 *   size cap → JSON.parse → shape guard (depth, prototype keys) → envelope → version gate
 *   → migrate → zod (every entity) → invariants (references) → Project
 */

export const IMPORT_LIMITS = {
  /** UTF-16 code units, ≈ 50 MB of ASCII; check `File.size` before reading as well. */
  maxChars: 50 * 1024 * 1024,
  /** The format nests about 10 levels; anything far deeper is hostile or not ours. */
  maxDepth: 64,
  /** Issues listed in an error; the total is in `params.count`. */
  maxIssues: 20,
} as const;

/**
 * Keys that could reach an object's prototype if later code copied the value with
 * `Object.assign` or a naive merge. No legitimate key in the format is one of these (entity
 * keys carry a kind prefix), so they are refused rather than stripped.
 */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type ImportErrorCode =
  'not-json' | 'not-a-project-file' | 'too-new' | 'too-large' | 'invalid-entities' | 'broken-references';

export interface ImportIssue {
  /** Dotted path inside the project, e.g. `scenarios.scenario:x.roles.role:y.headcount`. */
  path: string;
  message: string;
}

export interface ImportError {
  code: ImportErrorCode;
  /** Plain English for logs and the CLI; the UI words its message from `code` and `params`. */
  message: string;
  issues: ImportIssue[];
  params: Record<string, string | number>;
}

export type ImportResult =
  { ok: true; project: Project; migratedFrom: number | null } | { ok: false; error: ImportError };

/**
 * Invariants that mean "points at something that is not there" map to `broken-references`.
 * The others (shares not summing to 100 %, a role's team in another unit, control info on a
 * non-control task) are values the editor's commands would refuse, so they are
 * `invalid-entities`. When both kinds occur the code is `broken-references` and the issues
 * list every violation, references first.
 */
const REFERENCE_INVARIANTS: ReadonlySet<InvariantCode> = new Set(['missing-reference', 'key-id-mismatch']);

const fail = (
  code: ImportErrorCode,
  message: string,
  params: ImportError['params'] = {},
  issues: ImportIssue[] = [],
): ImportResult => ({ ok: false, error: { code, message, issues, params } });

export function parseProjectFile(text: string): ImportResult {
  if (typeof text !== 'string') return fail('not-json', 'the input is not text');
  if (text.length > IMPORT_LIMITS.maxChars)
    return fail('too-large', `the file has ${text.length} characters; the limit is ${IMPORT_LIMITS.maxChars}`, {
      measure: 'size',
      size: text.length,
      limit: IMPORT_LIMITS.maxChars,
    });
  // Editors on Windows like to start UTF-8 files with a byte order mark, which JSON.parse refuses.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    return notJson(body, e);
  }
  return parseProjectValue(value);
}

/** For values that are already parsed (clipboard payloads, bundled templates): the envelope onwards. */
export function parseProjectValue(value: unknown): ImportResult {
  const shape = checkShape(value, 'project');
  if (shape) return { ok: false, error: shape };
  if (!isPlainObject(value) || value.format !== PROJECT_FORMAT)
    return fail(
      'not-a-project-file',
      `not a Latitude project file: expected an object with "format": "${PROJECT_FORMAT}"`,
      { field: 'format' },
    );
  const version = value.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_FORMAT_VERSION)
    return fail('not-a-project-file', `"formatVersion" must be a whole number from ${OLDEST_FORMAT_VERSION}`, {
      field: 'formatVersion',
    });
  if (!isPlainObject(value.project))
    return fail('not-a-project-file', 'the file has no "project" object', { field: 'project' });
  return importDocument(value.project, version);
}

/**
 * The envelope-less path, for documents stored without an envelope (IndexedDB rows keep
 * `formatVersion` in a column of their own). Rows are untrusted too: a bug, an older build
 * or a browser extension may have written them.
 */
export function parseProjectDocument(doc: unknown, formatVersion: unknown): ImportResult {
  const shape = checkShape(doc, null);
  if (shape) return { ok: false, error: shape };
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < OLDEST_FORMAT_VERSION)
    return fail('not-a-project-file', `the stored format version ${String(formatVersion)} is not valid`, {
      field: 'formatVersion',
    });
  if (!isPlainObject(doc))
    return fail('not-a-project-file', 'the stored document is not an object', { field: 'project' });
  return importDocument(doc, formatVersion);
}

function importDocument(doc: Record<string, unknown>, version: number): ImportResult {
  if (version > CURRENT_FORMAT_VERSION)
    return fail(
      'too-new',
      `made by a newer Latitude: format version ${version}, this version reads up to ${CURRENT_FORMAT_VERSION}`,
      { fileVersion: version, supportedVersion: CURRENT_FORMAT_VERSION },
    );

  let migrated: unknown;
  try {
    migrated = migrateProjectDocument(doc, version).doc;
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const step = e instanceof MigrationError && e.stepId ? e.stepId : '';
    return fail(
      'invalid-entities',
      `could not upgrade from format version ${version}: ${detail}`,
      {
        fileVersion: version,
        migration: step,
        count: 1,
      },
      [{ path: '', message: detail }],
    );
  }

  const parsed = projectSchema.safeParse(migrated);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
    return fail(
      'invalid-entities',
      summarise('invalid value', issues),
      listParams(issues),
      issues.slice(0, IMPORT_LIMITS.maxIssues),
    );
  }
  const project = parsed.data as unknown as Project;

  const violations = checkProjectInvariants(project);
  if (violations.length > 0) {
    const refs = violations.filter((v) => REFERENCE_INVARIANTS.has(v.code));
    const ordered = [...refs, ...violations.filter((v) => !REFERENCE_INVARIANTS.has(v.code))];
    const issues = ordered.map(violationIssue);
    const code = refs.length > 0 ? 'broken-references' : 'invalid-entities';
    const noun = refs.length > 0 ? 'broken reference' : 'inconsistent value';
    return fail(code, summarise(noun, issues), listParams(issues), issues.slice(0, IMPORT_LIMITS.maxIssues));
  }
  return { ok: true, project, migratedFrom: version === CURRENT_FORMAT_VERSION ? null : version };
}

/**
 * Walks the raw value once before anything else reads it: depth-limited so a hostile file
 * cannot exhaust the stack of later recursive code, and refusing prototype keys. Paths are
 * reported relative to the project (`projectKey` is the envelope field holding it), like
 * the paths of the later steps.
 */
function checkShape(root: unknown, projectKey: string | null): ImportError | null {
  const path: (string | number)[] = [];
  const where = () => formatPath(projectKey !== null && path[0] === projectKey ? path.slice(1) : path);
  const visit = (value: unknown, depth: number): ImportError | null => {
    if (value === null || typeof value !== 'object') return null;
    if (depth > IMPORT_LIMITS.maxDepth) {
      return {
        code: 'too-large',
        message: `nested deeper than ${IMPORT_LIMITS.maxDepth} levels at ${where() || 'the top level'}`,
        issues: [{ path: where(), message: `nested deeper than ${IMPORT_LIMITS.maxDepth} levels` }],
        params: { measure: 'depth', limit: IMPORT_LIMITS.maxDepth },
      };
    }
    const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    for (const key of keys) {
      path.push(key);
      if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) {
        return {
          code: 'invalid-entities',
          message: `the key "${key}" is not allowed (at ${where()})`,
          issues: [{ path: where(), message: `the key "${key}" is not allowed` }],
          params: { key, count: 1 },
        };
      }
      const found = visit((value as Record<string | number, unknown>)[key], depth + 1);
      if (found) return found;
      path.pop();
    }
    return null;
  };
  return visit(root, 1);
}

function notJson(text: string, e: unknown): ImportResult {
  const detail = e instanceof Error ? e.message : String(e);
  const at = /position (\d+)/.exec(detail);
  const position = at ? Number(at[1]) : /end of JSON input/i.test(detail) ? text.length : null;
  if (position === null) return fail('not-json', `not JSON: ${detail}`);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  const truncated = position >= text.trimEnd().length;
  return fail(
    'not-json',
    `not JSON${truncated ? ' (the file seems cut off)' : ''}: ${detail} (line ${line}, column ${column})`,
    { position, line, column, truncated: truncated ? 1 : 0 },
  );
}

function violationIssue(v: InvariantViolation): ImportIssue {
  return { path: formatPath(v.path), message: v.detail };
}

function summarise(noun: string, issues: ImportIssue[]): string {
  const first = issues[0];
  const head = `${issues.length} ${noun}${issues.length === 1 ? '' : 's'}`;
  return first ? `${head}; first at ${first.path || 'the top level'}: ${first.message}` : head;
}

function listParams(issues: ImportIssue[]): ImportError['params'] {
  return { count: issues.length, shown: Math.min(issues.length, IMPORT_LIMITS.maxIssues) };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p) => String(p)).join('.');
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * The published description of a current file (docs/latitude-project.schema.json). Imports
 * read the envelope by hand above so a wrong version is `too-new`, not a schema error.
 */
export const projectFileSchema = z
  .object({
    format: z.literal(PROJECT_FORMAT).register(z.globalRegistry, { description: 'Always "latitude-project"; identifies the file.' }),
    formatVersion: z.literal(CURRENT_FORMAT_VERSION).register(z.globalRegistry, {
      description: 'Version of the document format. Latitude upgrades older versions on import and refuses newer ones.',
    }),
    exportedAt: z.optional(z.string()).register(z.globalRegistry, {
      description: 'ISO timestamp of the export; informative, ignored on import.',
    }),
    // A copy carries the description, as the full zod's .meta() did: projectSchema itself stays bare.
    project: projectSchema.clone().register(z.globalRegistry, {
      description: 'The project: its scenarios with every entity, and analysis settings.',
    }),
  })
  .register(z.globalRegistry, {
    title: 'Latitude project file',
    description: 'A *.latitude.json file: one work-organisation design project in an envelope.',
  });

export function serializeProject(project: Project, now: Date = new Date()): string {
  const file = {
    format: PROJECT_FORMAT,
    formatVersion: CURRENT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    project,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `<slug>.latitude.json`; the slug keeps ASCII letters and digits so every OS accepts it. */
export function projectFileName(project: Pick<Project, 'name'>): string {
  const slug = project.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'project'}.latitude.json`;
}
