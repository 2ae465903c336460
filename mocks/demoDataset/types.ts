// The records the demo generator emits: kf-dataset v1 (shared/spec/data-format.md) exactly as
// they are written to a file, with integer Unix-second times.
import type {
  Account,
  Customer,
  Group,
  MessageOrigin,
  Rating,
  ServiceState,
  Servicer,
  ServicerStatus,
  UpgradeKind,
} from '../../src/domain/dataset/records'

export type { Account, Customer, Group, Servicer }

/**
 * Message content: a plain string for `text` messages; for every other msgtype an object
 * shaped like that msgtype's WeChat payload (e.g. `{ "media_id": "…" }` for an image).
 */
export type MessageContent = string | Record<string, string>

interface PairEvent {
  id: string
  time: number
  open_kfid: string
  external_userid: string
}

export interface EnterSessionEvent extends PairEvent {
  type: 'enter_session'
  scene: string
  scene_param?: string
}

export interface MessageEvent extends PairEvent {
  type: 'message'
  origin: MessageOrigin
  /** Present exactly when origin is 'servicer'. */
  servicer_userid?: string
  msgtype: string
  content: MessageContent
}

export interface StateEvent extends PairEvent {
  type: 'state'
  state: ServiceState
  /** Present exactly when state is 3. */
  servicer_userid?: string
  group_id?: string
}

export interface ServicerStatusEvent {
  id: string
  type: 'servicer_status'
  time: number
  servicer_userid: string
  status: ServicerStatus
}

export interface SurveySentEvent extends PairEvent {
  type: 'survey_sent'
  servicer_userid?: string
}

export interface SurveyReplyEvent extends PairEvent {
  type: 'survey_reply'
  rating: Rating
}

export interface UpgradeEvent extends PairEvent {
  type: 'upgrade_invite' | 'upgrade_success'
  kind: UpgradeKind
  target: string
  servicer_userid?: string
}

export type DemoEvent =
  | EnterSessionEvent
  | MessageEvent
  | StateEvent
  | ServicerStatusEvent
  | SurveySentEvent
  | SurveyReplyEvent
  | UpgradeEvent

export interface DemoMeta {
  format: 'kf-dataset'
  version: 1
  timezone: string
}

export interface DemoDirectory {
  accounts: Account[]
  servicers: Servicer[]
  groups: Group[]
  customers: Customer[]
}

export interface GenerateOptions {
  /** Any safe integer; the same seed (and options) always gives the same dataset. */
  seed: number
  /** The last day generated, 'YYYY-MM-DD' in `timezone`. */
  endDate: string
  /** Number of days generated, ending with endDate (1–3660). */
  days: number
  /** Aim for about this many events in total (default: about 700 a day). */
  targetEvents?: number
  /** IANA zone in which days are cut (default 'Asia/Shanghai'). */
  timezone?: string
}

export interface DemoDataset {
  meta: DemoMeta
  /** First and last generated day, 'YYYY-MM-DD' in the zone. */
  startDate: string
  endDate: string
  /** [start, end) of the generated days in Unix seconds; every event time is in it. */
  start: number
  end: number
  directory: DemoDirectory
  /**
   * The events, in non-decreasing `time` (ties in the order they happened), with unique ids.
   * Each call replays the same sequence from the start; nothing is held beyond about two days
   * of events, so a million events stream in constant memory.
   */
  events: () => Generator<DemoEvent, void, undefined>
}
