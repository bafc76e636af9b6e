import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'
import { defineConfig } from 'vitest/config'
import { validateBundledDataset } from './scripts/vite/bundled-dataset-plugin'
import { contentSecurityPolicy } from './scripts/vite/content-security-policy-plugin'
import { firstViewChunks } from './scripts/vite/first-view-chunks'
import { preloadFirstView } from './scripts/vite/preload-first-view-plugin'

/** In CI (.ci/run) each test run also writes a JSON report, summed into "N passed, N failed". */
export function testReporters(name: string) {
  const reportDir = process.env.CT_TEST_REPORT_DIR
  return reportDir
    ? { reporters: ['default', 'json'], outputFile: { json: `${reportDir}/${name}.json` } }
    : {}
}

export default defineConfig({
  // Relative asset paths, so the built app works from any folder of a static host (see README).
  base: process.env.BASE_PATH ?? './',
  plugins: [
    react(),
    tailwindcss(),
    validateBundledDataset(),
    preloadFirstView(),
    contentSecurityPolicy(),
    // Offline after one visit (README, "Offline"): every built file precached by a service worker, registered
    // by the app once its first view is drawn (src/load/offline-cache.ts). A new version waits until every tab
    // of the old one is closed, so a page never mixes old and new files.
    VitePWA({
      injectRegister: null,
      registerType: 'prompt',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{html,js,css,json,svg,png}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // ES module workers may split: the loading worker fetches the importers only for a file in another format.
  worker: { format: 'es' },
  build: {
    // dist/.vite/manifest.json: which chunk imports which, for the size budget (scripts/bench/bundle-size.ts).
    manifest: true,
    // vis-timeline alone is 590 kB before compression; the budgets that count, gzipped and per first load,
    // are checked by tests/e2e/bundle-size.test.ts.
    chunkSizeWarningLimit: 650,
    rollupOptions: {
      output: {
        manualChunks: firstViewChunks(),
      },
    },
  },
  test: {
    ...testReporters('unit-and-component'),
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
})
