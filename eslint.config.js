import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import testingLibrary from 'eslint-plugin-testing-library'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** The features (src/features/*), each entered through its index.ts. */
const FEATURES = [
  'details',
  'embed',
  'events',
  'explore',
  'export',
  'filters',
  'import',
  'lessons',
  'map',
  'present',
  'print',
]

const NO_VIS = { group: ['vis-*'], message: 'Only src/timeline talks to vis-timeline.' }
const NO_FEATURES = {
  group: ['**/features', '**/features/**'],
  message: 'The core (data, filters, url, view, timeline) and ui/ import no feature code.',
}
const NO_URL = {
  group: ['**/url/*'],
  message: "The view state is the core's (src/view); only src/url and the screens read the URL.",
}

/** Pure modules stay free of React, of vis-timeline and of the screens. (STYLE.md §14) */
const PURE_MODULE_PATTERNS = [
  {
    group: ['react', 'react-dom', 'react/*', '@tanstack/react-query'],
    message: 'Pure modules import no React.',
  },
  NO_VIS,
  NO_FEATURES,
  { group: ['**/timeline/*', '**/ui/*'], message: 'Pure modules import no timeline or ui code.' },
]

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', '.scratch', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // `import { type X }` keeps an empty import of the module, which loads it (and zod with it) for nothing.
      '@typescript-eslint/no-import-type-side-effects': 'error',
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
    files: ['src/data/**', 'src/url/**'],
    ignores: ['src/data/use-*.ts', 'src/url/use-*.ts', 'src/data/dataset-query.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: PURE_MODULE_PATTERNS }] },
  },
  {
    files: ['src/filters/**', 'src/import/**', 'src/export/**', 'src/map/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...PURE_MODULE_PATTERNS, NO_URL] }] },
  },
  {
    // The view state's types are the core's own: they depend on nothing.
    files: ['src/view/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportDeclaration', message: 'src/view imports nothing.' },
        { selector: 'ExportAllDeclaration', message: 'src/view imports nothing.' },
      ],
    },
  },
  {
    files: ['src/timeline/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_FEATURES, NO_URL] }] },
  },
  {
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_VIS,
            NO_FEATURES,
            {
              group: ['**/timeline/*', '**/data/*', '**/filters/*', '**/url/*', '**/view/*'],
              message: 'ui/ imports no feature or core code.',
            },
          ],
        },
      ],
    },
  },
  {
    // A feature is entered through its index.ts; its other files are its own.
    files: ['src/features/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_VIS,
            {
              group: FEATURES.map((feature) => `../${feature}/*`),
              message: 'Import another feature from its entry (`../filters`), not from its files.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_VIS,
            {
              group: ['**/features/*/*'],
              message:
                'Import a feature from its entry (`./features/explore`), not from its files.',
            },
          ],
        },
      ],
    },
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
