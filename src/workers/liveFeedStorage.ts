// The worker's side of the live feed: which source a tab should pull now, and one received page
// planned by id against the cached data (like an import) and stored with its cursor.
import { planFeedPage } from '@/domain/feed/feedPage'
import { clampIntervalSeconds } from '@/domain/feed/feedInterval'
import { StaleDatasetError } from '@/db/datasetRepository'
import { writeFeedPage } from '@/db/feedRepository'
import type { FeedRow, KfDatabase, ProblemRow } from '@/db/kfDatabase'
import type { FeedPageInput, FeedPageResult, FeedSettings, FeedStateView } from './analyticsTypes'
import type { DatasetCache } from './datasetCache'
import { recordText } from './recordText'

const FEED_LABEL = '实时数据'

/** The key a source's cursor is stored under. */
export function sourceKeyOf(settings: FeedSettings): string {
  return settings.source === 'url' ? `url:${settings.url.trim()}` : settings.source
}

/** Settings as stored: a known source, a trimmed URL, an interval of 10–300 s. */
export function cleanSettings(settings: FeedSettings): FeedSettings {
  const source = settings.source === 'url' || settings.source === 'off' ? settings.source : 'demo'
  return {
    source,
    url: typeof settings.url === 'string' ? settings.url.trim() : '',
    intervalSeconds: clampIntervalSeconds(settings.intervalSeconds),
  }
}

/** Why nothing is pulled now, or null when `settings` name a source to pull. */
export function inactiveReason(settings: FeedSettings, isDemo: boolean): string | null {
  switch (settings.source) {
    case 'off':
      return '实时数据源已关闭'
    case 'demo':
      return isDemo
        ? null
        : '演示数据源只用于示例数据;已导入自己的数据时,请在「数据管理」设置接口地址'
    case 'url':
      return settings.url === '' ? '未设置接口地址' : null
  }
}

export function feedStateView(
  feed: FeedRow,
  data: DatasetCache,
  problemCount: number,
): FeedStateView {
  const settings = cleanSettings(feed.settings)
  const reason = inactiveReason(settings, data.meta.isDemo)
  const sourceKey = sourceKeyOf(settings)
  return {
    settings,
    active:
      reason === null
        ? { sourceKey, feedUrl: settings.source === 'url' ? settings.url : null }
        : null,
    inactiveReason: reason,
    cursor: feed.cursors[sourceKey] ?? null,
    lastStoredAt: feed.lastStoredAt,
    addedTotal: feed.addedTotal,
    problemCount,
  }
}

/**
 * Plans `page` against `data` and stores it. Returns null when the stored data changed since
 * `data` was read (the caller reads again and retries); `stored: false` when another tab stored
 * the page first. On success `data` is brought up to date without replaying history.
 */
export async function storeFeedPage(
  db: KfDatabase,
  data: DatasetCache,
  page: FeedPageInput,
  receivedAt: number,
): Promise<Omit<FeedPageResult, 'workerMs'> | null> {
  const plan = planFeedPage(
    page,
    { timezone: data.meta.timezone, find: (id) => data.byId.get(id), nextSeq: data.meta.nextSeq },
    FEED_LABEL,
  )
  const problems: Omit<ProblemRow, 'id'>[] = []
  const problem = (place: string, reason: string, record: unknown): void => {
    const row: Omit<ProblemRow, 'id'> = { receivedAt, source: FEED_LABEL, place, reason }
    const text = recordText(record)
    if (text !== undefined) row.record = text
    problems.push(row)
  }
  for (const invalid of plan.invalid) problem(invalid.place, invalid.reason, invalid.record)
  for (const invalid of plan.invalidDirectory) {
    problem(invalid.place, `目录记录无效:${invalid.reason}`, invalid.record)
  }
  for (const conflict of plan.conflicts) {
    problem(
      `事件 id「${conflict.incoming.id}」`,
      '冲突:已有相同 id 但内容不同的事件,保留先存下的记录',
      { 已有: conflict.stored, 本次: conflict.incoming },
    )
  }

  let result
  try {
    result = await writeFeedPage(db, {
      expectedVersion: data.version,
      sourceKey: page.sourceKey,
      askedCursor: page.cursor,
      nextCursor: page.nextCursor,
      timezone: plan.timezone,
      events: plan.added,
      directory: plan.directory,
      problems,
      receivedAt,
      stillFeeds: (settings, meta) => {
        const clean = cleanSettings(settings)
        return inactiveReason(clean, meta.isDemo) === null && sourceKeyOf(clean) === page.sourceKey
      },
    })
  } catch (error) {
    if (error instanceof StaleDatasetError) return null
    throw error
  }
  const counts = {
    added: plan.added.length,
    duplicates: plan.duplicates,
    conflicts: plan.conflicts.length,
    invalid: plan.invalid.length + plan.invalidDirectory.length,
  }
  if (!result.stored) {
    return {
      stored: false,
      added: 0,
      duplicates: 0,
      conflicts: 0,
      invalid: 0,
      version: data.version,
    }
  }
  if (result.meta.version !== data.version) {
    data.appendPage(result.meta, plan.added, result.lastChunkId, plan.directory)
  }
  return { stored: true, ...counts, version: result.meta.version }
}
