// What the replay of metrics.md §1–§4 derives from the events. Every moment is kept (epoch
// seconds), so figures at any `as_of` are read off without replaying again: a thing exists at
// `as_of` when its moment is ≤ `as_of`.
import type { KfEvent, Rating, ServiceState, UpgradeKind } from '../dataset/records'

export interface StateChange {
  time: number
  state: ServiceState
  /** The servicer of a state 3. */
  servicer?: string
}

export interface Segment {
  session: Session
  /** null: the smart assistant (state 1); else the servicer X of state 3(X). */
  servicer: string | null
  start: number
  /** The group of a human segment (§1), or null. */
  group: string | null
  /** Customer messages in this segment (their times). */
  customerMessages: number[]
  // §2, for human segments:
  /** Messages were pending at the segment's start. */
  pendingAtStart: boolean
  /** When the clock started (= when the segment became addressed), or null. */
  clockAt: number | null
  /** Time of X's first reply after the clock started, or null. */
  repliedAt: number | null
}

export interface Session {
  index: number
  /** Stable id: start, its order among the pair's sessions of that second, account, customer. */
  key: string
  open_kfid: string
  external_userid: string
  start: number
  /** The moment it ended (a state 4, or its expiry), or null if open after the last event. */
  end: number | null
  /** When it would expire by itself if nothing more happened (48 h after its last activity). */
  expiresAt: number
  endedBy: 'state' | 'expiry' | null
  /** The state timeline, starting with the initial state at `start`. */
  states: StateChange[]
  segments: Segment[]
  customerMessages: number[]
  servicerMessages: number[]
  // §2, session level:
  clockAt: number | null
  repliedAt: number | null
  surveys: Survey[]
  /** Counted answers to this session's surveys, in processing order. */
  ratings: { at: number; rating: Rating }[]
  /** Every event that belongs to the session, in processing order (for 查看会话). */
  events: KfEvent[]
}

export interface Survey {
  id: string
  sentAt: number
  open_kfid: string
  external_userid: string
  session: Session | null
  /** The servicer it is attributed to (§3), or null. */
  servicer: string | null
  answer: { at: number; rating: Rating } | null
}

export interface UpgradeEvent {
  id: string
  at: number
  outcome: 'invite' | 'success'
  kind: UpgradeKind
  target: string
  open_kfid: string
  external_userid: string
  session: Session | null
  servicer: string | null
}

/** [on, off) intervals of status 1 (接待中); `off` null: still on after the last event. */
export interface OnlineInterval {
  on: number
  off: number | null
}

export interface Replay {
  sessions: Session[]
  surveys: Survey[]
  upgrades: UpgradeEvent[]
  /** Per servicer, its status events in order, folded into intervals (§5). */
  online: Map<string, OnlineInterval[]>
  /** Servicers named by events through the fields their types use, with the first such time. */
  namedServicers: Map<string, number>
  /** Import warnings found by replaying (event id → reasons). */
  warnings: Map<string, string[]>
  firstEventTime: number | null
  lastEventTime: number | null
}
