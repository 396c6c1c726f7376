import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceMapGenerator } from 'source-map-js';
import { describe, expect, it } from 'vitest';
import { bundleBreakdown, groupOfSource } from '../../scripts/bench/bundleBreakdown';

describe('initial JavaScript breakdown of the bench', () => {
  it('names npm packages (scoped too) and areas of src', () => {
    expect(groupOfSource('../../node_modules/react-dom/cjs/react-dom.production.js')).toBe('react-dom');
    expect(groupOfSource('../../node_modules/@xyflow/react/dist/esm/index.js')).toBe('@xyflow/react');
    expect(groupOfSource('../../src/canvas/nodes/RoleNode.tsx')).toBe('src/canvas');
    expect(groupOfSource('../../src/main.tsx')).toBe('src');
    expect(groupOfSource('\0vite/preload-helper.js')).toBe('(other)');
  });

  it('splits each script by its source map; a script without one is a group of its own', () => {
    const dist = mkdtempSync(join(tmpdir(), 'breakdown-'));
    const code = 'var a=1;var bb=2;\nfunction c(){}';
    const map = new SourceMapGenerator({ file: 'x.js' });
    map.addMapping({ generated: { line: 1, column: 0 }, original: { line: 1, column: 0 }, source: '../node_modules/dexie/dist/dexie.mjs' });
    map.addMapping({ generated: { line: 1, column: 8 }, original: { line: 1, column: 0 }, source: '../src/store/editorStore.ts' });
    map.addMapping({ generated: { line: 2, column: 0 }, original: { line: 1, column: 0 }, source: '../node_modules/dexie/dist/dexie.mjs' });
    writeFileSync(join(dist, 'x.js'), code);
    writeFileSync(join(dist, 'x.js.map'), map.toString());
    const groups = bundleBreakdown(dist, ['x.js']);
    expect(Object.fromEntries((groups ?? []).map((g) => [g.group, g.minifiedBytes]))).toEqual({
      dexie: 'var a=1;'.length + 'function c(){}'.length,
      'src/store': 'var bb=2;\n'.length,
    });
    writeFileSync(join(dist, 'registerSW.js'), 'navigator.serviceWorker.register("/sw.js")');
    expect(bundleBreakdown(dist, ['x.js', 'registerSW.js'])?.map((g) => g.group).sort()).toEqual(['dexie', 'registerSW.js (no map)', 'src/store']);
    expect(bundleBreakdown(dist, ['registerSW.js'])).toBeNull();
  });
});
