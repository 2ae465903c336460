// The contract between the pages and the analytics worker: small queries in, small results out.
// Times are epoch seconds; dates are `YYYY-MM-DD` in the dataset's zone; figures stay raw
// (numerator and denominator) until the page formats them with src/domain/display.
import type { FigureKey } from '@/domain/figures/figureCatalog'
import type { OverviewFigures, RealtimeStaffRow, StaffRow } from '@/domain/report/reportTypes'
import type { Rating, ServiceState } from '@/domain/dataset/records'
import type { FeedSettingsRow, ImportRow } from '@/db/kfDatabase'

/** 今天, 昨天, 近7天 (today and the 6 days before), 近30天, 本月, 上月, 全部 (first event's day to today). */
export type { RangePreset, RangeSpec } from '@/domain/figures/rangePresets'
import type { RangeSpec } from '@/domain/figures/rangePresets'

/** The filters every page shares; absent means 全部. */
export interface ViewFilters {
  range: RangeSpec
  account?: string
  group?: string
  /** 员工统计 and 会话记录 only (数据总览 ignores it). */
  servicer?: string
  /** Replay: the moment the view is computed at (URL `?at=`); absent means now. */
  at?: number
}

export interface ResolvedRange {
  from: string
  to: string
  /** `as_of` used for the figures. */
  asOf: number
  dayCount: number
}

export interface NamedAccount {
  open_kfid: string
  name: string
  avatar?: string
}
export interface NamedServicer {
  userid: string
  name: string
  department?: string
}
export interface NamedGroup {
  group_id: string
  name: string
  reception_limit: number
  open_kfids: string[]
  servicer_userids: string[]
}

/** One stored import, as 数据管理 lists it (the stored row, its id given). */
export type ImportRecord = Omit<ImportRow, 'id'> & { id: number }

export interface DatasetStatus {
  /** Increases with every change of the stored data. */
  version: number
  timezone: string
  eventCount: number
  firstEventTime: number | null
  lastEventTime: number | null
  accounts: NamedAccount[]
  servicers: NamedServicer[]
  groups: NamedGroup[]
  imports: ImportRecord[]
  /** True when the stored data is the generated demo. */
  isDemo: boolean
  /** The demo was loaded once (the app does not load it again by itself after 清空). */
  demoOffered: boolean
}

export interface OverviewView {
  range: ResolvedRange
  total: OverviewFigures
  byDay: { date: string; figures: OverviewFigures }[]
  /** The period of the same length just before the range (for 环比). */
  previous: { from: string; to: string; total: OverviewFigures }
}

export interface StaffRowView extends StaffRow {
  name: string
  department?: string
}

export interface StaffView {
  range: ResolvedRange
  rows: StaffRowView[]
}

export type { SessionSortKey } from '@/domain/figures/sessionList'
import type { SessionSortKey } from '@/domain/figures/sessionList'

export interface SessionQuery extends ViewFilters {
  /** 访客昵称: substring. */
  nickname?: string
  /** 企业好友. */
  friend?: boolean
  /** 接待状态 at as_of. */
  state?: ServiceState
  /** Drill-down: only the sessions a 数据总览 figure counts (with the same range and filters). */
  metric?: FigureKey
  sort?: { key: SessionSortKey; desc: boolean }
  offset: number
  limit: number
}

export interface SessionRowView {
  /** Stable id of the session, for `?session=` and conversation(). */
  key: string
  start: number
  end: number | null
  open_kfid: string
  accountName: string
  external_userid: string
  nickname: string
  isFriend: boolean
  servicers: { userid: string; name: string }[]
  groups: { group_id: string; name: string }[]
  state: ServiceState
  duration: number
  first_response_seconds: number | null
  customer_messages: number
  servicer_messages: number
  rating: Rating | null
}

export interface SessionPage {
  range: ResolvedRange
  total: number
  rows: SessionRowView[]
  /** With a drill-down: events it counts that belong to no session (they cannot be listed). */
  sessionlessCount: number
}

/** One line of 查看会话; message text is plain text, shown as text, never as HTML. */
export type { ConversationLine as ConversationEntry } from '@/domain/display/conversation'
import type { ConversationLine as ConversationEntry } from '@/domain/display/conversation'

export interface ConversationView {
  session: SessionRowView
  entries: ConversationEntry[]
}

export interface ImportProgress {
  fileName: string
  bytes: number
  totalBytes: number
  events: number
  eventsPerSecond: number
}

export interface ImportProblem {
  fileName: string
  place: string
  reason: string
  record?: string
}

export interface ImportPreviewFile {
  fileName: string
  size: number
  read: number
  added: number
  duplicates: number
  conflicts: number
  invalid: number
  directoryRecords: number
  /** Refused whole: the reason, and nothing of this file will be imported. */
  refused?: string
}

export interface ImportPreview {
  token: string
  files: ImportPreviewFile[]
  /** Every invalid record, conflict and warning, with its place and reason. */
  problems: ImportProblem[]
  /** Added events with at least one warning, judged on the merged dataset. */
  warnings: number
  canCommit: boolean
  /** The stored data is the demo: committing replaces it with the user's data. */
  replacesDemo: boolean
}

export interface StorageEstimate {
  usage: number | null
  quota: number | null
  persisted: boolean
}

