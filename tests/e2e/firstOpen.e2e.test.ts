import { afterEach, describe, expect, inject, it } from 'vitest'
import { openApp, type BrowserSession } from './browser'

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
})
