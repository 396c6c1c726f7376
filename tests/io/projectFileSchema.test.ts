import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_PATH, generateProjectFileSchema } from '../../scripts/generate-schema';

describe('docs/latitude-project.schema.json', () => {
  it('equals what the generator produces (run `npx tsx scripts/generate-schema.ts` after changing the schema)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(generateProjectFileSchema());
  });

  it('describes the envelope', () => {
    const schema = JSON.parse(generateProjectFileSchema()) as {
      title?: string;
      properties: Record<string, { description?: string; const?: unknown }>;
      required: string[];
    };
    expect(schema.title).toBe('Latitude project file');
    for (const field of ['format', 'formatVersion', 'exportedAt', 'project'])
      expect(schema.properties[field]?.description, field).toMatch(/\w/);
    expect(schema.properties.format?.const).toBe('latitude-project');
    expect(schema.required).toEqual(['format', 'formatVersion', 'project']);
  });
});
