// The analytics worker's API as plain functions: it reads IndexedDB itself, keeps what it derived
// (DatasetCache) between queries, and answers small queries with small results.
import type { DirectoryRecord } from '@/domain/dataset/validateDirectory'
import { validateEvent } from '@/domain/dataset/validateEvent'
import type { KfEvent } from '@/domain/dataset/records'
import { conversationLines } from '@/domain/display/conversation'
import { computeOverview, sumFigures } from '@/domain/figures/overview'
import { dayCount } from '@/domain/figures/dayRange'
import { previousRange, resolveRangeSpec } from '@/domain/figures/rangePresets'
import { listSessions, nicknameOf, type SessionList } from '@/domain/figures/sessionList'
import { computeStaff } from '@/domain/figures/staff'
import { computeRealtime } from '@/domain/figures/realtime'
import { sessionRecordAt } from '@/domain/figures/sessionRecords'
import { parseEventTime } from '@/domain/time/eventTime'
import { formatDay } from '@/domain/time/zoneClock'
import type { DayRange } from '@/domain/figures/dayRange'
import {
  clearDataset,
  readDataset,
  readMeta,
  StaleDatasetError,
  writeImport,
} from '@/db/datasetRepository'
import { clearProblems, readFeed, readProblems, saveFeedSettings } from '@/db/feedRepository'
import type { KfDatabase } from '@/db/kfDatabase'
import type {
  AnalyticsApi,
  DatasetStatus,
  ImportProgress,
  SessionQuery,
  ViewFilters,
} from './analyticsTypes'
import { DatasetCache } from './datasetCache'
import { exportDatasetBlob } from './datasetExport'
import { rebaseImport } from './importRebase'
import { previewImport, type NamedSource, type PendingImport } from './importPreview'
import { cleanSettings, feedStateView, storeFeedPage } from './liveFeedStorage'
import { resolvedRange, servicerName, sessionRowView } from './viewModels'

export interface DemoData {
  timezone: string
  directory: DirectoryRecord[]
  events: unknown[]
}

export interface AnalyticsApiOptions {
  database: KfDatabase
  /** Now, in epoch seconds (the live `as_of`). */
  now: () => number
  /** The demo dataset for first open (generated in the worker: the 30 days before `now`'s day). */
  demo: (now: number) => Promise<DemoData>
}

