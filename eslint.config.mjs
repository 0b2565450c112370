// ESLint with typescript-eslint; Prettier formats (eslint-config-prettier turns off what it owns).
// Limits that hold in src/: no function over 80 lines, no line over 140 characters.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'node_modules/', '.cache/', 'test-results/', 'scratch/', '.vscode-test/', '.vscode-test-web/', '*.vsix'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'off',
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: false, skipComments: false, IIFEs: true }],
      'max-len': ['error', { code: 140, tabWidth: 2, ignoreUrls: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'compromise', message: 'Only src/markup/nlp/compromise.ts talks to compromise.' }] },
      ],
    },
  },
  {
    files: ['src/markup/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'compromise', message: 'Only src/markup/nlp/compromise.ts talks to compromise.' },
            { name: 'vscode', message: 'The engine runs in workers and the CLI: no vscode.' },
          ],
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads'],
              message: 'The engine runs in a web worker too: no Node built-ins.',
            },
          ],
        },
      ],
    },
  },
  { files: ['src/markup/nlp/compromise.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['src/extension/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'bench/**', 'test/host/runner/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/host/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.mocha } },
    // The host suite loads mocha, its bundled suites and VS Code's own tokenizer modules at run time.
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
