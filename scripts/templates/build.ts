import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseProjectFile, serializeProject } from '../../src/io/projectFile';
import { catalogueSchema, type TemplateEntry } from '../../src/ui/templates/catalogue';
import { TEMPLATE_DATE } from './builder';
import { TEMPLATES } from './catalogue';
import { summarise } from './summary';

/**
 * `npm run templates`: writes templates/<slug>.latitude.json and templates/index.json.
 * Every file is read back through the import pipeline before it is written, so a template
 * that the app would refuse never reaches the repository.
 */

const OUT = fileURLToPath(new URL('../../templates/', import.meta.url));

function main(): void {
  mkdirSync(OUT, { recursive: true });
  const entries: TemplateEntry[] = [];
  const files = new Set<string>();
  for (const template of TEMPLATES) {
    const { build, ...entry } = template;
    const text = serializeProject(build(), new Date(TEMPLATE_DATE));
    const result = parseProjectFile(text);
    if (!result.ok) throw new Error(`${entry.slug}: ${result.error.message}`);
    const file = `${entry.slug}.latitude.json`;
    writeFileSync(OUT + file, text);
    files.add(file);
    entries.push(entry);
    console.log(`${file}\n${summarise(result.project).join('\n')}`);
  }
  const catalogue = catalogueSchema.parse(entries);
  writeFileSync(`${OUT}index.json`, `${JSON.stringify(catalogue, null, 2)}\n`);
  // A renamed template must not leave its old file behind.
  for (const file of readdirSync(OUT)) if (file.endsWith('.latitude.json') && !files.has(file)) rmSync(OUT + file);
}

main();
