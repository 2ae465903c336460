// One customer conversation at a time: the smart assistant, the queue, human reception,
// transfers, surveys and upgrade invites, written out as kf-dataset events.
import {
  ACCOUNT_MODELS,
  GROUPS,
  SERVICER_MODELS,
  UPGRADE_GROUPCHATS,
  UPGRADE_MEMBERS,
} from './directory'
import type { AccountModel } from './directory'
import * as say from './phrases'
import type { Schedule } from './schedule'
import type { SeededRandom } from './seededRandom'
import type { DemoEvent, MessageContent, StateEvent, SurveySentEvent, UpgradeEvent } from './types'
import type { Rating, ServiceState, UpgradeKind } from '../../src/domain/dataset/records'

/** WeChat's session window: a session with no state 4 expires 48 h after its last customer message. */
export const SESSION_WINDOW = 48 * 3600

interface Candidate {
  userid: string
  name: string
  groupId: string
  limit: number
}

interface Assignment {
  servicer: Candidate
  time: number
}

interface Segment {
  start: number
  end: number
}

const SCENES: readonly (readonly [string, number])[] = [
  ['wxa_product', 5],
  ['official_menu', 3],
  ['order_detail', 3],
  ['channels_shop', 2],
  ['qrcode_store', 1],
  ['sms_link', 1],
]

/** The events of one session, built in order; `later` holds events that come after it ends. */
class Script {
  readonly events: DemoEvent[] = []
  readonly later: DemoEvent[] = []
  lastCustomer: number
  t: number
  leftOpen = false

  constructor(
    private readonly nextId: (prefix: string) => string,
    readonly openKfid: string,
    readonly customer: string,
    start: number,
  ) {
    this.t = start
    this.lastCustomer = start
  }

  wait(seconds: number): void {
    this.t += Math.max(0, Math.round(seconds))
  }

  // Each event is one object literal, fields in the order they are written out.

  enter(scene: string, sceneParam: string): void {
    this.events.push({
      id: this.nextId('ent'),
      type: 'enter_session',
      time: this.t,
      open_kfid: this.openKfid,
      external_userid: this.customer,
      scene,
      scene_param: sceneParam,
    })
  }

  private message(
    origin: 'customer' | 'assistant',
    msgtype: string,
    content: MessageContent,
  ): void {
    this.events.push({
      id: this.nextId('msg'),
      type: 'message',
      time: this.t,
      open_kfid: this.openKfid,
      external_userid: this.customer,
      origin,
      msgtype,
      content,
    })
  }

  customerText(text: string): void {
    this.message('customer', 'text', text)
    this.lastCustomer = this.t
  }

  customerMedia(msgtype: string, content: Record<string, string>): void {
    this.message('customer', msgtype, content)
    this.lastCustomer = this.t
  }

  assistant(text: string): void {
    this.message('assistant', 'text', text)
  }

  servicer(userid: string, msgtype: string, content: MessageContent): void {
    this.events.push({
      id: this.nextId('msg'),
      type: 'message',
      time: this.t,
      open_kfid: this.openKfid,
      external_userid: this.customer,
      origin: 'servicer',
      servicer_userid: userid,
      msgtype,
      content,
    })
  }

  state(state: Exclude<ServiceState, 3>): void {
    this.events.push({
      id: this.nextId('st'),
      type: 'state',
      time: this.t,
      open_kfid: this.openKfid,
      external_userid: this.customer,
      state,
    })
  }

  human(userid: string, groupId: string | null): void {
    const event: StateEvent = {
      id: this.nextId('st'),
      type: 'state',
      time: this.t,
      open_kfid: this.openKfid,
      external_userid: this.customer,
      state: 3,
      servicer_userid: userid,
    }
    if (groupId !== null) event.group_id = groupId
    this.events.push(event)
  }

  surveySent(userid: string | null): void {
    const event: SurveySentEvent = {
      id: this.nextId('svy'),
      type: 'survey_sent',
      time: this.t,
      open_kfid: this.openKfid,
      external_userid: this.customer,
    }
    if (userid !== null) event.servicer_userid = userid
    this.events.push(event)
  }

  surveyReply(time: number, rating: Rating): void {
    this.later.push({
      id: this.nextId('svy'),
      type: 'survey_reply',
      time,
      open_kfid: this.openKfid,
      external_userid: this.customer,
      rating,
    })
  }

