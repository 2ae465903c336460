// The demo dataset generator (mocks/demoDataset): determinism, order, validity by the rules of
// shared/spec/data-format.md (checked here directly, not through the engine), coherence (the
// demo should import without warnings), realism, and the writers.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as XLSX from '@e965/xlsx'
import { afterAll, describe, expect, it } from 'vitest'
import { generateDataset } from '../../mocks/demoDataset/generateDataset'
import type { DemoDataset, DemoEvent, GenerateOptions } from '../../mocks/demoDataset/types'
import { formatDay, parseDay, ZoneClock } from '../../src/domain/time/zoneClock'
import {
  ndjsonLines,
  workbookOf,
  writeJson,
  writeNdjson,
  writeXlsx,
} from '../../mocks/demoDataset/writeDataset'

const BASE: GenerateOptions = { seed: 7, endDate: '2026-11-23', days: 7, targetEvents: 6000 }

const cache = new Map<string, { dataset: DemoDataset; events: DemoEvent[] }>()
function generated(options: GenerateOptions): { dataset: DemoDataset; events: DemoEvent[] } {
  const key = JSON.stringify(options)
  let hit = cache.get(key)
  if (!hit) {
    const dataset = generateDataset(options)
    hit = { dataset, events: [...dataset.events()] }
    cache.set(key, hit)
  }
  return hit
}

