import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, backupFileName, parseBackupFile, serializeBackup } from '../../src/io/backup';
import { parseProjectFile } from '../../src/io/projectFile';
import { createProject } from '../../src/model/factories';
import type { Project } from '../../src/model/types';

const V1_TEXT = readFileSync(new URL('../fixtures/formats/v1.latitude.json', import.meta.url), 'utf8');
const v1 = JSON.parse(V1_TEXT) as { formatVersion: number; project: Record<string, unknown> };

function fixture(): Project {
  const r = parseProjectFile(V1_TEXT);
  if (!r.ok) throw new Error(r.error.message);
  return r.project;
}

const envelope = (projects: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, createdAt: '2026-01-01T00:00:00.000Z', projects, ...extra });

describe('backup files', () => {
  it('round-trip every project through the import pipeline', () => {
    const projects = [fixture(), createProject('Second')];
    const result = parseBackupFile(serializeBackup(projects, new Date('2026-03-04T05:06:07Z')));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.projects).toEqual(projects);
    expect(result.createdAt).toBe('2026-03-04T05:06:07.000Z');
  });

  it('migrate projects of older formats inside a backup', () => {
    const result = parseBackupFile(envelope([{ format: 'latitude-project', formatVersion: 1, project: v1.project }]));
    expect(result.ok && result.projects[0]?.name).toBe(v1.project.name);
  });

  it('are named latitude-backup-YYYY-MM-DD.json', () => {
    expect(backupFileName(new Date(2026, 1, 3, 12))).toBe('latitude-backup-2026-02-03.json');
  });

  it.each([
    ['text that is not JSON', '{"format": "latitude-backup", ', 'not-json'],
    ['another JSON file', '{"hello": 1}', 'not-a-backup-file'],
    ['a list', '[]', 'not-a-backup-file'],
    ['a single project file', V1_TEXT, 'project-file'],
    ['a newer backup format', envelope([], { formatVersion: 2 }), 'too-new'],
    ['a fractional version', envelope([], { formatVersion: 1.5 }), 'not-a-backup-file'],
    ['no project list', JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, projects: {} }), 'not-a-backup-file'],
  ])('refuse %s', (_, text, code) => {
    const result = parseBackupFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message.length).toBeGreaterThan(0);
    }
  });

  it('refuse the whole backup when one project is invalid, naming it and where', () => {
    const good = { format: 'latitude-project', formatVersion: 2, project: fixture() };
    const bad = structuredClone(good) as { project: { name: string; scenarios: Record<string, { roles: Record<string, { headcount: unknown }> }> } };
    bad.project.name = 'Broken one';
    const scenario = Object.values(bad.project.scenarios)[0]!;
    Object.values(scenario.roles)[0]!.headcount = 'lots';
    const result = parseBackupFile(envelope([good, bad]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'invalid-project', params: { index: 2, name: 'Broken one', cause: 'invalid-entities', count: 2 } });
    expect(result.error.issues[0]?.path).toMatch(/^projects\.1\.project\.scenarios\..*\.headcount$/);
    expect(result.error.projectError?.code).toBe('invalid-entities');
  });

  it('refuse two copies of one project', () => {
    const entry = { format: 'latitude-project', formatVersion: 2, project: fixture() };
    const result = parseBackupFile(envelope([entry, entry]));
    expect(!result.ok && result.error).toMatchObject({ code: 'duplicate-project', params: { first: 1, index: 2 } });
  });

  it('refuse prototype keys inside a project', () => {
    const text = envelope([{ format: 'latitude-project', formatVersion: 2, project: fixture() }]).replace(
      '"scenarios":',
      '"__proto__": {"polluted": true}, "scenarios":',
    );
    const result = parseBackupFile(text);
    expect(!result.ok && result.error.code).toBe('invalid-project');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
