import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const uiAndStorage = ['react', 'react-dom', 'react-dom/*', 'dexie', 'dexie-react-hooks', '@xyflow/*', 'jspdf', 'i18next', 'react-i18next'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results', 'playwright-report', 'bench-results', 'dev-dist'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The document model and the analysis stay free of UI and storage (style.md).
    files: ['src/model/**/*.ts', 'src/analysis/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiAndStorage, message: 'model/ and analysis/ stay free of UI and storage imports.' },
            { group: ['**/store/*', '**/persistence/*', '**/canvas/*', '**/ui/*', '**/app/*', '**/io/*', '**/export/*'], message: 'model/ and analysis/ import only model/.' },
          ],
        },
      ],
    },
  },
  {
    // The import/export pipeline serves the app, the CLI and the tests: no React or views in it.
    files: ['src/io/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/ui/*', '**/app/*', '**/canvas/*', 'react', 'react-*', '@xyflow/*'], message: 'io/ does not depend on the views.' }] },
      ],
    },
  },
);
