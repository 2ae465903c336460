// metrics.md §1: replay the events, in processing order, into sessions and segments; §2–§4 ride
// along through firstResponse.ts and attribution.ts; §5's servicer status through
// servicerStatus.ts.
import type { Directory, KfEvent, ServiceState } from '../dataset/records'
import { attributeToServicer } from './attribution'
import {
  onAssistantMessage,
  onCustomerMessage,
  onHumanSegmentStart,
  onServicerMessage,
  type PendingRun,
} from './firstResponse'
import type { Replay, Segment, Session, Survey } from './replayTypes'
import { resolveSegmentGroup } from './segmentGroup'
import { OnlineIntervalsBuilder } from './servicerStatus'

/** WeChat's 48-hour session window. */
export const SESSION_WINDOW_SECONDS = 48 * 3600

export const WARNING = {
  noSessionForMessage: '接待人员或智能助手的消息不属于任何进行中的会话',
  noSessionForEnd: '结束会话(状态 4)时没有进行中的会话',
  notInOwnSegment: '接待人员的消息不在其本人的人工接待会话段内',
  replyAnswersNothing: '满意度评价回复没有可对应的、尚未回复的评价',
} as const

interface OpenSession extends PendingRun {
  session: Session
  state: ServiceState
  servicer: string | null
  segment: Segment | null
  /** The later of the start and the last customer message. */
  lastActivity: number
}

interface Pair {
  open: OpenSession | null
  latest: Session | null
  latestSurvey: Survey | null
}

export function sessionKey(
  start: number,
  ordinal: number,
  openKfid: string,
  customer: string,
): string {
  return `${start}.${ordinal}.${encodeURIComponent(openKfid)}.${encodeURIComponent(customer)}`
}

/** `events` must be in processing order (see processingOrder.ts). */
export function replayEvents(events: readonly KfEvent[], directory: Directory): Replay {
  const replayer = createReplayer(directory)
  replayer.add(events)
  return replayer.replay
}

/**
 * A replay that can go on: events that come after everything replayed so far (a live pull)
 * are added without replaying history again. `replay` is updated in place.
 */
export interface Replayer {
  readonly replay: Replay
  /** Events in processing order, none before the last one already added. */
  add(events: readonly KfEvent[]): void
  /** True when `events` (in processing order) all come after what was added. */
  canAppend(events: readonly KfEvent[]): boolean
}

