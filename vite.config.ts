/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The Content-Security-Policy of the built app: nothing but this origin, no inline scripts,
 * no eval. Inline styles stay allowed because React Flow positions nodes with style
 * attributes. `frame-ancestors` only works as an HTTP header, so the meta tag leaves it out
 * and `vite preview` (and any host) sends the full policy as a header.
 */
const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];
const CSP_META = CSP_DIRECTIVES.join('; ');
export const CSP_HEADER = [...CSP_DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/**
 * Adds the policy to index.html in builds only: the dev server injects an inline script
 * (React Refresh) that a strict policy would block.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'latitude-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META }, injectTo: 'head-prepend' }],
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    VitePWA({
      // An external registerSW.js: an inline registration script would break the CSP.
      injectRegister: 'script',
      registerType: 'autoUpdate',
      includeAssets: ['favicon.svg', 'icons/*.png', 'icons/*.svg'],
      manifest: {
        name: 'Latitude',
        short_name: 'Latitude',
        description: 'Design work organisations the sociotechnical way. Works offline; your data stays in this browser.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f6f7f9',
        theme_color: '#2456c9',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // Every asset is precached, lazily loaded chunks (layout, PDF) included, so the app
        // works offline from the first visit on. elkjs alone is ~1.5 MB.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest,json,woff,woff2}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
      devOptions: { enabled: false },
    }),
  ],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true, headers: { 'Content-Security-Policy': CSP_HEADER } },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Everything the first screen needs in one chunk: left to itself the bundler cuts it into
        // some thirty pieces (whatever a lazily loaded part shares with it), and each piece is
        // fetched and compressed apart.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto'],
    // Property-based suites run thousands of cases; a loaded 2-core CI machine needs the margin.
    testTimeout: 60_000,
  },
});
