import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { projectFileSchema } from '../src/io/projectFile';

/** Where the published schema lives, relative to the repository root. */
export const SCHEMA_PATH = fileURLToPath(new URL('../docs/latitude-project.schema.json', import.meta.url));

/**
 * The JSON Schema text of a current project file. `io: 'input'` describes what a file may
 * contain (ids are transformed to branded strings only after parsing). Refinements such as
 * "shares sum to 100 %" cannot be expressed and are checked by the import pipeline only.
 */
export function generateProjectFileSchema(): string {
  const schema = z.toJSONSchema(projectFileSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  writeFileSync(SCHEMA_PATH, generateProjectFileSchema());
  console.log(`wrote ${SCHEMA_PATH}`);
}
