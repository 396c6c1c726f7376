import * as z from 'zod/mini';

/**
 * The template catalogue (`templates/index.json`): what the gallery shows before a template
 * file is loaded. Written by `npm run templates`; read back through this schema, because a
 * bundled file is still input.
 */

const line = z.string().check(z.trim(), z.minLength(1), z.maxLength(2000));
const text = z.strictObject({ en: line, nl: line });

export const templateEntrySchema = z.strictObject({
  slug: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug')),
  names: text,
  descriptions: text,
  /** The kind of case the template is modelled on. */
  caseKind: text,
});

export const catalogueSchema = z.array(templateEntrySchema).check(z.maxLength(100));

export type TemplateEntry = z.output<typeof templateEntrySchema>;
export type TemplateText = TemplateEntry['names'];

/** The catalogue text in the current language; Dutch falls back to English for other languages. */
export const inLanguage = (t: TemplateText, language: string): string => (language.startsWith('nl') ? t.nl : t.en);

/** Where a template's project file lies, relative to the repository root. */
export const templatePath = (slug: string): string => `/templates/${slug}.latitude.json`;
