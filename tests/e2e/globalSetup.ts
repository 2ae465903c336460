// Builds the app once, serves dist/ under a sub-path, and hands the URL to the browser tests.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { serveStatic } from './staticServer'

const ROOT = resolve(import.meta.dirname, '../..')

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync('/usr/bin/chromium')) {
    throw new Error('浏览器测试需要 /usr/bin/chromium:请运行 bash tests/e2e/install-chromium.sh')
  }
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' })
  const { server, url } = await serveStatic(resolve(ROOT, 'dist'))
  project.provide('appUrl', url)
  return () => new Promise((done) => server.close(() => done()))
}
