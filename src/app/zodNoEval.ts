import { config } from 'zod/mini';

/**
 * Zod compiles fast parsers with `new Function` unless told not to. The built app's
 * Content-Security-Policy forbids eval, and zod's probe for it is reported as a violation,
 * so it runs jitless. This module must be evaluated before any schema is created: App.tsx
 * imports it first.
 */
config({ jitless: true });