export function createReplayer(directory: Directory): Replayer {
  const replay: Replay = {
    sessions: [],
    surveys: [],
    upgrades: [],
    online: new Map(),
    namedServicers: new Map(),
    warnings: new Map(),
    firstEventTime: null,
    lastEventTime: null,
  }
  let lastSeq = -1
  const pairs = new Map<string, Map<string, Pair>>()
  const online = new OnlineIntervalsBuilder()
  const groupCache = new Map<string, string | null>()

  const warn = (event: KfEvent, reason: string): void => {
    const list = replay.warnings.get(event.id)
    if (list) list.push(reason)
    else replay.warnings.set(event.id, [reason])
  }
  const name = (servicer: string | undefined, time: number): void => {
    if (servicer !== undefined && !replay.namedServicers.has(servicer)) {
      replay.namedServicers.set(servicer, time)
    }
  }

  const groupOf = (event: KfEvent, servicer: string, openKfid: string): string | null => {
    if (event.group_id !== undefined) return event.group_id
    const key = `${servicer}\u0000${openKfid}`
    let group = groupCache.get(key)
    if (group === undefined) {
      group = resolveSegmentGroup(undefined, servicer, openKfid, directory)
      groupCache.set(key, group)
    }
    return group
  }

  const startSegment = (open: OpenSession, event: KfEvent, servicer: string | null): void => {
    const session = open.session
    const segment: Segment = {
      session,
      servicer,
      start: event.time,
      group: servicer === null ? null : groupOf(event, servicer, session.open_kfid),
      customerMessages: [],
      pendingAtStart: false,
      clockAt: null,
      repliedAt: null,
    }
    session.segments.push(segment)
    open.segment = segment
    if (servicer !== null) onHumanSegmentStart(segment, open, event.time)
  }

  const close = (pair: Pair, time: number, by: 'state' | 'expiry'): void => {
    const open = pair.open!
    open.session.end = time
    open.session.endedBy = by
    open.session.states.push({ time, state: 4 })
    pair.open = null
  }

  const startSession = (pair: Pair, event: KfEvent, state: ServiceState): OpenSession => {
    // Two sessions of a pair can start in one second (the first ended as it began).
    const ordinal =
      pair.latest !== null && pair.latest.start === event.time
        ? Number(pair.latest.key.split('.')[1]) + 1
        : 0
    const session: Session = {
      index: replay.sessions.length,
      key: sessionKey(event.time, ordinal, event.open_kfid!, event.external_userid!),
      open_kfid: event.open_kfid!,
      external_userid: event.external_userid!,
      start: event.time,
      end: null,
      expiresAt: event.time + SESSION_WINDOW_SECONDS,
      endedBy: null,
      states: [
        state === 3
          ? { time: event.time, state, servicer: event.servicer_userid! }
          : { time: event.time, state },
      ],
      segments: [],
      customerMessages: [],
      servicerMessages: [],
      clockAt: null,
      repliedAt: null,
      surveys: [],
      ratings: [],
      events: [],
    }
    replay.sessions.push(session)
    const open: OpenSession = {
      session,
      state,
      servicer: state === 3 ? event.servicer_userid! : null,
      segment: null,
      lastActivity: event.time,
      pending: 0,
    }
    pair.open = open
    pair.latest = session
    if (state === 1) startSegment(open, event, null)
    if (state === 3) startSegment(open, event, open.servicer)
    return open
  }

  const changeState = (open: OpenSession, event: KfEvent, state: ServiceState): void => {
    const servicer = state === 3 ? event.servicer_userid! : null
    const before = receiverOf(open.state, open.servicer)
    const after = receiverOf(state, servicer)
    if (state === open.state && servicer === open.servicer) return
    open.state = state
    open.servicer = servicer
    open.session.states.push(
      servicer === null ? { time: event.time, state } : { time: event.time, state, servicer },
    )
    if (before === after) return
    open.segment = null
    if (state === 1) startSegment(open, event, null)
    if (state === 3) startSegment(open, event, servicer)
  }

  const add = (events: readonly KfEvent[]): void => {
    for (const event of events) {
      replay.firstEventTime ??= event.time
      replay.lastEventTime = event.time
      lastSeq = event.seq
      if (event.type === 'servicer_status') {
        name(event.servicer_userid, event.time)
        online.apply(event.servicer_userid!, event.status!, event.time)
        continue
      }
      let accountPairs = pairs.get(event.open_kfid!)
      if (!accountPairs) pairs.set(event.open_kfid!, (accountPairs = new Map()))
      let pair = accountPairs.get(event.external_userid!)
      if (!pair) {
        pair = { open: null, latest: null, latestSurvey: null }
        accountPairs.set(event.external_userid!, pair)
      }

      // Expiry is checked before each event of the pair: an event exactly at it finds it ended.
      if (pair.open !== null && pair.open.lastActivity + SESSION_WINDOW_SECONDS <= event.time) {
        close(pair, pair.open.lastActivity + SESSION_WINDOW_SECONDS, 'expiry')
      }
      let open = pair.open
      const openBefore = open

      switch (event.type) {
        case 'enter_session':
          if (open === null) startSession(pair, event, 0)
          break
        case 'message':
          if (event.origin === 'customer') {
            open ??= startSession(pair, event, 0)
            onCustomerMessage(open.session, open.segment, open, event.time)
            open.lastActivity = event.time
            open.session.expiresAt = event.time + SESSION_WINDOW_SECONDS
          } else if (open === null) {
            if (event.origin === 'servicer') name(event.servicer_userid, event.time)
            warn(event, WARNING.noSessionForMessage)
          } else if (event.origin === 'servicer') {
            name(event.servicer_userid, event.time)
            if (
              !onServicerMessage(
                open.session,
                open.segment,
                open,
                event.servicer_userid!,
                event.time,
              )
            ) {
              warn(event, WARNING.notInOwnSegment)
            }
          } else {
            onAssistantMessage(open)
          }
          break
        case 'state': {
          const state = event.state!
          if (state === 3) name(event.servicer_userid, event.time)
          if (state === 4) {
            if (open !== null) close(pair, event.time, 'state')
            else if (pair.latest?.endedBy !== 'expiry') warn(event, WARNING.noSessionForEnd)
          } else if (open === null) startSession(pair, event, state)
          else changeState(open, event, state)
          break
        }
        case 'survey_sent': {
          name(event.servicer_userid, event.time)
          const session = open?.session ?? pair.latest
          const survey: Survey = {
            id: event.id,
            sentAt: event.time,
            open_kfid: event.open_kfid!,
            external_userid: event.external_userid!,
            session,
            servicer: attributeToServicer(event.servicer_userid, open?.segment ?? null, session),
            answer: null,
          }
          replay.surveys.push(survey)
          session?.surveys.push(survey)
          pair.latestSurvey = survey
          break
        }
        case 'survey_reply': {
          const survey = pair.latestSurvey
          if (survey !== null && survey.answer === null) {
            survey.answer = { at: event.time, rating: event.rating! }
            survey.session?.ratings.push(survey.answer)
          } else warn(event, WARNING.replyAnswersNothing)
          break
        }
        case 'upgrade_invite':
        case 'upgrade_success': {
          name(event.servicer_userid, event.time)
          const session = open?.session ?? pair.latest
          replay.upgrades.push({
            id: event.id,
            at: event.time,
            outcome: event.type === 'upgrade_invite' ? 'invite' : 'success',
            kind: event.kind!,
            target: event.target!,
            open_kfid: event.open_kfid!,
            external_userid: event.external_userid!,
            session,
            servicer: attributeToServicer(event.servicer_userid, open?.segment ?? null, session),
          })
          break
        }
      }
      // The session the event belongs to, for 查看会话.
      const owner =
        pair.open?.session ??
        (event.type === 'state' && event.state === 4 ? openBefore?.session : undefined) ??
        (event.type.startsWith('survey_') || event.type.startsWith('upgrade_') ? pair.latest : null)
      owner?.events.push(event)
    }
  }

  // Sessions still open after the last event expire by themselves at `expiresAt`; whether they
  // have by a given `as_of` is for the figures to say (see asOf.ts).
  replay.online = online.intervals
  return {
    replay,
    add,
    canAppend(events) {
      const first = events[0]
      if (first === undefined || replay.lastEventTime === null) return true
      return (
        first.time > replay.lastEventTime ||
        (first.time === replay.lastEventTime && first.seq > lastSeq)
      )
    },
  }
}

function receiverOf(state: ServiceState, servicer: string | null): string | null {
  if (state === 1) return '\u0000assistant'
  if (state === 3) return servicer
  return null
}
