// npm run bench (browser part) — headless Debian Chromium against the built app:
// a 1,000,000-event NDJSON import from the file picker to committed, then a filter change on
// 数据总览 to new figures, then live-feed pulls of 5,000 new events each into the stored data
// (feedPullBench.ts). A benchmark, not a test.
import { execFileSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS } from '../e2e/browser'
import { storedMeta } from '../e2e/pageFigures'
import { serveStatic } from '../e2e/staticServer'
import { benchFeedPulls, createBenchFeed, setFeedSource } from './feedPullBench'

const ROOT = resolve(import.meta.dirname, '../..')
const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000)
const FILE = join(ROOT, 'bench-data', `events-${EVENTS}.ndjson`)
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`

async function main(): Promise<void> {
  if (!existsSync(FILE)) throw new Error(`缺少 ${FILE}:请先运行 npm run bench(引擎部分会生成它)`)
  if (!existsSync('/usr/bin/chromium'))
    throw new Error('缺少 /usr/bin/chromium:bash tests/e2e/install-chromium.sh')
  // A build of its own (bench-data/ is ignored): dist/ is shared with whoever runs the e2e tests.
  const dist = join(ROOT, 'bench-data', 'dist')
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', dist, '--emptyOutDir'], {
    cwd: ROOT,
    stdio: 'inherit',
  })
  // The generator's seed and days of the bench data (engineBench.ts).
  const feed = await createBenchFeed(FILE, 7, Math.round(EVENTS / 30))
  const { server, url } = await serveStatic(dist, feed.handler)
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  })
  try {
    const page = await browser.newPage()
    await page.goto(`${url}#/overview`)
    await page.waitForSelector('[data-metric="sessions"][data-value]', { timeout: 120000 })
    // The first open loads the demo and its live feed (演示数据) adds today's events every
    // minute: a pull landing during the preview would make the commit stale. Off while importing.
    await setFeedSource(page, url, null)
    const before = (await storedMeta(page))!.version

    const started = Date.now()
    await page.locator('[data-testid="import-picker"]').setInputFiles(FILE)
    const confirm = page.getByRole('button', { name: '确认导入' })
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('button')].some(
          (b) => b.textContent?.includes('确认导入') && !b.disabled,
        ),
      null,
      { timeout: 600000, polling: 100 },
    )
    const previewed = Date.now()
    await confirm.click()
    for (;;) {
      const meta = await storedMeta(page)
      if (meta !== null && meta.version > before && !meta.isDemo) break
      const failed = await page.evaluate(
        () => document.querySelector('.import-dialog')?.textContent?.match(/导入失败:[^。]*/)?.[0],
      )
      if (failed) throw new Error(failed)
      await new Promise((r) => setTimeout(r, 100))
    }
    const committed = Date.now()

    // A filter change: the worker keeps its replay; only the figures are computed again.
    await page.goto(`${url}#/overview?range=all`)
    await page.waitForSelector('[data-metric="sessions"][data-value]', { timeout: 120000 })
    const groups = await page.evaluate(async () => {
      const request = indexedDB.open('kf-stats')
      const db: IDBDatabase = await new Promise(
        (ok) => (request.onsuccess = () => ok(request.result)),
      )
      const row = await new Promise<{ records: { value: { group_id: string } }[] }>((ok) => {
        const get = db.transaction('directory').objectStore('directory').get('group')
        get.onsuccess = () => ok(get.result)
      })
      db.close()
      return row.records.map((record) => record.value.group_id)
    })
    const group = groups[0]!
    // In-page timing from the hash change to the new figures on screen. Given as text: the
    // TypeScript loader wraps named functions in a helper that the page does not have.
    const timeHash = async (target: string): Promise<number> => {
      const hash = JSON.stringify(target)
      return (await page.evaluate(`(async () => {
        const start = performance.now()
        location.hash = ${hash}
        await new Promise((done) => {
          function check() {
            const shown = document.querySelector('[data-metric="sessions"][data-value]')
            if (location.hash === ${hash} && shown) done()
            else requestAnimationFrame(check)
          }
          requestAnimationFrame(() => requestAnimationFrame(check))
        })
        return performance.now() - start
      })()`)) as number
    }
    // The first filter change after the import runs the group path cold (JIT, GC); later ones
    // are what a user sees from then on.
    const filterMs = await timeHash(`#/overview?range=all&group=${encodeURIComponent(group)}`)
    await timeHash('#/overview?range=all')
    const other = groups[1] ?? group
    const againMs = await timeHash(`#/overview?range=all&group=${encodeURIComponent(other)}`)

    console.log(
      `浏览器(Chromium)导入 ${EVENTS.toLocaleString('en-US')} 条事件(${Math.round(statSync(FILE).size / 1048576)} MB):`,
    )
    console.log(`  读取 + 校验 + 预览:   ${seconds(previewed - started)}`)
    console.log(`  确认导入到写入完成: ${seconds(committed - previewed)}`)
    console.log(`  导入总计:             ${seconds(committed - started)}`)
    console.log(`筛选变更(接待组 ${group},导入后第一次)到新数字: ${Math.round(filterMs)} ms`)
    console.log(`再次筛选变更(接待组 ${other})到新数字: ${Math.round(againMs)} ms`)

    await benchFeedPulls(page, url, feed, EVENTS)
  } finally {
    await browser.close()
    server.close()
  }
}

await main()