  upgrade(
    type: UpgradeEvent['type'],
    time: number,
    kind: UpgradeKind,
    target: string,
    userid: string,
  ): void {
    const event: UpgradeEvent = {
      id: this.nextId('upg'),
      type,
      time,
      open_kfid: this.openKfid,
      external_userid: this.customer,
      kind,
      target,
      servicer_userid: userid,
    }
    if (type === 'upgrade_invite') this.events.push(event)
    else this.later.push(event)
  }

  /** The last moment any event of this session (or its late answers) happens. */
  lastTime(): number {
    let last = this.t
    for (const e of this.events) last = Math.max(last, e.time)
    for (const e of this.later) last = Math.max(last, e.time)
    return last
  }
}

export class Simulation {
  private counter = 0
  /** Per account, per customer index: the pair is busy until this time. */
  private readonly busyUntil: Float64Array[]
  private readonly load = new Map<string, Segment[]>()
  private readonly prunedLength = new Map<string, number>()
  /** Start of the session being played: sessions come in start order. */
  private horizon = -Infinity
  private readonly candidates: Candidate[][]

  constructor(
    private readonly rng: SeededRandom,
    private readonly schedule: Schedule,
    private readonly customerIds: readonly string[],
    private readonly idTag: string,
  ) {
    this.busyUntil = ACCOUNT_MODELS.map(() => new Float64Array(customerIds.length))
    this.candidates = ACCOUNT_MODELS.map((model) => {
      const list: Candidate[] = []
      for (const group of GROUPS) {
        if (!group.open_kfids.includes(model.account.open_kfid)) continue
        for (const userid of group.servicer_userids) {
          if (list.some((c) => c.userid === userid)) continue
          const servicer = SERVICER_MODELS.find((s) => s.servicer.userid === userid)
          list.push({
            userid,
            name: servicer?.servicer.name ?? userid,
            groupId: group.group_id,
            limit: group.reception_limit,
          })
        }
      }
      return list
    })
    for (const model of SERVICER_MODELS) this.load.set(model.servicer.userid, [])
  }

  nextId = (prefix: string): string => {
    this.counter += 1
    return `${prefix}-${this.idTag}-${this.counter.toString(36).padStart(6, '0')}`
  }

  /**
   * Plays one session that starts at `start` and hands its events to `emit` (the session's own
   * events in order, then its late answers). Returns the number of events, 0 when no customer
   * was free to start a session.
   */
  simulateSession(start: number, emit: (event: DemoEvent) => void): number {
    const rng = this.rng
    this.horizon = Math.max(this.horizon, start)
    const accountIndex = rng.weightedIndex(ACCOUNT_MODELS.map((m) => m.weight))
    const model = ACCOUNT_MODELS[accountIndex] as AccountModel
    const customer = this.pickCustomer(accountIndex, start)
    if (customer < 0) return 0
    const script = new Script(
      this.nextId,
      model.account.open_kfid,
      this.customerIds[customer] as string,
      start,
    )
    this.play(script, model, accountIndex)
    let busy = script.lastTime() + 1
    if (script.leftOpen) busy = Math.max(busy, script.lastCustomer + SESSION_WINDOW + 1)
    ;(this.busyUntil[accountIndex] as Float64Array)[customer] = busy
    for (const event of script.events) emit(event)
    for (const event of script.later) emit(event)
    return script.events.length + script.later.length
  }

  /** A customer with no session of this account in progress; regulars come back more often. */
  private pickCustomer(accountIndex: number, t: number): number {
    const busy = this.busyUntil[accountIndex] as Float64Array
    const n = this.customerIds.length
    for (let attempt = 0; attempt < 8; attempt++) {
      const index = Math.min(n - 1, Math.floor(n * Math.pow(this.rng.next(), 1.4)))
      if ((busy[index] as number) <= t) return index
    }
    return -1
  }

