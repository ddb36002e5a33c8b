import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

// `npm run test:stress` (issue #13): SIGKILL loops against the built CLI and fast-check fuzzing of the
// API boundary. Slow by design, so outside `npm test`; .ci/run runs it after the main test command.
export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  test: {
    include: ['tests/stress/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // One file at a time: the machine has two cores, and each loop spawns processes of its own.
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 120_000
  }
})
