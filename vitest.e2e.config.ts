import { defineConfig } from 'vitest/config'
import { testReporters } from './vite.config.ts'

/** Browser tests: the built app (npm run build) in Debian's Chromium, driven by playwright-core. */
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 45_000,
    // The machine runs two browsers at once: give the page time before an assertion gives up.
    expect: { poll: { timeout: 10_000, interval: 100 } },
    hookTimeout: 60_000,
    maxWorkers: 2,
    ...testReporters('browser'),
  },
})
