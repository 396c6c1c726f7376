import { parseProjectFile, type ImportResult } from '../../io/projectFile';
import { catalogueSchema, templatePath, type TemplateEntry } from './catalogue';

/**
 * The bundled templates, loaded only when the gallery opens: each file is its own lazily
 * imported chunk (and precached, so templates work offline). The text of a template goes
 * through the import pipeline like any other file.
 */

const catalogueFile = import.meta.glob<string>('/templates/index.json', { query: '?raw', import: 'default' });
const templateFiles = import.meta.glob<string>('/templates/*.latitude.json', { query: '?raw', import: 'default' });

/** The catalogue entries whose file is bundled; null when the catalogue cannot be read. */
export async function loadCatalogue(): Promise<TemplateEntry[] | null> {
  const load = catalogueFile['/templates/index.json'];
  if (!load) return [];
  try {
    const parsed = catalogueSchema.safeParse(JSON.parse(await load()));
    return parsed.success ? parsed.data.filter((e) => templateFiles[templatePath(e.slug)]) : null;
  } catch {
    return null;
  }
}

export async function loadTemplate(slug: string): Promise<ImportResult> {
  const load = templateFiles[templatePath(slug)];
  if (!load)
    return {
      ok: false,
      error: { code: 'not-a-project-file', message: `no template "${slug}"`, issues: [], params: { field: 'slug' } },
    };
  return parseProjectFile(await load());
}