  private play(s: Script, model: AccountModel, accountIndex: number): void {
    const rng = this.rng
    const entered = rng.chance(0.88)
    if (entered)
      s.enter(rng.weighted(SCENES), `from=${rng.pick(['banner', 'sku', 'menu', 'order', 'live'])}`)
    if (entered && rng.chance(0.06)) {
      // Looked, said nothing; maybe came back once. Left to expire.
      if (rng.chance(0.3)) {
        s.wait(rng.logUniform(60, 6 * 3600))
        s.enter(rng.weighted(SCENES), 'from=menu')
      }
      s.leftOpen = true
      return
    }
    const key = model.key
    if (rng.chance(model.assistantRate)) {
      if (entered) {
        s.wait(rng.int(1, 3))
        s.state(1)
        s.wait(rng.int(0, 1))
        s.assistant(say.assistantWelcome(rng))
        s.wait(rng.logUniform(5, 120))
        s.customerText(say.question(key, rng))
      } else {
        s.customerText(say.question(key, rng))
        s.wait(1)
        s.state(1)
      }
      s.wait(rng.int(1, 3))
      s.assistant(say.assistantAnswer(key, rng))
      for (let i = rng.int(0, 2); i > 0; i--) {
        s.wait(rng.logUniform(8, 150))
        s.customerText(say.followUp(rng))
        s.wait(rng.int(1, 3))
        s.assistant(say.assistantAnswer(key, rng))
      }
      if (rng.chance(0.4)) {
        // The assistant was enough.
        s.wait(rng.logUniform(10, 300))
        s.customerText(say.customerThanks(rng))
        s.wait(rng.int(1, 2))
        s.assistant(say.assistantBye(rng))
        if (rng.chance(0.75)) {
          s.wait(rng.logUniform(60, 900))
          s.state(4)
          if (rng.chance(0.3)) {
            s.wait(rng.int(0, 2))
            s.surveySent(null)
            this.answerSurvey(s, 'good')
          }
        } else {
          s.leftOpen = true
        }
        return
      }
      s.wait(rng.logUniform(5, 120))
      s.customerText(say.askForHuman(rng))
      s.wait(rng.int(1, 2))
      s.assistant(say.assistantHandover(rng))
    } else {
      if (entered) s.wait(rng.logUniform(3, 120))
      s.customerText(say.question(key, rng))
    }
    this.humanPhase(s, model, accountIndex)
  }

