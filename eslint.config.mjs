// Lint rules that keep the house in order (see ../shared/STYLE.md):
// - shared/ imports nothing from Node, Electron, the database or React;
// - the renderer never imports services, the server, the CLI or Electron;
// - UI text in the renderer comes from shared/texts/da, never from JSX literals.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

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
        { selector: 'JSXText[value=/[A-Za-zÆØÅæøå]/]', message: 'UI text belongs in shared/texts/da (one place per language).' }
      ]
    }
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
