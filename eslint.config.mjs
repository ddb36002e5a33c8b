// Lint rules that keep the house in order (see ../shared/STYLE.md):
// - shared/ imports nothing from Node, Electron, the database or React;
// - the renderer never imports services, the server, the CLI or Electron;
// - services/, server/ and cli/ never import the renderer;
// - Danish text lives in shared/texts/da only: no JSX text in the renderer, and no string literal
//   with Danish letters or common Danish words anywhere in the TypeScript code outside
//   shared/texts/da (UI, CLI, server and error messages alike; tests excluded).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

// A string literal or template part that is Danish text: it has æ, ø or å, or a word Danish
// messages use and English never does.
const danishText = '/[æøåÆØÅ]|\\b(?:skal|ikke|findes|Feltet|være|eller|kunne|mangler|ugyldig|Linje|gemt|Angiv|kendes|uden|blev|denne|dette)\\b/'
const danishLiterals = [
  { selector: `Literal[value=${danishText}]`, message: 'Danish text belongs in shared/texts/da (one place per language).' },
  { selector: `TemplateElement[value.raw=${danishText}]`, message: 'Danish text belongs in shared/texts/da (one place per language).' }
]

const nodeOnly = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'electron', 'better-sqlite3', 'kysely', 'playwright-core', 'exceljs']

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'dist/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }]
    }
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeOnly, message: 'shared/ must stay free of Node, Electron and the database.' },
            { group: ['react', 'react-dom', '@mui/*'], message: 'shared/ must stay free of the UI.' },
            {
              group: ['**/services/**', '**/renderer/**', '**/server/**', '**/cli/**', '**/electron/**'],
              message: 'shared/ imports nothing from the layers above it.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeOnly, message: 'The renderer runs in the browser sandbox: no Node, Electron or database.' },
            {
              group: ['**/services/**', '**/server/**', '**/cli/**', '**/electron/**'],
              message: 'The renderer talks to the services through the API client only.'
            }
          ],
          paths: [
            {
              name: 'react-hook-form',
              importNames: ['useForm'],
              message: 'Use useGuardedForm from components/form: it asks before unsaved input is thrown away.'
            },
            {
              name: '@hookform/resolvers/zod',
              importNames: ['zodResolver'],
              message: 'Use zodResolver from components/form: it lets the form mark its required fields from the schema.'
            }
          ]
        }
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'JSXText[value=/[A-Za-zÆØÅæøå]/]', message: 'UI text belongs in shared/texts/da (one place per language).' },
        ...danishLiterals
      ]
    }
  },
  {
    files: ['services/**/*.ts', 'server/**/*.ts', 'cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: 'services/, server/ and cli/ run in Node: they never import the renderer.' }] }
      ]
    }
  },
  {
    files: ['shared/**/*.ts', 'services/**/*.ts', 'server/**/*.ts', 'cli/**/*.ts', 'electron/**/*.ts'],
    ignores: [
      'shared/texts/da/**',
      // A landed migration never changes, and the pools it seeds are compared with it (verify).
      'services/db/migrations/**',
      // Still to move into shared/texts/da, by the work that owns these files now (the worker-thread
      // service host, and the team database's verify being merged into services/audit/verify.ts).
      'server/openWindow.ts',
      'server/serviceHost/pool.ts',
      'server/serviceHost/threads.ts',
      'server/serviceHost/worker.ts',
      'services/audit/verifyTeam.ts'
    ],
    rules: { 'no-restricted-syntax': ['error', ...danishLiterals] }
  },
  {
    files: ['scripts/**/*.{js,mjs}', 'bin/**/*.cjs', '*.config.*'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        Buffer: 'readonly'
      }
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  }
)
