import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SECTION_IDS, benchmarkReportPdf, buildReportPdf } from '../../src/export/pdf';
import { scenariosInOrder, type Project, type ScenarioId } from '../../src/model';
import { bigScenario } from '../analysis/bigScenario';
import { jobShop, nodeFonts, translate } from './reportHelpers';

const OUT = 'test-results/export';

function hasPoppler(): boolean {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function save(project: Project, language: 'en' | 'nl', file: string): Promise<string> {
  const scenarioId = scenariosInOrder(project)[0]!.id as ScenarioId;
  const blob = await buildReportPdf(
    { project, scenarioId, t: translate(language), language, date: new Date('2026-03-01T12:00:00Z') },
    { page: { paper: 'a4', orientation: 'portrait' }, sections: SECTION_IDS, fonts: nodeFonts },
  );
  mkdirSync(OUT, { recursive: true });
  const path = `${OUT}/${file}`;
  writeFileSync(path, Buffer.from(await blob.arrayBuffer()));
  return path;
}

describe('PDF report in Node', () => {
  it('renders the job shop with every section', async () => {
    const path = await save(jobShop(), 'en', 'job-shop-en.pdf');
    if (!hasPoppler()) return;
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Laser operator');
    expect(text).toContain('High strain');
    expect(text).toMatch(/Page 3 of \d+/);
  });

  it('renders Dutch letters and quotes with the embedded font', async () => {
    const project = { ...jobShop(), name: 'Coöperatie De Zeeën – café’s' };
    const path = await save(project, 'nl', 'job-shop-nl.pdf');
    if (!hasPoppler()) return;
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Coöperatie De Zeeën – café’s');
    expect(text).toContain('één');
    expect(text).toContain('pagina’s');
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
    expect(fonts).toMatch(/DejaVuSansCondensed.*yes/);
  });

  it('builds the report of a 200-role model (benchmark hook)', async () => {
    const project = jobShop();
    const big = bigScenario(200, 1000);
    const withBig: Project = { ...project, scenarios: { [big.id]: { ...big, name: 'Big' } } as Project['scenarios'] };
    const { blob, pages, ms } = await benchmarkReportPdf(withBig, big.id, translate('en'), { fonts: nodeFonts });
    mkdirSync(OUT, { recursive: true });
    writeFileSync(`${OUT}/big-200.pdf`, Buffer.from(await blob.arrayBuffer()));
    console.log(`200-role report: ${pages} pages in ${Math.round(ms)} ms`);
    expect(pages).toBeGreaterThan(10);
  });
});
