// Issue «The app»: 查看会话 shows the whole conversation in order, system lines included, every
// time in the dataset's zone, and message contents as text, never as HTML.
import { afterEach, describe, expect, inject, it } from 'vitest'
import { sessionKey } from '../../src/domain/replay/replayEvents'
import { dropFiles, openApp, type BrowserSession } from './browser'
import { storedMeta } from './pageFigures'
import { ev, T10 } from '../fixtureEvents'

let session: BrowserSession | null = null
afterEach(async () => {
  if (session) expect(session.foreignRequests).toEqual([])
  await session?.close()
  session = null
})

// The browser runs in America/New_York, the dataset in Shanghai.
const dataset = {
  format: 'kf-dataset',
  version: 1,
  timezone: 'Asia/Shanghai',
  accounts: [{ open_kfid: 'kf1', name: '旗舰店' }],
  servicers: [
    { userid: 'alice', name: '王丽' },
    { userid: 'bob', name: '李博' },
  ],
  customers: [{ external_userid: 'c1', nickname: '小明' }],
  events: [
    ev('e1', 0, { type: 'enter_session' }),
    ev('e2', 5, {
      type: 'message',
      origin: 'customer',
      msgtype: 'text',
      content: '<img src=x onerror="window.pwned=1"><b>在吗</b>',
    }),
    ev('e3', 20, { type: 'state', state: 3, servicer_userid: 'alice' }),
    ev('e4', 50, {
      type: 'message',
      origin: 'servicer',
      servicer_userid: 'alice',
      content: '在的',
    }),
    ev('e5', 70, { type: 'state', state: 3, servicer_userid: 'bob' }),
    ev('e6', 90, { type: 'state', state: 4 }),
    ev('e7', 91, { type: 'survey_sent', servicer_userid: 'bob' }),
    ev('e8', 100, { type: 'survey_reply', rating: 'satisfied' }),
  ],
}

describe('查看会话', () => {
  it('shows the conversation in order with system lines, times in the dataset zone, contents as text', async () => {
    session = await openApp(inject('appUrl'))
    const { page } = session
    await expect
      .poll(async () => (await storedMeta(page))?.isDemo ?? false, { timeout: 60000 })
      .toBe(true)
    await dropFiles(page, [{ name: 'talk.json', content: JSON.stringify(dataset) }])
    await page.getByRole('button', { name: '确认导入' }).click({ timeout: 60000 })
    await expect
      .poll(async () => (await storedMeta(page))?.isDemo, { timeout: 60000 })
      // The import replaced the demo (a live pull also moves the version; it never clears isDemo).
      .toBe(false)

    const key = sessionKey(T10, 0, 'kf1', 'c1')
    await page.goto(`${inject('appUrl')}#/sessions?range=all&session=${encodeURIComponent(key)}`)
    const drawer = page.locator('.el-drawer')
    await expect.poll(() => drawer.innerText(), { timeout: 30000 }).toContain('在的')
    const text = await drawer.innerText()
    const order = [
      '进入会话',
      '<img src=x onerror="window.pwned=1"><b>在吗</b>',
      '王丽 接入会话',
      '在的',
      '转接:王丽 → 李博',
      '会话结束',
      '已发送满意度评价',
      '客户评价:满意',
    ]
    let from = 0
    for (const line of order) {
      const at = text.indexOf(line, from)
      expect(at, `「${line}」 in order`).toBeGreaterThanOrEqual(0)
      from = at + line.length
    }
    expect(text).toContain('2026-11-20 10:00:05')
    expect(await drawer.locator('img, b').count()).toBe(0)
    expect(
      await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
    ).toBeUndefined()
  })

  it("the browser's Back closes a conversation opened from the list, and stays on 会话记录", async () => {
    session = await openApp(inject('appUrl'))
    const { page } = session
    await expect
      .poll(async () => (await storedMeta(page))?.isDemo ?? false, { timeout: 60000 })
      .toBe(true)
    await page.goto(`${inject('appUrl')}#/sessions?range=7d`)
    await page.getByRole('button', { name: '查看会话' }).first().click({ timeout: 60000 })
    const listUrl = `${inject('appUrl')}#/sessions?range=7d`
    const drawer = page.locator('.el-drawer')
    await expect.poll(() => drawer.isVisible(), { timeout: 30000 }).toBe(true)
    expect(page.url()).toContain('session=')
    await page.goBack()
    await expect.poll(() => drawer.isVisible(), { timeout: 30000 }).toBe(false)
    expect(page.url()).toBe(listUrl)
    // Opened again and closed with its button: the URL loses the session as well.
    await page.getByRole('button', { name: '查看会话' }).first().click()
    await expect.poll(() => drawer.isVisible(), { timeout: 30000 }).toBe(true)
    await drawer.locator('.el-drawer__close-btn').click()
    await expect.poll(() => drawer.isVisible(), { timeout: 30000 }).toBe(false)
    expect(page.url()).toBe(listUrl)
  })
})
