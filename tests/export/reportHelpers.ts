import i18next from 'i18next';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FontFiles } from '../../src/export/pdf/types';
import type { Measure } from '../../src/export/scene/ops';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';
import { parseProjectFile } from '../../src/io/projectFile';
import type { Project } from '../../src/model';

/** Shared by the export tests: texts, fonts read from the package, the job-shop fixture. */

const i18n = i18next.createInstance();
void i18n.init({
  resources: { en: { translation: en }, nl: { translation: nl } },
  lng: 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  initAsync: false,
});

export const translate = (language: 'en' | 'nl') => {
  const fixed = i18n.getFixedT(language);
  return (key: string, options?: Record<string, unknown>) => String(fixed(key, options as never));
};

const require = createRequire(import.meta.url);

/** Node has no Vite `?inline`: the fonts come straight from the package. */
export const nodeFonts = async (): Promise<FontFiles> => {
  const read = (file: string) => readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)).toString('base64');
  return { regular: read('DejaVuSansCondensed.ttf'), bold: read('DejaVuSansCondensed-Bold.ttf') };
};

/** A fixed-pitch stand-in for font metrics: every character is 0.5 em wide. */
export const fakeMeasure: Measure = (text, size) => [...text].length * size * 0.5;

export function jobShop(): Project {
  const result = parseProjectFile(readFileSync(new URL('../fixtures/job-shop.latitude.json', import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(result.error.message);
  return result.project;
}
