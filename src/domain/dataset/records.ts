// The kf-dataset v1 records (../../../../shared/spec/data-format.md), after validation.
// Times are integer Unix seconds; everything the user reads is formatted only at the edge.

export type EventType =
  | 'enter_session'
  | 'message'
  | 'state'
  | 'servicer_status'
  | 'survey_sent'
  | 'survey_reply'
  | 'upgrade_invite'
  | 'upgrade_success'

export const EVENT_TYPES: readonly EventType[] = [
  'enter_session',
  'message',
  'state',
  'servicer_status',
  'survey_sent',
  'survey_reply',
  'upgrade_invite',
  'upgrade_success',
]

export type MessageOrigin = 'customer' | 'servicer' | 'assistant'
export type Rating = 'satisfied' | 'middling' | 'dissatisfied'
export type UpgradeKind = 'member' | 'groupchat'
/** 0 未处理, 1 由智能助手接待, 2 待接入池排队中, 3 由人工接待, 4 已结束 */
export type ServiceState = 0 | 1 | 2 | 3 | 4
/** 1 接待中, 2 停止接待 */
export type ServicerStatus = 1 | 2

/**
 * A valid event as the engine uses it. `seq` is its place in the input order across every
 * imported file (files in import order, then order within the file); ties in `time` keep it.
 * Fields the computation does not use (scene, content, msgtype…) stay in `raw`.
 */
export interface KfEvent {
  id: string
  seq: number
  time: number
  type: EventType
  /** Absent only on servicer_status. */
  open_kfid?: string
  external_userid?: string
  origin?: MessageOrigin
  servicer_userid?: string
  state?: ServiceState
  group_id?: string
  status?: ServicerStatus
  rating?: Rating
  kind?: UpgradeKind
  target?: string
  msgtype?: string
  /** Text for a text message, an object otherwise; shown as text, never as HTML. */
  content?: unknown
  /** Every other field of the record, kept as given (NDJSON's `record` tag excepted). */
  extra?: Record<string, unknown>
}

export interface Account {
  open_kfid: string
  name: string
  avatar?: string
}

export interface Servicer {
  userid: string
  name: string
  department?: string
}

export interface Group {
  group_id: string
  name: string
  reception_limit: number
  open_kfids: string[]
  servicer_userids: string[]
}

export interface Customer {
  external_userid: string
  nickname: string
  avatar?: string
  is_friend: boolean
}

/** Directory tables; `groups` keeps directory order (first appearance across imports). */
export interface Directory {
  accounts: Map<string, Account>
  servicers: Map<string, Servicer>
  groups: Map<string, Group>
  customers: Map<string, Customer>
}

export const DEFAULT_TIMEZONE = 'Asia/Shanghai'