export function createAnalyticsApi(options: AnalyticsApiOptions): AnalyticsApi {
  const db = options.database
  let cache: DatasetCache | null = null
  let loading: Promise<DatasetCache> | null = null
  const pending = new Map<string, PendingImport>()
  let abortImport: AbortController | null = null
  let lastList: { signature: string; list: SessionList } | null = null

  /**
   * The cached dataset. When another write changed the stored version it reads only the new
   * chunks if nothing was removed since (same resetVersion), else everything.
   */
  async function current(): Promise<DatasetCache> {
    const meta = await readMeta(db)
    if (cache !== null && cache.version === meta.version) return cache
    loading ??= (async () => {
      const known = cache
      if (known !== null && known.resetVersion === (meta.resetVersion ?? 0)) {
        known.append(await readDataset(db, known.lastChunkId))
        return known
      }
      return new DatasetCache(await readDataset(db))
    })().finally(() => {
      loading = null
    })
    cache = await loading
    lastList = null
    return cache
  }

  function resolve(data: DatasetCache, filters: ViewFilters): { range: DayRange; asOf: number } {
    const asOf = filters.at ?? options.now()
    return {
      range: resolveRangeSpec(filters.range, data.clock, asOf, data.replay.firstEventTime),
      asOf,
    }
  }

  function status(data: DatasetCache): DatasetStatus {
    const d = data.directory
    return {
      version: data.version,
      timezone: data.timezone,
      eventCount: data.events.length,
      firstEventTime: data.replay.firstEventTime,
      lastEventTime: data.replay.lastEventTime,
      accounts: [...d.accounts.values()],
      servicers: [...d.servicers.values()],
      groups: [...d.groups.values()],
      imports: data.imports.map((row) => ({ ...row, id: row.id ?? 0 })),
      isDemo: data.meta.isDemo,
      demoOffered: data.meta.demoOffered,
    }
  }

  function sessionList(
    data: DatasetCache,
    query: SessionQuery,
  ): { list: SessionList; range: DayRange; asOf: number } {
    const { range, asOf } = resolve(data, query)
    const { offset: _offset, limit: _limit, ...rest } = query
    const signature = JSON.stringify({ version: data.version, rest, range, asOf })
    if (lastList?.signature !== signature) {
      const list = listSessions(data.replay, data.directory, data.clock, {
        range,
        asOf,
        filters: { account: query.account, group: query.group, servicer: query.servicer },
        nickname: query.nickname,
        friend: query.friend,
        state: query.state,
        metric: query.metric,
        sort: query.sort,
      })
      lastList = { signature, list }
    }
    return { list: lastList.list, range, asOf }
  }

  async function commit(pending: PendingImport, isDemo: boolean): Promise<DatasetStatus> {
    let write = pending
    let data: DatasetCache
    let result: Awaited<ReturnType<typeof writeImport>>
    for (let attempt = 0; ; attempt++) {
      data = await current()
      // The data grew since the preview (a live pull, another tab): plan the events again by id.
      if (!write.replacesDemo && data.version !== write.expectedVersion) {
        const rebased = rebaseImport(write, data)
        if (rebased === null) throw new StaleDatasetError()
        write = rebased
      }
      try {
        result = await writeImport(db, {
          expectedVersion: write.expectedVersion,
          timezone: write.timezone,
          events: write.events,
          directory: write.directory,
          imports: write.imports.map((row) => ({ ...row, importedAt: options.now() })),
          isDemo,
          replaceExisting: write.replacesDemo,
        })
        break
      } catch (error) {
        if (!(error instanceof StaleDatasetError) || write.replacesDemo || attempt >= 2) throw error
      }
    }
    const stored = {
      meta: result.meta,
      events: write.events,
      lastChunkId: result.lastChunkId,
      directory: write.replacesDemo
        ? write.directory
        : [...data.directoryRecords(), ...write.directory],
      imports: write.replacesDemo ? result.imports : [...data.imports, ...result.imports],
    }
    if (write.merged !== null) {
      // The preview already replayed the dataset as committed: adopt it.
      const byId = write.replacesDemo ? write.merged.addedById : data.byId
      if (!write.replacesDemo) for (const event of write.events) byId.set(event.id, event)
      const events = write.replacesDemo ? write.events : data.events.concat(write.events)
      cache = new DatasetCache({ ...stored, events }, { ...write.merged, byId })
    } else if (write.replacesDemo) cache = new DatasetCache(stored)
    else data.append(stored)
    lastList = null
    return status(cache!)
  }

  return {
    async status() {
      return status(await current())
    },

    async overview(filters) {
      const data = await current()
      const { range, asOf } = resolve(data, filters)
      const scope = { account: filters.account, group: filters.group }
      // The period before (环比) is adjacent: one pass over both, split by day.
      const before = previousRange(range)
      const both = computeOverview(data.replay, data.directory, data.clock, {
        range: { from: before.from, to: range.to },
        asOf,
        filters: scope,
      })
      const split = dayCount(before)
      const days = both.byDay.slice(split)
      return {
        range: resolvedRange(range, asOf),
        total: sumFigures(days),
        byDay: days.map((figures, i) => ({ date: formatDay(range.from + i), figures })),
        previous: {
          from: formatDay(before.from),
          to: formatDay(before.to),
          total: sumFigures(both.byDay.slice(0, split)),
        },
      }
    },

    async staff(filters) {
      const data = await current()
      const { range, asOf } = resolve(data, filters)
      const rows = computeStaff(data.replay, data.directory, data.clock, {
        range,
        asOf,
        filters: { account: filters.account, group: filters.group, servicer: filters.servicer },
      })
      return {
        range: resolvedRange(range, asOf),
        rows: rows.map((row) => {
          const servicer = data.directory.servicers.get(row.servicer_userid)
          return {
            ...row,
            name: servicer?.name ?? row.servicer_userid,
            ...(servicer?.department ? { department: servicer.department } : {}),
          }
        }),
      }
    },

    async realtime(query) {
      const started = performance.now()
      const data = await current()
      const asOf = query.at ?? options.now()
      const board = computeRealtime(data.replay, data.directory, data.clock, asOf, query.account)
      const d = data.directory
      return {
        asOf,
        today: formatDay(data.clock.dayOf(asOf)),
        queue: board.queue,
        servicers_receiving: board.servicers_receiving,
        sessions_in_human: board.sessions_in_human,
        figures: board.today,
        staff: board.staff.map((row) => {
          const servicer = d.servicers.get(row.servicer_userid)
          const account = d.accounts.get(row.open_kfid)
          return {
            ...row,
            name: servicer?.name ?? row.servicer_userid,
            ...(servicer?.department ? { department: servicer.department } : {}),
            accountName: account?.name ?? row.open_kfid,
            ...(account?.avatar ? { accountAvatar: account.avatar } : {}),
          }
        }),
        workerMs: Math.round(performance.now() - started),
        version: data.version,
      }
    },

    async sessions(query) {
      const data = await current()
      const { list, range, asOf } = sessionList(data, query)
      const rows = list.records.slice(query.offset, query.offset + query.limit)
      return {
        range: resolvedRange(range, asOf),
        total: list.records.length,
        rows: rows.map((record) => sessionRowView(record, data.directory)),
        sessionlessCount: list.sessionlessCount,
      }
    },

    async conversation(key, at) {
      const data = await current()
      const session = data.session(key)
      const asOf = at ?? options.now()
      if (!session || session.start > asOf) return null
      const lines = conversationLines(session, asOf, {
        customer: nicknameOf(data.directory, session.external_userid),
        servicer: (userid) => servicerName(data.directory, userid),
        group: (groupId) => data.directory.groups.get(groupId)?.name ?? groupId,
      })
      return {
        session: sessionRowView(sessionRecordAt(session, asOf), data.directory),
        entries: lines,
      }
    },

    async previewImport(files, onProgress) {
      const data = await current()
      abortImport?.abort()
      const controller = new AbortController()
      abortImport = controller
      const totalBytes = files.reduce((sum, file) => sum + file.size, 0)
      const started = Date.now()
      let doneBytes = 0
      let lastReport = 0
      const sources: NamedSource[] = files.map((file) => ({
        name: file.name,
        size: file.size,
        async *chunks() {
          const reader = file.stream().getReader()
          try {
            for (;;) {
              if (controller.signal.aborted) throw new DOMException('导入已取消', 'AbortError')
              const { done, value } = await reader.read()
              if (done) return
              yield value
            }
          } finally {
            reader.releaseLock()
          }
        },
      }))
      const token = `${Date.now()}-${Math.random().toString(36).slice(2)}`
      try {
        const { preview, pending: plan } = await previewImport(
          data,
          sources,
          (source, progress) => {
            const now = Date.now()
            if (now - lastReport < 100) return
            lastReport = now
            const report: ImportProgress = {
              fileName: source.name,
              bytes: doneBytes + progress.bytes,
              totalBytes,
              events: progress.events,
              eventsPerSecond: Math.round(
                progress.events / Math.max(0.001, (now - started) / 1000),
              ),
            }
            onProgress(report)
            if (progress.bytes >= source.size) doneBytes += source.size
          },
          token,
        )
        if (controller.signal.aborted) throw new DOMException('导入已取消', 'AbortError')
        pending.set(token, plan)
        return preview
      } finally {
        if (abortImport === controller) abortImport = null
      }
    },

    async cancelImport() {
      abortImport?.abort()
    },

    async commitImport(token) {
      const plan = pending.get(token)
      if (!plan) throw new Error('这次导入已失效,请重新选择文件')
      pending.delete(token)
      return commit(plan, false)
    },

    async discardImport(token) {
      pending.delete(token)
    },

    async loadDemo() {
      const data = await current()
      if (data.events.length > 0 && !data.meta.isDemo) {
        throw new Error('已有导入的数据:请先清空全部数据再加载示例数据')
      }
      const demo = await options.demo(options.now())
      const events: KfEvent[] = []
      for (const record of demo.events) {
        const check = validateEvent(record, events.length, parseEventTime)
        if (check.ok) events.push(check.event)
      }
      return commit(
        {
          token: 'demo',
          expectedVersion: data.version,
          expectedResetVersion: data.resetVersion,
          timezone: demo.timezone,
          replacesDemo: true,
          events,
          merged: null,
          directory: demo.directory,
          imports: [
            {
              fileName: '示例数据(自动生成)',
              size: 0,
              added: events.length,
              duplicates: 0,
              conflicts: 0,
              invalid: 0,
              importedAt: 0,
            },
          ],
        },
        true,
      )
    },

    async clearAll() {
      const meta = await clearDataset(db)
      cache = new DatasetCache({ meta, events: [], lastChunkId: 0, directory: [], imports: [] })
      lastList = null
      return status(cache)
    },

    async feedState() {
      const data = await current()
      return feedStateView(await readFeed(db), data, await db.problems.count())
    },

    async saveFeedSettings(settings) {
      const data = await current()
      const feed = await saveFeedSettings(db, cleanSettings(settings))
      return feedStateView(feed, data, await db.problems.count())
    },

    async storeFeedPage(page) {
      // A plan made against data another tab changed meanwhile is made again.
      const started = performance.now()
      for (let attempt = 0; ; attempt++) {
        const data = await current()
        const result = await storeFeedPage(db, data, page, options.now())
        if (result !== null) {
          lastList = null
          return { ...result, workerMs: Math.round(performance.now() - started) }
        }
        if (attempt >= 2) throw new Error('数据在其他窗口中不断改变,这一页稍后重试')
      }
    },

    async dataProblems(offset, limit) {
      const { total, rows } = await readProblems(db, offset, limit)
      return { total, rows: rows.map((row) => ({ ...row, id: row.id ?? 0 })) }
    },

    async clearDataProblems() {
      await clearProblems(db)
    },

    async exportDataset() {
      return exportDatasetBlob(await current())
    },
  }
}
