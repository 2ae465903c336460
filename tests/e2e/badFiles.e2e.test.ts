// Issue «The app»: a truncated file, a binary file, a file of another format and a file with
// invalid rows each get a clear Chinese message, and nothing already stored changes.
import { afterEach, describe, expect, inject, it } from 'vitest'
import { dropFiles, openApp, switchFeedOff, type BrowserSession } from './browser'
import { storedMeta } from './pageFigures'

let session: BrowserSession | null = null
afterEach(async () => {
  if (session) expect(session.foreignRequests).toEqual([])
  await session?.close()
  session = null
})

const META = '{"record":"meta","format":"kf-dataset","version":1,"timezone":"Asia/Shanghai"}'
const event = (id: string, time: unknown) =>
  JSON.stringify({
    record: 'event',
    id,
    type: 'enter_session',
    time,
    open_kfid: 'kf1',
    external_userid: 'c1',
  })

describe('bad files', () => {
  it.each([
    [
      'truncated.json',
      '{"format":"kf-dataset","version":1,"events":[{"id":"e1","type":"enter_sess',
      '截断',
    ],
    [
      'photo.ndjson',
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0xff, 0xfe],
      '不是文本',
    ],
    ['notes.txt', '这是一份会议纪要,不是数据文件', '格式'],
    ['other.json', '{"name":"不是 kf-dataset"}', 'kf-dataset'],
  ])(
    'refuses %s whole with a Chinese reason, and what is stored stays as it was',
    async (name, content, reason) => {
      session = await openApp(inject('appUrl'))
      const { page } = session
      await expect
        .poll(async () => (await storedMeta(page))?.isDemo ?? false, { timeout: 60000 })
        .toBe(true)
      await switchFeedOff(page, inject('appUrl'))
      const before = await storedMeta(page)
      await dropFiles(page, [{ name, content }])
      const dialog = page.locator('.import-dialog')
      await expect.poll(() => dialog.innerText(), { timeout: 30000 }).toContain(reason)
      expect(await dialog.innerText()).toMatch(/拒绝|无法|不是/)
      const confirm = page.getByRole('button', { name: '确认导入' })
      if (await confirm.count()) expect(await confirm.isDisabled()).toBe(true)
      await dialog
        .getByRole('button', { name: /取消|关闭/ })
        .first()
        .click()
      expect(await storedMeta(page)).toEqual(before)
    },
  )

  it('lists every invalid row with its place and reason, and imports the valid ones', async () => {
    session = await openApp(inject('appUrl'))
    const { page } = session
    await expect
      .poll(async () => (await storedMeta(page))?.isDemo ?? false, { timeout: 60000 })
      .toBe(true)
    const content = [
      META,
      event('ok1', 1795140000),
      event('bad1', '2026-11-20 10:00'),
      'not json',
      event('ok2', 1795140060),
    ].join('\n')
    await dropFiles(page, [{ name: 'rows.ndjson', content }])
    const dialog = page.locator('.import-dialog')
    await expect.poll(() => dialog.innerText(), { timeout: 30000 }).toContain('第 3 行')
    const text = await dialog.innerText()
    expect(text).toContain('第 4 行')
    expect(text).toContain('不是有效的 JSON')
    expect(text).toMatch(/time/)
    await page.getByRole('button', { name: '确认导入' }).click()
    await expect
      .poll(async () => (await storedMeta(page))?.isDemo, { timeout: 30000 })
      // The import replaced the demo (a live pull also moves the version; it never clears isDemo).
      .toBe(false)
    await page.goto(`${inject('appUrl')}#/data`)
    await expect
      .poll(() => page.locator('body').innerText(), { timeout: 30000 })
      .toContain('rows.ndjson')
  })
})
