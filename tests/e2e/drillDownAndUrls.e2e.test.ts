// Issue «The app»: drill-downs and 「接待记录」 open exactly the sessions counted; a copied URL
// reproduces the view; the XLSX export holds the table's rows; a file picked with the chooser
// imports like a dropped one.
import * as XLSX from '@e965/xlsx'
import { readFileSync } from 'node:fs'
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import { sessionKey } from '../../src/domain/replay/replayEvents'
import type { Report, SessionRow } from '../../src/domain/report/reportTypes'
import { openApp, type BrowserSession } from './browser'
import { generatedNdjson, reportOf } from './fixtures'
import { figuresIn, listedSessionKeys, staffRowsIn, storedMeta } from './pageFigures'

const DAY = '2026-11-20'
const AT = '2026-11-20T23:59:59'
const VIEW = `from=${DAY}&to=${DAY}&at=${AT}`

let ndjson = ''
let report: Report
beforeAll(async () => {
  ndjson = generatedNdjson({ seed: 9, endDate: DAY, days: 1, targetEvents: 600 })
  report = await reportOf('day.ndjson', ndjson, { from: DAY, to: DAY, at: AT })
  expect(report.sessions.length).toBeGreaterThan(15)
})

let session: BrowserSession | null = null
afterEach(async () => {
  if (session) expect(session.foreignRequests, 'no request may leave the page origin').toEqual([])
  await session?.close()
  session = null
})

/** The keys the app gives the report's session rows (start, order within that second, pair). */
function keysOf(rows: SessionRow[]): string[] {
  const seen = new Map<string, number>()
  return rows.map((row) => {
    const start = Date.parse(row.start) / 1000
    const pair = `${start}|${row.open_kfid}|${row.external_userid}`
    const ordinal = seen.get(pair) ?? 0
    seen.set(pair, ordinal + 1)
    return sessionKey(start, ordinal, row.open_kfid, row.external_userid)
  })
}

async function openWithPickedFile(): Promise<BrowserSession> {
  const s = await openApp(inject('appUrl'))
  await expect
    .poll(async () => (await storedMeta(s.page))?.isDemo ?? false, { timeout: 60000 })
    .toBe(true)
  await s.page.locator('[data-testid="import-picker"]').setInputFiles({
    name: 'day.ndjson',
    mimeType: 'application/x-ndjson',
    buffer: Buffer.from(ndjson),
  })
  await s.page.getByRole('button', { name: '确认导入' }).click({ timeout: 60000 })
  await expect
    .poll(async () => (await storedMeta(s.page))?.isDemo, { timeout: 60000 })
    // The import replaced the demo (a live pull also moves the version; it never clears isDemo).
    .toBe(false)
  return s
}

describe('drill-downs, 接待记录, shared URLs and exports', () => {
  it('a card opens 会话记录 with exactly the sessions its figure counts', async () => {
    session = await openWithPickedFile()
    const { page } = session
    const cases: [string, SessionRow[]][] = [
      ['sessions', report.sessions],
      ['human_sessions', report.sessions.filter((s) => s.servicers.length > 0)],
      ['first_response_seconds', report.sessions.filter((s) => s.first_response_seconds !== null)],
    ]
    for (const [metric, expected] of cases) {
      await page.goto(`${inject('appUrl')}#/overview?${VIEW}`)
      await page.locator(`[data-metric="${metric}"]`).click({ timeout: 30000 })
      await expect.poll(() => page.url(), { timeout: 30000 }).toContain('metric=')
      await expect
        .poll(() => page.locator('[data-testid="drill-banner"]').innerText(), { timeout: 30000 })
        .toContain(`共 ${expected.length.toLocaleString('zh-CN')} 个`)
      expect((await listedSessionKeys(page)).sort(), metric).toEqual(keysOf(expected).sort())
    }
  })

  it("「接待记录」 opens the servicer's sessions of the range, exactly those of the report", async () => {
    session = await openWithPickedFile()
    const { page } = session
    const busiest = [...report.staff].sort((a, b) => b.human_segments - a.human_segments)[0]!
    const expected = await reportOf('day.ndjson', ndjson, {
      from: DAY,
      to: DAY,
      at: AT,
      servicer: busiest.servicer_userid,
    })
    await page.goto(`${inject('appUrl')}#/staff?${VIEW}`)
    await page
      .locator(`[data-servicer="${busiest.servicer_userid}"]`)
      .getByText('接待记录')
      .click({ timeout: 30000 })
    await expect
      .poll(() => page.url(), { timeout: 30000 })
      .toContain(`servicer=${busiest.servicer_userid}`)
    await expect
      .poll(async () => (await listedSessionKeys(page)).length, { timeout: 30000 })
      .toBe(expected.sessions.length)
    expect((await listedSessionKeys(page)).sort()).toEqual(keysOf(expected.sessions).sort())
  })

  it('a copied URL reproduces the view in a new tab, equal to the report with the same filters', async () => {
    session = await openWithPickedFile()
    const account = report.sessions[0]!.open_kfid
    const url = `${inject('appUrl')}#/overview?${VIEW}&account=${encodeURIComponent(account)}`
    const filtered = await reportOf('day.ndjson', ndjson, { from: DAY, to: DAY, at: AT, account })
    await session.page.goto(url)
    await expect
      .poll(async () => (await figuresIn(session!.page)).sessions?.value, { timeout: 30000 })
      .toBe(filtered.overview.sessions)
    const other = await session.context.newPage()
    await other.goto(url)
    await expect
      .poll(async () => (await figuresIn(other)).sessions?.value, { timeout: 60000 })
      .toBe(filtered.overview.sessions)
    expect(await figuresIn(other)).toEqual(await figuresIn(session.page))
    expect(other.url()).toBe(url)
  })

  it("the exported XLSX of 员工统计 holds the table's rows", async () => {
    session = await openWithPickedFile()
    const { page } = session
    await page.goto(`${inject('appUrl')}#/staff?${VIEW}`)
    await expect
      .poll(async () => Object.keys(await staffRowsIn(page)).length, { timeout: 30000 })
      .toBe(report.staff.length)
    await page.getByRole('button', { name: '导出列表' }).click()
    const download = page.waitForEvent('download', { timeout: 30000 })
    await page.getByRole('menuitem', { name: '导出为 Excel(.xlsx)' }).click({ timeout: 30000 })
    const path = await (await download).path()
    const book = XLSX.read(readFileSync(path), { type: 'buffer' })
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]!]!, {
      header: 1,
    })
    const text = JSON.stringify(rows)
    expect(String(rows[0]![0])).toContain('员工统计')
    expect(text).toContain('接待人员')
    // A title row, a header row, then one row per servicer.
    expect(rows.filter((row) => row.length > 0).length).toBe(report.staff.length + 2)
  })
})
