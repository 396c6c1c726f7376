import { z } from 'zod';

/**
 * The template catalogue (`templates/index.json`): what the gallery shows before a template
 * file is loaded. Written by `npm run templates`; read back through this schema, because a
 * bundled file is still input.
 */

const text = z.strictObject({ en: z.string().trim().min(1).max(2000), nl: z.string().trim().min(1).max(2000) });

export const templateEntrySchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug'),
  names: text,
  descriptions: text,
  /** The kind of case the template is modelled on. */
  caseKind: text,
});

export const catalogueSchema = z.array(templateEntrySchema).max(100);

export type TemplateEntry = z.output<typeof templateEntrySchema>;
export type TemplateText = TemplateEntry['names'];

/** The catalogue text in the current language; Dutch falls back to English for other languages. */
export const inLanguage = (t: TemplateText, language: string): string => (language.startsWith('nl') ? t.nl : t.en);

/** Where a template's project file lies, relative to the repository root. */
export const templatePath = (slug: string): string => `/templates/${slug}.latitude.json`;
