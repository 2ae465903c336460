import { afterEach, describe, expect, inject, it } from 'vitest'
import { openApp, type BrowserSession } from './browser'
import { storedMeta } from './pageFigures'

let session: BrowserSession | null = null
afterEach(async () => {
  await session?.close()
  session = null
})

describe('the built dist/ served under a sub-path, in real Chromium', () => {
  it('opens from a sub-path with no rewrite rules, and no request leaves the page origin', async () => {
    session = await openApp(inject('appUrl'))
    const { page } = session
    await expect.poll(() => page.title()).toBe('客服统计')
    await expect.poll(() => page.locator('body').innerText()).toContain('客服统计')
    expect(session.foreignRequests).toEqual([])
  })

  it('opens on 实时看板, whose cards fill from the demo and its live feed within seconds', async () => {
    session = await openApp(inject('appUrl'))
    const { page } = session
    await expect.poll(() => page.url(), { timeout: 30000 }).toContain('#/realtime')
    // Any hour may be quiet (just after midnight nothing has happened yet): the cards carry a
    // value once the board answered for the demo and the feed's first pull.
    await expect
      .poll(() => page.locator('[data-board]').getAttribute('data-as-of'), { timeout: 60000 })
      .toMatch(/^\d{4}-\d{2}-\d{2}T/)
    await expect
      .poll(() => page.locator('[data-metric="queue"]').getAttribute('data-value'), {
        timeout: 60000,
      })
      .toMatch(/^\d+$/)
    await expect
      .poll(() => page.locator('[data-feed-status]').getAttribute('data-feed-state'), {
        timeout: 60000,
      })
      .toBe('正常')
    expect(session.foreignRequests).toEqual([])
  })

  it('loads the demo dataset by itself on first open, and 数据总览 shows its figures', async () => {
    session = await openApp(inject('appUrl'), '#/overview')
    const { page } = session
    await expect
      .poll(async () => (await storedMeta(page))?.isDemo ?? false, { timeout: 60000 })
      .toBe(true)
    await expect
      .poll(
        async () =>
          Number(await page.locator('[data-metric="sessions"]').getAttribute('data-value')),
        {
          timeout: 30000,
        },
      )
      .toBeGreaterThan(100)
    expect(session.foreignRequests).toEqual([])
  })

  it('a worker that cannot start (its script gone after an update) says so with 刷新页面, instead of waiting forever', async () => {
    session = await openApp(inject('appUrl'), '#/overview', (context) =>
      context.route(/analytics\.worker-[^/]*\.js$/, (route) =>
        route.fulfill({ status: 404, body: 'not found' }),
      ),
    )
    const alert = session.page.locator('[data-worker-failure]')
    await expect.poll(() => alert.innerText(), { timeout: 30000 }).toContain('计算进程意外停止')
    expect(await alert.innerText()).toContain('刷新页面')
  })
})
