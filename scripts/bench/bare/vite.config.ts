import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The bench's baseline page: React Flow alone, built and served apart from the app. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false, emptyOutDir: true },
  logLevel: 'warn',
});