const tmp = mkdtempSync(join(tmpdir(), 'demo-dataset-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const TYPES = [
  'enter_session',
  'message',
  'state',
  'servicer_status',
  'survey_sent',
  'survey_reply',
  'upgrade_invite',
  'upgrade_success',
]
const HAN = /[\u4e00-\u9fff]/

const isText = (v: unknown): v is string => typeof v === 'string' && v !== ''

/** The reasons an event would be invalid under data-format.md (plus the demo's content rule). */
function problems(event: DemoEvent): string[] {
  const e = event as unknown as Record<string, unknown>
  const out: string[] = []
  if (!isText(e.id)) out.push('id')
  if (!TYPES.includes(e.type as string)) out.push('type')
  const time = e.time
  if (typeof time !== 'number' || !Number.isInteger(time) || time < 0 || time > 253402300799) {
    out.push('time')
  }
  if (e.type !== 'servicer_status') {
    if (!isText(e.open_kfid)) out.push('open_kfid')
    if (!isText(e.external_userid)) out.push('external_userid')
  }
  switch (e.type) {
    case 'message':
      if (!['customer', 'servicer', 'assistant'].includes(e.origin as string)) out.push('origin')
      if (e.origin === 'servicer' && !isText(e.servicer_userid)) out.push('servicer_userid')
      if (e.origin !== 'servicer' && e.servicer_userid !== undefined) out.push('stray servicer')
      if (!isText(e.msgtype)) out.push('msgtype')
      if (e.msgtype === 'text' ? !isText(e.content) : typeof e.content !== 'object') {
        out.push('content')
      }
      break
    case 'state':
      if (![0, 1, 2, 3, 4].includes(e.state as number)) out.push('state')
      if (e.state === 3 && !isText(e.servicer_userid)) out.push('servicer_userid')
      if (e.group_id !== undefined && (e.state !== 3 || !isText(e.group_id))) out.push('group_id')
      break
    case 'servicer_status':
      if (!isText(e.servicer_userid)) out.push('servicer_userid')
      if (e.status !== 1 && e.status !== 2) out.push('status')
      break
    case 'survey_reply':
      if (!['satisfied', 'middling', 'dissatisfied'].includes(e.rating as string))
        out.push('rating')
      break
    case 'upgrade_invite':
    case 'upgrade_success':
      if (e.kind !== 'member' && e.kind !== 'groupchat') out.push('kind')
      if (!isText(e.target)) out.push('target')
      break
  }
  return out
}

describe('generateDataset', () => {
  it('gives identical output for the same seed and different output for another', () => {
    const a = generateDataset(BASE)
    const b = generateDataset(BASE)
    const c = generateDataset({ ...BASE, seed: 8 })
    const text = (d: DemoDataset) => [...ndjsonLines(d)].join('\n')
    const first = text(a)
    expect(text(b)).toBe(first)
    expect(text(a)).toBe(first) // events() replays from the start
    expect(text(c)).not.toBe(first)
    expect([...c.events()].map((e) => e.time)).not.toEqual([...a.events()].map((e) => e.time))
  })

  it('emits events in non-decreasing time, with unique ids, inside the generated days', () => {
    const { dataset, events } = generated(BASE)
    const ids = new Set<string>()
    let previous = -Infinity
    for (const event of events) {
      expect(event.time).toBeGreaterThanOrEqual(previous)
      previous = event.time
      expect(ids.has(event.id)).toBe(false)
      ids.add(event.id)
      expect(event.time).toBeGreaterThanOrEqual(dataset.start)
      expect(event.time).toBeLessThan(dataset.end)
    }
    expect(ids.size).toBe(events.length)
  })

  it('emits only events that are valid by data-format.md, naming only directory entries', () => {
    for (const seed of [1, 2, 3]) {
      const { dataset, events } = generated({ ...BASE, seed })
      const d = dataset.directory
      const accounts = new Set(d.accounts.map((a) => a.open_kfid))
      const customers = new Set(d.customers.map((c) => c.external_userid))
      const servicers = new Set(d.servicers.map((s) => s.userid))
      const groups = new Set(d.groups.map((g) => g.group_id))
      const bad: string[] = []
      for (const event of events) {
        const reasons = problems(event)
        const e = event as unknown as Record<string, unknown>
        if (e.open_kfid !== undefined && !accounts.has(e.open_kfid as string))
          reasons.push('account')
        if (e.external_userid !== undefined && !customers.has(e.external_userid as string)) {
          reasons.push('customer')
        }
        if (e.servicer_userid !== undefined && !servicers.has(e.servicer_userid as string)) {
          reasons.push('servicer')
        }
        if (e.group_id !== undefined && !groups.has(e.group_id as string)) reasons.push('group')
        if (reasons.length > 0) bad.push(`${event.id}: ${reasons.join(', ')}`)
      }
      expect(bad).toEqual([])
    }
  })

  it('is coherent: the import would raise no warnings about sessions or surveys', () => {
    // A small replay after metrics.md §1–§3: sessions per pair, the 48-hour expiry, segments.
    const { events } = generated({ ...BASE, seed: 11, days: 10, targetEvents: 12000 })
    interface Open {
      start: number
      lastCustomer: number
      state: number
      servicer?: string
    }
    const open = new Map<string, Open>()
    const survey = new Map<string, boolean>()
    const warnings: string[] = []
    for (const e of events) {
      if (e.type === 'servicer_status') continue
      const key = `${e.open_kfid}|${e.external_userid}`
      let session = open.get(key)
      if (session && e.time >= Math.max(session.start, session.lastCustomer) + 48 * 3600) {
        open.delete(key)
        session = undefined
      }
      const starts =
        e.type === 'enter_session' ||
        (e.type === 'message' && e.origin === 'customer') ||
        (e.type === 'state' && e.state < 4)
      if (!session && starts) {
        session = { start: e.time, lastCustomer: e.time, state: 0 }
        open.set(key, session)
      }
      if (e.type === 'message') {
        if (!session) warnings.push(`${e.id}: message without a session`)
        else if (e.origin === 'customer') session.lastCustomer = e.time
        else if (e.origin === 'servicer') {
          if (session.state !== 3 || session.servicer !== e.servicer_userid) {
            warnings.push(`${e.id}: servicer message outside the sender's human segment`)
          }
        } else if (session.state !== 1) warnings.push(`${e.id}: assistant outside state 1`)
      } else if (e.type === 'state') {
        if (!session) {
          warnings.push(`${e.id}: state ${e.state} without a session`)
          continue
        }
        session.state = e.state
        session.servicer = e.servicer_userid
        if (e.state === 4) open.delete(key)
      } else if (e.type === 'survey_sent') {
        survey.set(key, false)
      } else if (e.type === 'survey_reply') {
        if (survey.get(key) !== false) warnings.push(`${e.id}: reply answers nothing`)
        survey.set(key, true)
      }
    }
    expect(warnings).toEqual([])
  })

  it('has the demo company: 3 accounts, 4 groups, about 15 servicers, Chinese names', () => {
    const { directory: d } = generated(BASE).dataset
    expect(d.accounts).toHaveLength(3)
    expect(d.groups).toHaveLength(4)
    expect(d.servicers.length).toBeGreaterThanOrEqual(13)
    expect(d.servicers.length).toBeLessThanOrEqual(17)
    for (const a of d.accounts) expect(a.name).toMatch(HAN)
    for (const s of d.servicers) {
      expect(s.name).toMatch(HAN)
      expect(s.department).toMatch(HAN)
    }
    const servicerIds = new Set(d.servicers.map((s) => s.userid))
    const accountIds = new Set(d.accounts.map((a) => a.open_kfid))
    for (const g of d.groups) {
      expect(g.name).toMatch(HAN)
      expect(Number.isInteger(g.reception_limit) && g.reception_limit >= 0).toBe(true)
      for (const id of g.servicer_userids) expect(servicerIds.has(id)).toBe(true)
      for (const id of g.open_kfids) expect(accountIds.has(id)).toBe(true)
    }
    expect(d.groups.some((g) => g.open_kfids.length === 2)).toBe(true)
    const memberships = d.groups.flatMap((g) => g.servicer_userids)
    expect(memberships.length - new Set(memberships).size).toBe(1)
    const customerIds = new Set(d.customers.map((c) => c.external_userid))
    expect(customerIds.size).toBe(d.customers.length)
    for (const c of d.customers) expect(isText(c.nickname)).toBe(true)
    expect(d.customers.some((c) => c.is_friend)).toBe(true)
    expect(d.customers.some((c) => !c.is_friend)).toBe(true)
    expect(d.customers.filter((c) => HAN.test(c.nickname)).length).toBeGreaterThan(
      d.customers.length / 2,
    )
  })

  it('honours targetEvents within 10%', () => {
    const cases: [number, number, number][] = [
      // [seed, days, targetEvents]
      [1, 30, 20000],
      [2, 7, 5000],
      [3, 3, 30000],
      [4, 1, 3000],
      [5, 60, 40000],
      [6, 30, 80000],
    ]
    for (const [seed, days, targetEvents] of cases) {
      let n = 0
      for (const _ of generateDataset({ seed, endDate: '2026-11-23', days, targetEvents }).events())
        n++
      expect(
        Math.abs(n - targetEvents) / targetEvents,
        `${seed}/${days}/${targetEvents}: ${n}`,
      ).toBeLessThan(0.1)
    }
  })

  it('cuts days at local midnight, from Intl, DST included', () => {
    const shanghai = generateDataset({ ...BASE, endDate: '2026-11-23', days: 7, targetEvents: 100 })
    expect(shanghai.startDate).toBe('2026-11-17')
    expect(shanghai.endDate).toBe('2026-11-23')
    expect(shanghai.start).toBe(Date.UTC(2026, 10, 16, 16) / 1000)
    expect(shanghai.end).toBe(Date.UTC(2026, 10, 23, 16) / 1000)

    // New York springs forward on 2026-03-08: that day has 23 hours.
    const ny = generateDataset({
      seed: 1,
      endDate: '2026-03-09',
      days: 3,
      targetEvents: 2000,
      timezone: 'America/New_York',
    })
    expect(ny.meta.timezone).toBe('America/New_York')
    expect(ny.start).toBe(Date.UTC(2026, 2, 7, 5) / 1000)
    expect(ny.end).toBe(Date.UTC(2026, 2, 10, 4) / 1000)
    let previous = -Infinity
    for (const e of ny.events()) {
      expect(e.time).toBeGreaterThanOrEqual(Math.max(previous, ny.start))
      expect(e.time).toBeLessThan(ny.end)
      previous = e.time
    }
  })

  it('looks like a customer service: busy hours, every event type, late and missing answers', () => {
    const { events } = generated({ ...BASE, days: 14, targetEvents: 20000 })
    const types = new Set(events.map((e) => e.type))
    expect([...types].sort()).toEqual([...TYPES].sort())
    const states = new Set(events.flatMap((e) => (e.type === 'state' ? [e.state] : [])))
    expect([...states].sort()).toEqual([1, 2, 3, 4])
    const ratings = new Set(events.flatMap((e) => (e.type === 'survey_reply' ? [e.rating] : [])))
    expect(ratings.size).toBe(3)
    const kinds = new Set(events.flatMap((e) => (e.type === 'upgrade_invite' ? [e.kind] : [])))
    expect(kinds.size).toBe(2)
    const statuses = new Set(
      events.flatMap((e) => (e.type === 'servicer_status' ? [e.status] : [])),
    )
    expect([...statuses].sort()).toEqual([1, 2])

    // Transfers: a state 3 to another servicer while the pair is with someone.
    const current = new Map<string, string | undefined>()
    let transfers = 0
    for (const e of events) {
      if (e.type !== 'state') continue
      const key = `${e.open_kfid}|${e.external_userid}`
      const before = current.get(key)
      if (e.state === 3 && before !== undefined && before !== e.servicer_userid) transfers++
      current.set(key, e.state === 3 ? e.servicer_userid : undefined)
    }
    expect(transfers).toBeGreaterThan(10)

    // Surveys: some answered hours later, some never.
    const sent = new Map<string, number>()
    let late = 0
    let answered = 0
    let surveys = 0
    for (const e of events) {
      const key = `${'open_kfid' in e ? e.open_kfid : ''}|${'external_userid' in e ? e.external_userid : ''}`
      if (e.type === 'survey_sent') {
        sent.set(key, e.time)
        surveys++
      } else if (e.type === 'survey_reply') {
        answered++
        if (e.time - (sent.get(key) as number) > 3600) late++
      }
    }
    expect(late).toBeGreaterThan(0)
    expect(answered).toBeLessThan(surveys)

    // Hours in Shanghai: a 24-hour service, every hour has sessions; 10–12 (weights 8.6) busier
    // than 2–5 (4.6) by far.
    const hour = new Intl.DateTimeFormat('en-US', {
      timeZone: 'Asia/Shanghai',
      hour: 'numeric',
      hourCycle: 'h23',
    })
    const byHour = new Array<number>(24).fill(0)
    for (const e of events) {
      const h = Number(hour.format(e.time * 1000))
      if (e.type === 'enter_session') byHour[h] = (byHour[h] as number) + 1
    }
    const at = (h: number) => byHour[h] as number
    expect(Math.min(...byHour)).toBeGreaterThan(0)
    expect(at(10) + at(11)).toBeGreaterThan(1.5 * (at(2) + at(3) + at(4)))
    expect(at(20) + at(21)).toBeGreaterThan(at(6) + at(7))
  })

  it('plans a night shift: valid status changes through midnight, each day alike in any range', () => {
    // Three night servicers (00:00–08:45 and 21:30–24:00 of a working day), days off never on
    // the same day, a sick one comes in when a colleague is away: two or three on at 00:00. A
    // night worked through is an off and an on at 00:00 (in that order), never a double on.
    const NIGHT = ['wangfang', 'sunli', 'guoqiang']
    for (const timezone of ['Asia/Shanghai', 'Europe/Berlin']) {
      // Berlin: 2026-03-29 has 23 hours.
      const options = { seed: 3, endDate: '2026-04-01', days: 14, targetEvents: 2000, timezone }
      const dataset = generateDataset(options)
      const status = [...dataset.events()].filter((e) => e.type === 'servicer_status')
      const on = new Map<string, boolean>()
      const bad: string[] = []
      for (const e of status) {
        const was = on.get(e.servicer_userid) ?? false
        if (e.status === 1 && was) bad.push(`${e.id}: on while on`)
        // Before the range, the night before went off at its first moment.
        if (e.status === 2 && !was && e.time !== dataset.start) bad.push(`${e.id}: off while off`)
        on.set(e.servicer_userid, e.status === 1)
      }
      expect(bad, timezone).toEqual([])

      const clock = new ZoneClock(timezone)
      const first = parseDay(dataset.startDate) as number
      for (let day = first; day < first + options.days; day++) {
        const start = clock.startOfDay(day)
        const atMidnight = status.filter((e) => e.time === start)
        const onAtMidnight = atMidnight.filter((e) => e.status === 1).map((e) => e.servicer_userid)
        expect(onAtMidnight.length, formatDay(day)).toBeGreaterThanOrEqual(2)
        for (const id of onAtMidnight) expect(NIGHT).toContain(id)
        // Offs come first: the last change at midnight of each servicer is its status.
        const lastOff = atMidnight.findLastIndex((e) => e.status === 2)
        const firstOn = atMidnight.findIndex((e) => e.status === 1)
        if (lastOff >= 0 && firstOn >= 0) expect(lastOff).toBeLessThan(firstOn)

        // The same changes as the day generated alone (the live feed's way).
        const alone = generateDataset({ ...options, endDate: formatDay(day), days: 1 })
        const key = (e: DemoEvent) =>
          e.type === 'servicer_status' ? `${e.time} ${e.servicer_userid} ${e.status}` : ''
        const ofDay = status.filter((e) => clock.dayOf(e.time) === day).map(key)
        const ofAlone = [...alone.events()].filter((e) => e.type === 'servicer_status').map(key)
        expect(ofAlone, `${timezone} ${formatDay(day)}`).toEqual(ofDay)
      }
    }
  })

  it('refuses bad options', () => {
    expect(() => generateDataset({ ...BASE, endDate: '2026-02-30' })).toThrow(/endDate/)
    expect(() => generateDataset({ ...BASE, days: 0 })).toThrow(/days/)
    expect(() => generateDataset({ ...BASE, seed: 1.5 })).toThrow(/seed/)
    expect(() => generateDataset({ ...BASE, targetEvents: -1 })).toThrow(/targetEvents/)
    expect(() => generateDataset({ ...BASE, timezone: 'Mars/Olympus' })).toThrow(/时区/)
  })
})

describe('writers', () => {
  it('NDJSON: a valid meta line first, then records that all parse', async () => {
    const { dataset, events } = generated(BASE)
    const path = join(tmp, 'demo.ndjson')
    const summary = await writeNdjson(dataset, path)
    const text = readFileSync(path, 'utf8')
    expect(text.endsWith('\n')).toBe(true)
    const lines = text.slice(0, -1).split('\n')
    const meta = JSON.parse(lines[0] as string)
    expect(meta).toEqual({
      record: 'meta',
      format: 'kf-dataset',
      version: 1,
      timezone: 'Asia/Shanghai',
    })
    const counts: Record<string, number> = {}
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>)
    for (const record of parsed)
      counts[record.record as string] = (counts[record.record as string] ?? 0) + 1
    const d = dataset.directory
    expect(counts).toEqual({
      meta: 1,
      account: d.accounts.length,
      servicer: d.servicers.length,
      group: d.groups.length,
      customer: d.customers.length,
      event: events.length,
    })
    expect(summary.events).toBe(events.length)
    expect(summary.bytes).toBe(Buffer.byteLength(text))
    const written = parsed.filter((r) => r.record === 'event').map(({ record: _, ...rest }) => rest)
    expect(written).toEqual(events)
  })

  it('JSON: the one-object container', async () => {
    const { dataset, events } = generated(BASE)
    const path = join(tmp, 'demo.json')
    const summary = await writeJson(dataset, path)
    const container = JSON.parse(readFileSync(path, 'utf8'))
    expect(container.format).toBe('kf-dataset')
    expect(container.version).toBe(1)
    expect(container.timezone).toBe('Asia/Shanghai')
    expect(container.accounts).toEqual(dataset.directory.accounts)
    expect(container.servicers).toEqual(dataset.directory.servicers)
    expect(container.groups).toEqual(dataset.directory.groups)
    expect(container.customers).toEqual(dataset.directory.customers)
    expect(container.events).toEqual(events)
    expect(summary.events).toBe(events.length)
  })

  it('XLSX: the six sheets, lists comma-separated, wall times, content as JSON text', async () => {
    const small = generated({ ...BASE, days: 2, targetEvents: 1500 })
    const path = join(tmp, 'demo.xlsx')
    const summary = await writeXlsx(small.dataset, path)
    expect(summary.events).toBe(small.events.length)
    const book = XLSX.read(readFileSync(path))
    expect(book.SheetNames).toEqual([
      'accounts',
      'servicers',
      'groups',
      'customers',
      'events',
      'meta',
    ])
    const rows = (name: string) =>
      XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets[name] as XLSX.WorkSheet)
    expect(rows('meta')).toEqual([{ timezone: 'Asia/Shanghai' }])
    expect(rows('accounts')).toHaveLength(3)
    const groups = rows('groups')
    expect(groups[3]?.open_kfids).toBe(small.dataset.directory.groups[3]?.open_kfids.join(','))
    const events = rows('events')
    expect(events).toHaveLength(small.events.length)
    const first = small.events[0] as DemoEvent
    const shanghai = new Date((first.time + 8 * 3600) * 1000).toISOString().slice(0, 19)
    expect(events[0]?.time).toBe(shanghai)
    const objectIndex = small.events.findIndex(
      (e) => e.type === 'message' && typeof e.content === 'object',
    )
    const objectEvent = small.events[objectIndex] as DemoEvent & { content: object }
    expect(JSON.parse(events[objectIndex]?.content as string)).toEqual(objectEvent.content)
    expect(workbookOf(small.dataset).SheetNames).toHaveLength(6)
  })
})

