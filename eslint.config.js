// Architecture in lint: no `export *`, no deep imports across packages, no focused tests,
// no stray console.log (DESIGN.md, style 12), and the client's layers importing one way only
// (docs/ARCHITECTURE.md, "The client's layers").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const packagePatterns = [
  {
    group: ['@kyoso/*/*'],
    message: 'Import a package by its name, never its files (@kyoso/shared/testing is for tests only).',
  },
  {
    group: ['**/shared/src/*', '**/server/src/*', '**/client/src/*'],
    message: 'Cross-package imports go through the package name.',
  },
];

/**
 * The client's layers, lowest first: each may import the ones before it, never the ones after.
 * `features` are the workshop's parts, history and exports; `board` is the page composing them.
 */
const RESTRICTED_SYNTAX = [
  { selector: 'ExportAllDeclaration', message: 'No `export *`: name what a module exports.' },
  {
    selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name='only']",
    message: 'No focused tests.',
  },
];

const CLIENT_LAYERS = [
  ['sync', ['sync']],
  ['bindings', ['bindings']],
  ['ui', ['ui']],
  ['canvas', ['canvas']],
  ['features', ['workshop', 'history', 'exports']],
  ['board', ['board']],
  ['app', ['landing']],
];

function clientLayerRules() {
  return CLIENT_LAYERS.slice(0, -1).map(([name, dirs], index) => {
    const above = CLIENT_LAYERS.slice(index + 1).flatMap(([, higher]) => higher);
    return {
      files: dirs.map((dir) => `client/src/${dir}/**/*.{ts,tsx}`),
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              ...packagePatterns,
              {
                regex: `^(\\.\\./)+(${above.join('|')}|App)(/|$)`,
                message: `The ${name} layer imports only layers below it (docs/ARCHITECTURE.md, "The client's layers").`,
              },
              ...(name === 'sync'
                ? [
                    {
                      regex: '^react(-dom|-konva)?$',
                      message: 'sync/ is plain TypeScript: React bindings live in bindings/.',
                    },
                  ]
                : []),
            ],
          },
        ],
      },
    };
  });
}

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'data/**',
      'test/.artifacts/**',
      'bench/.tmp/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        setImmediate: 'readonly',
        queueMicrotask: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        performance: 'readonly',
        window: 'readonly',
        document: 'readonly',
        navigator: 'readonly',
        localStorage: 'readonly',
        fetch: 'readonly',
        structuredClone: 'readonly',
        AbortController: 'readonly',
      },
    },
    rules: {
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', ...RESTRICTED_SYNTAX],
      'no-restricted-imports': ['error', { patterns: packagePatterns }],
    },
  },
  {
    // The page's colours come from the design tokens (CSS) or PALETTE (drawing code), never a
    // literal: one place to change a colour, and the two kept equal by client/src/ui/tokens.test.ts.
    files: ['client/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', 'client/src/sync/test-support.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...RESTRICTED_SYNTAX,
        {
          selector: 'Literal[value=/^#[0-9a-fA-F]{3,8}$/]',
          message: 'No raw colour: use a design token (ui/tokens.css) or PALETTE from @kyoso/shared.',
        },
      ],
    },
  },
  ...clientLayerRules(),
  {
    files: ['bench/**', 'test/**', '.ci/**', '**/*.test.ts', 'server/src/main.ts', 'server/src/log.ts'],
    rules: { 'no-console': 'off', 'no-restricted-imports': 'off' },
  },
);