  /** Queue (state 2) if nobody can take the session now, then human reception until the end. */
  private humanPhase(s: Script, model: AccountModel, accountIndex: number): void {
    const rng = this.rng
    s.wait(rng.int(1, 3))
    const queued = this.queueFor(s, accountIndex, null, true)
    if (queued === null) return
    let current = queued.assignment
    let slow = queued.waited > 1800
    let upgraded = false
    let segmentStart = s.t
    s.human(current.userid, rng.chance(0.85) ? current.groupId : null)

    const firstDelay = rng.weighted<number | null>([
      [rng.logUniform(5, 60), 70],
      [rng.logUniform(60, 300), 20],
      [rng.logUniform(300, 1200), 7],
      [null, 3],
    ])
    if (firstDelay === null) {
      // The servicer never answered; the session is closed later without a word.
      s.wait(rng.logUniform(1800, 4 * 3600))
      s.state(4)
      this.addLoad(current.userid, segmentStart, s.t)
      if (rng.chance(0.4)) {
        s.surveySent(current.userid)
        this.answerSurvey(s, 'bad')
      }
      return
    }
    if (firstDelay > 300) slow = true
    s.wait(firstDelay)
    s.servicer(current.userid, 'text', say.greeting(current.name, rng))
    if (rng.chance(0.7)) {
      s.wait(rng.logUniform(3, 40))
      s.servicer(current.userid, 'text', say.answer(model.key, rng))
    }

    let moves = 0
    const rounds = rng.int(1, 6)
    for (let round = 0; round < rounds; round++) {
      // The customer writes back, now or much later (sometimes re-entering the chat).
      if (rng.chance(0.85)) {
        s.wait(rng.logUniform(8, 240))
      } else {
        s.wait(rng.logUniform(600, 3 * 3600))
        if (rng.chance(0.4)) s.enter(rng.weighted(SCENES), 'from=reentry')
        s.wait(rng.int(2, 30))
      }
      if (round > 0 && rng.chance(0.08)) break
      const media = rng.next()
      if (media < 0.08) s.customerMedia('image', { media_id: say.mediaId(rng) })
      else if (media < 0.1) s.customerMedia('voice', { media_id: say.mediaId(rng) })
      else
        s.customerText(
          round === 0 && rng.chance(0.5) ? say.question(model.key, rng) : say.followUp(rng),
        )

      if (rng.chance(0.04)) continue // no reply to this one
      s.wait(rng.logUniform(5, 180))
      s.servicer(
        current.userid,
        'text',
        rng.chance(0.6) ? say.answer(model.key, rng) : say.servicerFiller(rng),
      )
      if (rng.chance(0.08)) {
        const attachment = say.servicerAttachment(rng)
        s.wait(rng.int(2, 20))
        s.servicer(current.userid, attachment.msgtype, attachment.content)
      }

      if (!upgraded && rng.chance(model.upgradeRate / 2)) {
        upgraded = true
        this.upgrade(s, model, current.userid)
      }

      if (moves === 0 && round < rounds - 1 && rng.chance(0.16)) {
        moves += 1
        if (rng.chance(0.75)) {
          // 转接: to a colleague who is free now.
          const other = this.findServicer(accountIndex, s.t + 10, current.userid, 0)
          if (other !== null) {
            s.wait(rng.int(2, 15))
            s.servicer(current.userid, 'text', say.transferNotice(other.servicer.name, rng))
            s.wait(rng.int(5, 40))
            this.addLoad(current.userid, segmentStart, s.t)
            current = other.servicer
            segmentStart = s.t
            s.human(current.userid, rng.chance(0.85) ? current.groupId : null)
            s.wait(rng.logUniform(5, 150))
            s.servicer(current.userid, 'text', say.greeting(current.name, rng))
          }
        } else {
          // Back to the queue, then someone else.
          s.wait(rng.int(2, 15))
          s.servicer(current.userid, 'text', '稍等，为您重新分配更合适的同事')
          s.wait(rng.int(1, 10))
          this.addLoad(current.userid, segmentStart, s.t)
          const next = this.queueFor(s, accountIndex, current.userid, false)
          if (next === null) return
          current = next.assignment
          segmentStart = s.t
          s.human(current.userid, rng.chance(0.85) ? current.groupId : null)
          s.wait(rng.logUniform(5, 150))
          s.servicer(current.userid, 'text', say.greeting(current.name, rng))
        }
      }
    }

    if (!upgraded && rng.chance(model.upgradeRate / 2)) this.upgrade(s, model, current.userid)
    s.wait(rng.logUniform(10, 300))
    s.servicer(current.userid, 'text', say.servicerClosing(rng))
    if (rng.chance(0.5)) {
      s.wait(rng.logUniform(5, 120))
      s.customerText(say.customerThanks(rng))
    }
    if (rng.chance(0.1)) {
      // Nobody closed it: WeChat ends it 48 h after the customer's last message.
      s.leftOpen = true
      this.addLoad(current.userid, segmentStart, s.t + 1800)
      return
    }
    s.wait(rng.logUniform(20, 900))
    s.state(4)
    this.addLoad(current.userid, segmentStart, s.t)
    if (rng.chance(0.75)) {
      s.wait(rng.int(0, 2))
      s.surveySent(current.userid)
      this.answerSurvey(s, slow ? 'slow' : 'good')
    }
  }

  /**
   * Puts the session in the queue when nobody can take it at once (always state 2 when
   * `returning`), waits for a servicer, and moves `s.t` to the assignment. Returns null when
   * the customer gave up (the session is then closed by the system or left to expire).
   */
  private queueFor(
    s: Script,
    accountIndex: number,
    exclude: string | null,
    fromCustomer: boolean,
  ): { assignment: Candidate; waited: number } | null {
    const rng = this.rng
    const request = s.t
    const patience = rng.chance(0.7)
      ? rng.logUniform(300, 3 * 3600)
      : rng.logUniform(3600, 30 * 3600)
    const found = this.findServicer(accountIndex, request, exclude, patience)
    const waited = found === null ? patience : found.time - request
    if (found === null || waited > 20 || !fromCustomer || rng.chance(0.4)) s.state(2)
    if (waited > 180 && rng.chance(0.5)) {
      s.t = request + Math.floor(waited * rng.float(0.2, 0.8))
      s.customerText(say.stillWaiting(rng))
    }
    if (found === null) {
      s.t = request + patience
      if (rng.chance(0.5)) s.state(4)
      else s.leftOpen = true
      return null
    }
    s.t = Math.max(s.t + 1, found.time + rng.int(0, 5))
    return { assignment: found.servicer, waited }
  }