export interface RealtimeStaffRowView extends Omit<RealtimeStaffRow, 'first_online_at'> {
  /** Epoch seconds, or null when not online at any moment today. */
  first_online_at: number | null
  name: string
  department?: string
  accountName: string
  accountAvatar?: string
}

/** 实时看板: today (the day of `asOf`) up to `asOf`; only the account filter applies. */
export interface RealtimeView {
  asOf: number
  today: string
  queue: number
  servicers_receiving: number
  sessions_in_human: number
  figures: OverviewFigures
  staff: RealtimeStaffRowView[]
  /** Milliseconds the worker spent on this answer (brings the cache up to date first). */
  workerMs: number
  /** The stored data's version the figures were computed over. */
  version: number
}

/**
 * The live feed's settings, stored in IndexedDB and shared by every tab: the source — 演示数据
 * (the MSW mock, only while the stored data is the demo), a company's own endpoint
 * (`POST {url}/sync`, README) or 关闭 — the URL, and seconds between pulls (10–300, default 60).
 */
export type FeedSettings = FeedSettingsRow
export type FeedSource = FeedSettingsRow['source']

/** What a tab needs to pull: the settings and where the stored data stops. */
export interface FeedStateView {
  settings: FeedSettings
  /**
   * What this tab should pull from now: null when nothing should be pulled (关闭, no URL, or
   * 演示数据 while the stored data is not the demo — why is in `inactiveReason`).
   */
  active: { sourceKey: string; feedUrl: string | null } | null
  inactiveReason: string | null
  /** The stored cursor of the active source (null: from its beginning). */
  cursor: string | null
  /** Epoch seconds of the last page stored, or null. */
  lastStoredAt: number | null
  /** Events the feed added since the data was last replaced or cleared. */
  addedTotal: number
  /** Entries in the 数据问题 list. */
  problemCount: number
}

/** One page of the feed as received, for `storeFeedPage`. */
export interface FeedPageInput {
  /** The source the page came from (`FeedStateView.active.sourceKey`). */
  sourceKey: string
  /** The cursor the page was asked with: the page is stored only if it still is the stored one. */
  cursor: string | null
  nextCursor: string
  /** As received, not yet validated. */
  events: unknown[]
  directory?: {
    accounts?: unknown[]
    servicers?: unknown[]
    groups?: unknown[]
    customers?: unknown[]
  }
}

export interface FeedPageResult {
  /** False when the page was not stored: another tab moved the cursor first (nothing lost). */
  stored: boolean
  added: number
  duplicates: number
  conflicts: number
  invalid: number
  /** The stored data's version after the page. */
  version: number
  /** Milliseconds the worker spent on the page (plan, store, extend the replay). */
  workerMs: number
}

/** An entry of 数据问题: an event or record the feed sent that could not be stored as is. */
export interface DataProblem {
  id: number
  /** Epoch seconds it was received. */
  receivedAt: number
  source: string
  place: string
  reason: string
  record?: string
}

/** The analytics worker's one RPC surface (Comlink). Every method is async across the worker. */
export interface AnalyticsApi {
  /** What is stored; cheap. */
  status(): Promise<DatasetStatus>
  /** 数据总览. */
  overview(filters: ViewFilters): Promise<OverviewView>
  /** 员工统计. */
  staff(filters: ViewFilters): Promise<StaffView>
  /** 实时看板 at `at` (default now), for one account or all. */
  realtime(query: { account?: string; at?: number }): Promise<RealtimeView>
  /** 会话记录: one page of rows, sorted and filtered in the worker. */
  sessions(query: SessionQuery): Promise<SessionPage>
  /** 查看会话: the whole conversation, or null if the key names no session. */
  conversation(key: string, at?: number): Promise<ConversationView | null>
  /** Reads, validates and plans an import of these files; nothing is stored yet. */
  previewImport(
    files: File[],
    onProgress: (progress: ImportProgress) => void,
  ): Promise<ImportPreview>
  /** Stops a running previewImport (it then rejects with an AbortError). */
  cancelImport(): Promise<void>
  /** 确认导入: stores the previewed import in one transaction, all or nothing. */
  commitImport(token: string): Promise<DatasetStatus>
  /** 取消: forgets the previewed import. */
  discardImport(token: string): Promise<void>
  /** 加载示例数据: replaces nothing the user imported; only into an empty store. */
  loadDemo(): Promise<DatasetStatus>
  /** 清空全部数据. */
  clearAll(): Promise<DatasetStatus>
  /** The live feed's settings, cursor and counts. */
  feedState(): Promise<FeedStateView>
  /** Saves the settings; a changed source starts from its own stored cursor (or the beginning). */
  saveFeedSettings(settings: FeedSettings): Promise<FeedStateView>
  /**
   * Validates, plans by id and stores one page with its `nextCursor`, in one transaction; the
   * figures then follow without replaying history. Invalid events and conflicts go to 数据问题.
   */
  storeFeedPage(page: FeedPageInput): Promise<FeedPageResult>
  /** 数据问题, newest first. */
  dataProblems(offset: number, limit: number): Promise<{ total: number; rows: DataProblem[] }>
  /** Empties 数据问题. */
  clearDataProblems(): Promise<void>
  /** 导出全部数据: everything stored, as a kf-dataset NDJSON file that imports back whole. */
  exportDataset(): Promise<Blob>
}
