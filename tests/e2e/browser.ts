// Debian's Chromium driven by playwright-core; every request that leaves the page's origin is
// recorded, so a test can assert that nothing leaves the machine.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface BrowserSession {
  browser: Browser
  context: BrowserContext
  page: Page
  /** Requests to any other origin than the app's (data: and blob: URLs are local). */
  foreignRequests: string[]
  close(): Promise<void>
}

/** `prepare` runs on the new context before the page opens (routes, for instance). */
export async function openApp(
  appUrl: string,
  path = '',
  prepare?: (context: BrowserContext) => Promise<unknown>,
): Promise<BrowserSession> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  })
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'America/New_York' })
  const origin = new URL(appUrl).origin
  const foreignRequests: string[] = []
  context.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      foreignRequests.push(url)
    }
  })
  await prepare?.(context)
  const page = await context.newPage()
  await page.goto(appUrl + path)
  return {
    browser,
    context,
    page,
    foreignRequests,
    close: () => browser.close(),
  }
}

/** Drops files on the page as a user would: a synthetic drop with a DataTransfer. */
export async function dropFiles(
  page: Page,
  files: { name: string; content: string | number[] }[],
): Promise<void> {
  await page.evaluate((list) => {
    const transfer = new DataTransfer()
    for (const { name, content } of list) {
      const body = typeof content === 'string' ? content : new Uint8Array(content)
      transfer.items.add(new File([body], name))
    }
    const target = document.body
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(
        new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }),
      )
    }
  }, files)
}

/**
 * 数据管理 › 实时数据源 › 关闭, as a user would: for tests that compare what is stored before and
 * after, which the demo's live feed would otherwise add to. Waits until the feed says 已暂停.
 */
export async function switchFeedOff(page: Page, appUrl: string): Promise<void> {
  await page.goto(`${appUrl}#/data`)
  await page.locator('[data-field="feed-source"]').getByText('关闭').click({ timeout: 60000 })
  await page.locator('[data-action="save-feed"]').click()
  await page
    .locator('[data-panel="feed-settings"] [data-feed-state="已暂停"]')
    .waitFor({ timeout: 30000 })
}