  /**
   * The least-loaded servicer of a group serving the account who is on and under the group's
   * reception limit at `t`, or at the first later moment one is, within `maxWait` seconds.
   */
  private findServicer(
    accountIndex: number,
    t: number,
    exclude: string | null,
    maxWait: number,
  ): Assignment | null {
    const candidates = this.candidates[accountIndex] as Candidate[]
    let at = t
    for (let step = 0; step < 60; step++) {
      let best: Candidate | null = null
      let bestLoad = Infinity
      let next = Infinity
      for (const c of candidates) {
        if (c.userid === exclude) continue
        if (this.schedule.isOnline(c.userid, at)) {
          const load = this.loadAt(c.userid, at)
          if (load < c.limit) {
            if (load < bestLoad || (load === bestLoad && this.rng.chance(0.5))) {
              best = c
              bestLoad = load
            }
          } else {
            next = Math.min(next, this.earliestEnd(c.userid, at))
          }
        } else {
          const on = this.schedule.nextOn(c.userid, at)
          if (on !== null) next = Math.min(next, on)
        }
      }
      if (best !== null) return { servicer: best, time: at }
      if (!Number.isFinite(next) || next + 1 - t > maxWait) return null
      at = next + 1
    }
    return null
  }

  private loadAt(userid: string, t: number): number {
    let n = 0
    for (const seg of this.load.get(userid) as Segment[]) if (seg.start <= t && t < seg.end) n++
    return n
  }

  private earliestEnd(userid: string, t: number): number {
    let end = Infinity
    for (const seg of this.load.get(userid) as Segment[]) {
      if (seg.start <= t && t < seg.end) end = Math.min(end, seg.end)
    }
    return end
  }

  private addLoad(userid: string, start: number, end: number): void {
    let list = this.load.get(userid) as Segment[]
    if (list.length >= 64 && list.length >= 2 * (this.prunedLength.get(userid) ?? 0)) {
      // Sessions start in time order and are assigned at or after their start, so a segment
      // that ended before the current session started can no longer count as load.
      const horizon = this.horizon
      list = list.filter((seg) => seg.end > horizon)
      this.load.set(userid, list)
      this.prunedLength.set(userid, list.length)
    }
    list.push({ start, end })
  }

  private upgrade(s: Script, model: AccountModel, userid: string): void {
    const rng = this.rng
    const kind: UpgradeKind = rng.chance(model.key === 'member' ? 0.6 : 0.25)
      ? 'member'
      : 'groupchat'
    const target = kind === 'member' ? rng.pick(UPGRADE_MEMBERS) : rng.pick(UPGRADE_GROUPCHATS)
    s.wait(rng.int(3, 30))
    s.upgrade('upgrade_invite', s.t, kind, target, userid)
    s.wait(rng.int(1, 5))
    s.servicer(userid, 'text', say.upgradeNotice(kind, rng))
    const outcome = rng.next()
    if (outcome < 0.45)
      s.upgrade('upgrade_success', s.t + rng.logUniform(30, 1800), kind, target, userid)
    else if (outcome < 0.6)
      s.upgrade('upgrade_success', s.t + rng.logUniform(2 * 3600, 40 * 3600), kind, target, userid)
  }

  /** Most answer within minutes, some hours or a day later, about a third never. */
  private answerSurvey(s: Script, mood: 'good' | 'slow' | 'bad'): void {
    const rng = this.rng
    const when = rng.next()
    let time: number
    if (when < 0.55) time = s.t + rng.logUniform(5, 900)
    else if (when < 0.67) time = s.t + rng.logUniform(2 * 3600, 30 * 3600)
    else return
    const weights: Record<typeof mood, [number, number, number]> = {
      good: [78, 15, 7],
      slow: [45, 30, 25],
      bad: [20, 30, 50],
    }
    const [sat, mid, dis] = weights[mood]
    const rating = rng.weighted<Rating>([
      ['satisfied', sat],
      ['middling', mid],
      ['dissatisfied', dis],
    ])
    s.surveyReply(time, rating)
  }
}