describe('cli', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'mocks/demoDataset/cli.ts', ...args], {
      encoding: 'utf8',
    })

  it('writes a file and prints a one-line summary on stderr', () => {
    const out = join(tmp, 'cli.ndjson')
    const result = run(
      '--days',
      '2',
      '--events',
      '1500',
      '--seed',
      '3',
      '--end',
      '2026-11-23',
      '--out',
      out,
    )
    expect(result.status).toBe(0)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/已生成 \d+ 条事件（2026-11-22 至 2026-11-23/)
    const firstLine = readFileSync(out, 'utf8').split('\n', 1)[0] as string
    expect(JSON.parse(firstLine).record).toBe('meta')
  })

  it('refuses bad arguments with a Chinese message and exit code 2', () => {
    for (const args of [
      ['--days', 'abc', '--out', join(tmp, 'x.json')],
      ['--out', join(tmp, 'x.txt')],
      ['--end', '2026-13-01', '--out', join(tmp, 'x.json')],
      ['--timezone', 'Nowhere/City', '--out', join(tmp, 'x.json')],
      ['--colour', 'red', '--out', join(tmp, 'x.json')],
      [],
    ]) {
      const result = run(...args)
      expect(result.status, args.join(' ')).toBe(2)
      expect(result.stderr).toMatch(/参数错误/)
    }
  })
})
