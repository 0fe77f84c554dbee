// SPDX-License-Identifier: MIT
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  // The consumer apps are checked by their own frameworks' tools (test/consumers/run.mjs).
  { ignores: ['node_modules/', 'dist/', 'dist-demo/', 'coverage/', '.tmp/', 'custom-elements.json', 'test/consumers/*/**/*', '!test/consumers/*/check.mjs'] },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
