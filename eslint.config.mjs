// @ts-check
// The linter: ESLint's and typescript-eslint's recommended rules over the code (the layering of
// imports is held by __tests__/architecture.test.ts, formatting by Prettier).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '__fixtures__/', 'examples/', 'bench/.corpus/', 'coverage/', 'build/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` is how a deliberately unused binding is spelt (a rest sibling dropped from an object).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Stripping and escaping control characters of untrusted text (terminal output, XML) is part of the job.
      'no-control-regex': 'off',
    },
  },
  {
    // CommonJS: the executable, test helpers started as child processes, and JSON data of packages.
    files: ['**/*.cjs', 'bin/*.js', '__tests__/helpers/github-openapi.ts', '__tests__/helpers/github-payloads.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
