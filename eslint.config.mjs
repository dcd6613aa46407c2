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
    // Apps Script services stay at the edge: only src/gas/ and each feature's action.ts (menu actions) or server.ts
    // (google.script.run targets) may call them. Everything else (core/, schema/, i18n/, html/, the features'
    // plans, rules and clients, the custom functions) computes from plain values, so it runs in jest, in the
    // sidebar and in custom functions alike.
    files: ['src/**/*.ts'],
    ignores: ['src/gas/**', 'src/features/*/action.ts', 'src/features/*/server.ts', 'src/index.ts'],
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
          message: `Apps Script's ${name} is called only from src/gas/ or a feature's action.ts or server.ts.`,
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
