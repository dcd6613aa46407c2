import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.okr-preview/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Apps Script services stay at the edge: only src/sheets/ and src/ui/ may call them. The pure folders compute
    // from plain values, so they run in jest, in the sidebar and in custom functions alike.
    files: ['src/**/*.ts'],
    ignores: ['src/sheets/**', 'src/ui/**', 'src/index.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'SpreadsheetApp',
          'HtmlService',
          'ScriptApp',
          'LockService',
          'Session',
          'PropertiesService',
          'CacheService',
          'Utilities',
          'Logger',
          'Charts',
          'DriveApp',
          'UrlFetchApp',
        ].map(name => ({
          name,
          message: `Apps Script's ${name} is called only from src/sheets/ or src/ui/.`,
        })),
      ],
    },
  },
  {
    files: ['dev/**', 'tests/**', 'bench/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The platform probe: plain Apps Script pasted into a bound script by hand (never built or pushed).
    files: ['dev/probe.gs'],
    languageOptions: {
      sourceType: 'script',
      globals: {
        SpreadsheetApp: 'readonly',
        Session: 'readonly',
        LockService: 'readonly',
        Utilities: 'readonly',
        console: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^(runProbe|PROBE_DOUBLE)$' }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  }
);
