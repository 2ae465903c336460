import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import { rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin } from 'vite'

/** `VITE_KF_DEMO=off`: a build without the demo carries no MSW service worker either. */
function withoutDemoServiceWorker(): Plugin {
  let outDir = 'dist'
  return {
    name: 'kf-without-demo-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    closeBundle() {
      if (process.env.VITE_KF_DEMO === 'off') {
        rmSync(join(outDir, 'mockServiceWorker.js'), { force: true })
      }
    },
  }
}

// `base: './'` + hash history: the built dist/ works from any static host and any sub-path.
export default defineConfig({
  base: './',
  plugins: [vue(), withoutDemoServiceWorker()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  worker: { format: 'es' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          environment: 'node',
          testTimeout: 20000,
        },
      },
      {
        // Real Chromium against the built dist/, served under a sub-path.
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 120000,
          hookTimeout: 180000,
        },
      },
    ],
  },
})
