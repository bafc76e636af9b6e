import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import testingLibrary from 'eslint-plugin-testing-library'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** Pure modules stay free of React and of the views; only src/timeline talks to vis-*. (STYLE.md §14) */
const PURE_MODULE_RESTRICTIONS = {
  patterns: [
    {
      group: ['react', 'react-dom', 'react/*', '@tanstack/react-query'],
      message: 'Pure modules import no React.',
    },
    { group: ['vis-*'], message: 'Only src/timeline talks to vis-timeline.' },
    {
      group: ['**/views/*', '**/timeline/*', '**/ui/*'],
      message: 'Pure modules import no views, timeline or ui code.',
    },
  ],
}

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', '.scratch', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['vis-*'], message: 'Only src/timeline talks to vis-timeline.' }] },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['src/data/**', 'src/filters/**', 'src/url/**'],
    ignores: ['src/data/use-*.ts', 'src/url/use-*.ts', 'src/data/dataset-query.ts'],
    rules: { 'no-restricted-imports': ['error', PURE_MODULE_RESTRICTIONS] },
  },
  {
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/views/*', '**/timeline/*', '**/data/*', '**/filters/*', '**/url/*'],
              message: 'ui/ imports no feature code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/timeline/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['tests/component/**/*.tsx'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
)
