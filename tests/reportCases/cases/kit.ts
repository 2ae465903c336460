// Builders for the hand-worked report cases: plain data, no computation of any figure.
// Every expected value in the *.cases.ts files is worked out by hand in the comment above it.
//
// Conventions used by every case unless it says otherwise:
// - Dataset zone Asia/Shanghai (+08:00, no DST); days are in November 2026.
//   2026-11-20T00:00:00+08:00 = 1795104000 (checked with `node -e`), so 10:00:00 = 1795140000.
// - The base directory (BASE) below: accounts kf1, kf2; servicers alice, bob, carol;
//   G1 (limit 5) = kf1 served by alice, bob; G2 (limit 3) = kf2 served by bob, carol;
//   customers c1 (企业好友), c2, c3. So `staff` rows are alice, bob, carol, and the realtime
//   rows linked by a group are (alice,kf1), (bob,kf1), (bob,kf2), (carol,kf2).
// - Events get ids e1, e2, … in the order they are listed (= input order), unless given one.
// - Pair fields default to open_kfid kf1 / external_userid c1; `c2`, `kf2`… below override them.
import type { CaseInput } from '../caseTypes'

export type Ev = Record<string, unknown>

/** `2026-11-DDTHH:MM:SS+08:00`: an Asia/Shanghai wall time, as events take it and the report prints it. */
export function sh(hms: string, day = 20): string {
  return `2026-11-${String(day).padStart(2, '0')}T${hms}+08:00`
}

export const BASE = {
  accounts: [
    { open_kfid: 'kf1', name: '售前咨询', avatar: 'https://example.com/kf1.png' },
    { open_kfid: 'kf2', name: '售后服务' },
  ],
  servicers: [
    { userid: 'alice', name: '王丽', department: '客服一部' },
    { userid: 'bob', name: '李博' },
    { userid: 'carol', name: '陈可', department: '客服二部' },
  ],
  groups: [
    {
      group_id: 'G1',
      name: '售前组',
      reception_limit: 5,
      open_kfids: ['kf1'],
      servicer_userids: ['alice', 'bob'],
    },
    {
      group_id: 'G2',
      name: '售后组',
      reception_limit: 3,
      open_kfids: ['kf2'],
      servicer_userids: ['bob', 'carol'],
    },
  ],
  customers: [
    { external_userid: 'c1', nickname: '小明', is_friend: true },
    { external_userid: 'c2', nickname: '小红', is_friend: false },
    { external_userid: 'c3', nickname: '小刚' },
  ],
}

export interface DirectoryParts {
  timezone?: string | null
  accounts?: unknown[]
  servicers?: unknown[]
  groups?: unknown[]
  customers?: unknown[]
}

/** A kf-dataset v1 JSON container; directory tables default to BASE. */
export function dataset(events: unknown[], dir: DirectoryParts = {}): Record<string, unknown> {
  return {
    format: 'kf-dataset',
    version: 1,
    timezone: dir.timezone === undefined ? 'Asia/Shanghai' : dir.timezone,
    accounts: dir.accounts ?? BASE.accounts,
    servicers: dir.servicers ?? BASE.servicers,
    groups: dir.groups ?? BASE.groups,
    customers: dir.customers ?? BASE.customers,
    events,
  }
}

/** One JSON input holding `events` (numbered e1…) and the given (or base) directory. */
export function one(events: Ev[], dir: DirectoryParts = {}, name = 'dataset.json'): CaseInput[] {
  return [{ name, dataset: dataset(log(...events), dir) }]
}

/** Numbers events e1, e2, … in input order; an event that has its own `id` keeps it. */
export function log(...events: Ev[]): Ev[] {
  return events.map((e, i) => ({ id: `e${i + 1}`, ...e }))
}

// Pair overrides.
export const c1: Ev = { external_userid: 'c1' }
export const c2: Ev = { external_userid: 'c2' }
export const c3: Ev = { external_userid: 'c3' }
export const kf2: Ev = { open_kfid: 'kf2' }

function pair(p: Ev = {}): Ev {
  return { open_kfid: 'kf1', external_userid: 'c1', ...p }
}

export function enter(time: string | number, p?: Ev): Ev {
  return { type: 'enter_session', time, ...pair(p), scene: 'qrcode' }
}
export function cust(time: string | number, p?: Ev): Ev {
  return { type: 'message', time, ...pair(p), origin: 'customer', msgtype: 'text', content: '你好' }
}
export function serv(time: string | number, servicer: string, p?: Ev): Ev {
  return {
    type: 'message',
    time,
    ...pair(p),
    origin: 'servicer',
    servicer_userid: servicer,
    msgtype: 'text',
    content: '您好，请问有什么可以帮您？',
  }
}
export function asst(time: string | number, p?: Ev): Ev {
  return {
    type: 'message',
    time,
    ...pair(p),
    origin: 'assistant',
    msgtype: 'text',
    content: '智能助手为您服务',
  }
}
/** A `state` event; `servicer` is required for 3; `group` is the optional group_id. */
export function state(
  time: string | number,
  value: number,
  servicer?: string,
  p?: Ev,
  group?: string,
): Ev {
  const e: Ev = { type: 'state', time, ...pair(p), state: value }
  if (servicer !== undefined) e.servicer_userid = servicer
  if (group !== undefined) e.group_id = group
  return e
}
export function status(time: string | number, servicer: string, value: number): Ev {
  return { type: 'servicer_status', time, servicer_userid: servicer, status: value }
}
export function surveySent(time: string | number, p?: Ev, servicer?: string): Ev {
  const e: Ev = { type: 'survey_sent', time, ...pair(p) }
  if (servicer !== undefined) e.servicer_userid = servicer
  return e
}
export function surveyReply(time: string | number, rating: string, p?: Ev): Ev {
  return { type: 'survey_reply', time, ...pair(p), rating }
}
export function invite(
  time: string | number,
  kind: string,
  target: string,
  p?: Ev,
  servicer?: string,
): Ev {
  const e: Ev = { type: 'upgrade_invite', time, ...pair(p), kind, target }
  if (servicer !== undefined) e.servicer_userid = servicer
  return e
}
export function success(
  time: string | number,
  kind: string,
  target: string,
  p?: Ev,
  servicer?: string,
): Ev {
  const e: Ev = { type: 'upgrade_success', time, ...pair(p), kind, target }
  if (servicer !== undefined) e.servicer_userid = servicer
  return e
}

/** Every overview key at zero: spread it and override the few that are not. */
export const ZERO = {
  sessions: 0,
  consultation_sessions: 0,
  human_sessions: 0,
  consultation_segments: 0,
  human_segments: 0,
  addressed: 0,
  replied: 0,
  first_response_seconds: 0,
  customer_messages: 0,
  customers: 0,
  consulting_customers: 0,
  friend_customers: 0,
  member_invites: 0,
  groupchat_invites: 0,
  member_added_customers: 0,
  groupchat_joined_customers: 0,
  upgraded_customers: 0,
  assistant_sessions: 0,
  assistant_transferred: 0,
  surveys_sent: 0,
  surveys_answered: 0,
  satisfied: 0,
  middling: 0,
  dissatisfied: 0,
}

/** Every staff figure at zero (without servicer_userid). */
export const STAFF_ZERO = {
  reception_seconds: 0,
  human_segments: 0,
  customers: 0,
  customer_messages: 0,
  addressed: 0,
  replied: 0,
  first_response_seconds: 0,
  surveys_sent: 0,
  surveys_answered: 0,
  satisfied: 0,
  middling: 0,
  dissatisfied: 0,
  member_invites: 0,
  groupchat_invites: 0,
}
