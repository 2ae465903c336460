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

  it('loads the demo dataset by itself on first open, and 数据总览 shows its figures', async () => {
    session = await openApp(inject('appUrl'))
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
})
