import { CURRENT_FORMAT_VERSION, PROJECT_FORMAT, type Project } from '../model/types';
import { parseProjectValue, type ImportError, type ImportIssue } from './projectFile';

/**
 * Backup files: every project of this browser in one file. The envelope is its own format
 * (`latitude-backup`, versioned apart from the document format); each entry inside is a
 * complete project-file envelope, so restoring reads every project through the one import
 * pipeline, and a single entry copied out is an importable project file.
 */
export const BACKUP_FORMAT = 'latitude-backup';
export const CURRENT_BACKUP_VERSION = 1;

export const BACKUP_LIMITS = {
  /** UTF-16 code units: room for many projects at the per-file import limit. */
  maxChars: 200 * 1024 * 1024,
  maxProjects: 1000,
} as const;

export type BackupErrorCode =
  'not-json' | 'not-a-backup-file' | 'project-file' | 'too-new' | 'too-large' | 'invalid-project' | 'duplicate-project';

export interface BackupError {
  code: BackupErrorCode;
  /** Plain English for logs; the UI words its message from `code` and `params`. */
  message: string;
  /** Paths are relative to the backup: `projects.2.scenarios.…`. */
  issues: ImportIssue[];
  params: Record<string, string | number>;
  /** For `invalid-project`: what the import pipeline said about that entry. */
  projectError?: ImportError;
}

export type BackupResult = { ok: true; projects: Project[]; createdAt: string | null } | { ok: false; error: BackupError };

const fail = (code: BackupErrorCode, message: string, params: BackupError['params'] = {}, issues: ImportIssue[] = []): BackupResult => ({
  ok: false,
  error: { code, message, issues, params },
});

/** Reads a backup file; any invalid entry refuses the whole backup, so a restore is all or nothing. */
export function parseBackupFile(text: string): BackupResult {
  if (typeof text !== 'string') return fail('not-json', 'the input is not text');
  if (text.length > BACKUP_LIMITS.maxChars)
    return fail('too-large', `the file has ${text.length} characters; the limit is ${BACKUP_LIMITS.maxChars}`, {
      measure: 'size',
      size: text.length,
      limit: BACKUP_LIMITS.maxChars,
    });
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    return fail('not-json', `not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  return parseBackupValue(value);
}

export function parseBackupValue(value: unknown): BackupResult {
  if (!isPlainObject(value)) return fail('not-a-backup-file', 'not a Latitude backup: the file is not an object', { field: 'format' });
  if (value.format === PROJECT_FORMAT)
    return fail('project-file', 'this is a single project file, not a backup; import it with "Import file"', { field: 'format' });
  if (value.format !== BACKUP_FORMAT)
    return fail('not-a-backup-file', `not a Latitude backup: expected "format": "${BACKUP_FORMAT}"`, { field: 'format' });
  const version = value.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail('not-a-backup-file', '"formatVersion" must be a whole number from 1', { field: 'formatVersion' });
  if (version > CURRENT_BACKUP_VERSION)
    return fail('too-new', `made by a newer Latitude: backup version ${version}, this version reads up to ${CURRENT_BACKUP_VERSION}`, {
      fileVersion: version,
      supportedVersion: CURRENT_BACKUP_VERSION,
    });
  const entries = value.projects;
  if (!Array.isArray(entries)) return fail('not-a-backup-file', 'the backup has no "projects" list', { field: 'projects' });
  if (entries.length > BACKUP_LIMITS.maxProjects)
    return fail('too-large', `the backup holds ${entries.length} projects; the limit is ${BACKUP_LIMITS.maxProjects}`, {
      measure: 'count',
      size: entries.length,
      limit: BACKUP_LIMITS.maxProjects,
    });

  const projects: Project[] = [];
  const seen = new Map<string, number>();
  for (const [index, entry] of entries.entries()) {
    const result = parseProjectValue(entry);
    const name = entryName(entry);
    if (!result.ok) {
      const { error } = result;
      const issues = error.issues.map((i) => ({ path: join(`projects.${index}`, i.path), message: i.message }));
      return {
        ok: false,
        error: {
          code: 'invalid-project',
          message: `project ${index + 1}${name ? ` ("${name}")` : ''}: ${error.message}`,
          issues: issues.length > 0 ? issues : [{ path: `projects.${index}`, message: error.message }],
          params: { index: index + 1, name, cause: error.code, count: entries.length },
          projectError: error,
        },
      };
    }
    const first = seen.get(result.project.id);
    if (first !== undefined)
      return fail(
        'duplicate-project',
        `projects ${first + 1} and ${index + 1} have the same id ${result.project.id}`,
        { index: index + 1, first: first + 1, id: result.project.id, name: result.project.name },
        [{ path: `projects.${index}.project.id`, message: `same id as project ${first + 1}` }],
      );
    seen.set(result.project.id, index);
    projects.push(result.project);
  }
  const createdAt = typeof value.createdAt === 'string' && value.createdAt.length <= 40 ? value.createdAt : null;
  return { ok: true, projects, createdAt };
}

export function serializeBackup(projects: readonly Project[], now: Date = new Date()): string {
  const file = {
    format: BACKUP_FORMAT,
    formatVersion: CURRENT_BACKUP_VERSION,
    createdAt: now.toISOString(),
    projects: projects.map((project) => ({ format: PROJECT_FORMAT, formatVersion: CURRENT_FORMAT_VERSION, project })),
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

/** `latitude-backup-YYYY-MM-DD.json`, in the user's local date. */
export function backupFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `latitude-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

function entryName(entry: unknown): string {
  if (!isPlainObject(entry) || !isPlainObject(entry.project)) return '';
  const name = entry.project.name;
  return typeof name === 'string' ? name.slice(0, 80) : '';
}

function join(prefix: string, path: string): string {
  return path ? `${prefix}.project.${path}` : prefix;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
