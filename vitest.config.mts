import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // DIALECT=postgres starts a throwaway PostgreSQL cluster for the integration tests
    globalSetup: ['tests/support/globalSetup.ts'],
    pool: 'forks',
    // Vitest's default on a 2-core machine is one worker; much of a test's time is spent waiting on
    // Chromium, the CLI or the PostgreSQL server, so two workers finish the suite a third sooner.
    maxWorkers: 2,
    // A test or a beforeAll that creates the demo: on PostgreSQL every statement is a round trip to
    // the server, which a loaded 2-core machine makes slow.
    testTimeout: process.env.DIALECT === 'postgres' ? 60_000 : 30_000,
    hookTimeout: process.env.DIALECT === 'postgres' ? 120_000 : 30_000
  }
})
