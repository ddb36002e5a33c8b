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

// What the renderer may not import (the browser sandbox; the API client only; the guarded form hook).
const rendererImports = {
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

// The files of the app's first load (#14: ≤ 250 KiB of JavaScript before any screen): MUI per
// component, not its index (which would bring every component any screen uses), and the shell's
// part of the Danish texts, not every domain's. Screens are loaded with their routes (lazyPage.tsx).
const firstLoadFiles = [
  'renderer/src/main.tsx',
  'renderer/src/App.tsx',
  'renderer/src/theme.ts',
  'renderer/src/shell/**/*.{ts,tsx}',
  'renderer/src/api/**/*.ts',
  'renderer/src/features/index.ts',
  'renderer/src/features/*/index.tsx',
  'renderer/src/features/start/**/*.tsx'
]

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
      'no-restricted-imports': ['error', rendererImports],
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
    files: firstLoadFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...rendererImports,
          paths: [
            ...rendererImports.paths,
            { name: '@mui/material', message: 'First-load file: import the component from @mui/material/<Component> (the index brings every component).' },
            { name: '@shared/texts/da', message: 'First-load file: import { da } from @shared/texts/da/shell (the index brings every domain’s texts).' }
          ]
        }
      ]
    }
  },
  {
    files: ['shared/**/*.ts', 'services/**/*.ts', 'server/**/*.ts', 'cli/**/*.ts', 'electron/**/*.ts'],
    ignores: [
      'shared/texts/da/**',
      // A landed migration never changes, and the pools it seeds are compared with it (verify).
      'services/db/migrations/**'
    ],
    rules: { 'no-restricted-syntax': ['error', ...danishLiterals] }
  },
  {
    files: ['scripts/**/*.{js,mjs,cjs}', 'bin/**/*.cjs', 'tests/support/**/*.cjs', '*.config.*'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly'
      }
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  }
)
