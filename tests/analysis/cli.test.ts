import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../scripts/analyze';
import type { ScenarioAnalysis } from '../../src/analysis';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = 'tests/fixtures/job-shop.latitude.json';

function analyze(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'scripts/analyze.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'latitude-cli-')), name);
  writeFileSync(path, text);
  return path;
}

describe('npm run analyze', { timeout: 60_000 }, () => {
  it('prints the whole analysis as JSON', () => {
    const r = analyze(FIXTURE, '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { scenario: { name: string }; analysis: ScenarioAnalysis };
    expect(report.scenario.name).toBe('As-is');
    const a = report.analysis;
    expect(a.parameters.P4.value).toBeCloseTo(0.94, 10);
    expect(a.parameters.P3.value).toBeCloseTo(0.75, 10);
    expect(a.handoffs.map((h) => h.count)).toEqual([3, 2, 2]);
    const las = a.roles.find((x) => x.roleId === 'role:LAS');
    expect(las?.scores.SD).toBeCloseTo(19.78, 2);
    expect(las?.scores.PD).toBeCloseTo(33.3, 10);
    expect(las?.weba.failures).toEqual([1, 2, 5, 7]);
    expect(a.mct[0]?.result).toMatchObject({ ok: true, mctDays: 26 });
    expect(a.findings.length).toBeGreaterThan(0);
  });

  it('prints a text report with English labels, scenario chosen by name', () => {
    const r = analyze(FIXTURE, '--scenario', 'as-is');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/P4 Separation of control from operations\s+0\.940/);
    expect(r.stdout).toMatch(/Laser operator\s+19\.8\s+12\.0\s+31\.8\s+33\.3\s+2\.10\s+high strain/);
    expect(r.stdout).toContain('red zones: Paint booth');
  });

  it('exits 2 with a message for a broken file', () => {
    const r = analyze(tempFile('broken.latitude.json', '{ "format": "latitude-project", '));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('not-json');
  });
});

/** The other exit paths, in-process (spawning costs seconds each). */
describe('analyze main()', () => {
  const run = (...args: string[]) => {
    let stdout = '';
    let stderr = '';
    const sink = (write: (s: string) => void) => ({ write });
    const code = main(
      args,
      sink((s) => (stdout += s)),
      sink((s) => (stderr += s)),
    );
    return { code, stdout, stderr };
  };
  const fixture = join(ROOT, FIXTURE);

  it('exits 2 for a file with invalid entities, listing the issues', () => {
    const file = JSON.parse(readFileSync(fixture, 'utf8'));
    file.project.scenarios['scenario:asis'].roles['role:LAS'].headcount = -1;
    const r = run(tempFile('invalid.latitude.json', JSON.stringify(file)));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('invalid-entities');
    expect(r.stderr).toContain('headcount');
  });

  it('exits 2 for a missing file, an unknown scenario or a bad option', () => {
    expect(run(join(tmpdir(), 'does-not-exist.latitude.json')).code).toBe(2);
    const unknown = run(fixture, '--scenario', 'To-be');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown scenario "To-be"');
    expect(run(fixture, '--format=xml').code).toBe(2);
    expect(run(fixture, '--colour').code).toBe(2);
    expect(run().code).toBe(2);
  });

  it('accepts --option=value and scenario ids', () => {
    const r = run(fixture, '--format=json', '--scenario=scenario:asis');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).scenario.id).toBe('scenario:asis');
  });
});
