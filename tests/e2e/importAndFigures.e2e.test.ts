// Issue «The app»: import through the page, then every figure of 数据总览 and 员工统计 equals the
// report for the same file, range and moment; drill-downs list exactly the sessions counted.
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import { ALL_OVERVIEW_CARDS } from '../../src/domain/figures/figureCatalog'
import type { Report } from '../../src/domain/report/reportTypes'
import { openApp, dropFiles, type BrowserSession } from './browser'
import { generatedNdjson, reportOf } from './fixtures'
import {
  CARD_DENOMINATORS,
  figuresIn,
  ROW_DENOMINATORS,
  staffRowsIn,
  storedMeta,
  type RawFigure,
} from './pageFigures'

const FROM = '2026-11-18'
const TO = '2026-11-20'
const AT = '2026-11-20T23:59:59'
const VIEW = `from=${FROM}&to=${TO}&at=${AT}`

let ndjson = ''
let report: Report
beforeAll(async () => {
  ndjson = generatedNdjson({ seed: 5, endDate: TO, days: 3, targetEvents: 1500 })
  report = await reportOf('week.ndjson', ndjson, { from: FROM, to: TO, at: AT })
  expect(report.overview.sessions).toBeGreaterThan(50)
})

let session: BrowserSession | null = null
afterEach(async () => {
  if (session) expect(session.foreignRequests, 'no request may leave the page origin').toEqual([])
  await session?.close()
  session = null
})

async function importThroughPage(
  s: BrowserSession,
  how: 'drop' | 'pick',
  files: { name: string; content: string }[],
): Promise<void> {
  const { page } = s
  await expect
    .poll(async () => (await storedMeta(page))?.isDemo ?? false, { timeout: 60000 })
    .toBe(true)
  if (how === 'drop') await dropFiles(page, files)
  else {
    await page.locator('[data-testid="import-picker"]').setInputFiles(
      files.map((f) => ({
        name: f.name,
        mimeType: 'application/octet-stream',
        buffer: Buffer.from(f.content),
      })),
    )
  }
  await page.getByRole('button', { name: '确认导入' }).click({ timeout: 60000 })
  await expect
    .poll(async () => (await storedMeta(page))?.isDemo, { timeout: 60000 })
    // The import replaced the demo (a live pull also moves the version; it never clears isDemo).
    .toBe(false)
}

function expectFigures(
  page: Record<string, RawFigure>,
  expected: Record<string, unknown>,
  denominators: Record<string, string>,
): void {
  for (const [key, figure] of Object.entries(page)) {
    if (figure.value !== undefined) expect(figure.value, key).toBe(expected[key])
    else {
      expect(figure.num, `${key} (numerator)`).toBe(expected[key])
      expect(figure.den, `${key} (denominator)`).toBe(expected[denominators[key]!])
    }
  }
}

describe('import, then 数据总览 and 员工统计 equal `npm run report`', () => {
  it('drops a file anywhere on the page, confirms, and every figure equals the report', async () => {
    session = await openApp(inject('appUrl'))
    await importThroughPage(session, 'drop', [{ name: 'week.ndjson', content: ndjson }])
    const { page } = session

    await page.goto(`${inject('appUrl')}#/overview?${VIEW}`)
    await expect
      .poll(async () => Object.keys(await figuresIn(page)).length, { timeout: 30000 })
      .toBe(ALL_OVERVIEW_CARDS.length)
    expectFigures(
      await figuresIn(page),
      report.overview as unknown as Record<string, unknown>,
      CARD_DENOMINATORS,
    )

    await page.goto(`${inject('appUrl')}#/staff?${VIEW}`)
    await expect
      .poll(async () => Object.keys(await staffRowsIn(page)).sort(), { timeout: 30000 })
      .toEqual(report.staff.map((row) => row.servicer_userid).sort())
    const rows = await staffRowsIn(page)
    for (const expected of report.staff) {
      const figures = rows[expected.servicer_userid]!
      expect(Object.keys(figures).length, expected.servicer_userid).toBeGreaterThanOrEqual(12)
      expectFigures(figures, expected as unknown as Record<string, unknown>, ROW_DENOMINATORS)
    }

    // Reloading keeps the data: the same figures come back from IndexedDB.
    await page.goto(`${inject('appUrl')}#/overview?${VIEW}`)
    await page.reload()
    await expect
      .poll(async () => (await figuresIn(page)).sessions?.value, { timeout: 30000 })
      .toBe(report.overview.sessions)
    expectFigures(
      await figuresIn(page),
      report.overview as unknown as Record<string, unknown>,
      CARD_DENOMINATORS,
    )
  })
})
