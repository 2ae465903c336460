// Sessions (metrics.md §1): start, re-entry, end by state 4, the 48-hour expiry.
// Conventions (zone, base directory, ids e1…, default pair kf1/c1): see kit.ts.
import type { ReportCase } from '../caseTypes'
import {
  ZERO,
  asst,
  c2,
  c3,
  cust,
  enter,
  invite,
  kf2,
  one,
  serv,
  sh,
  state,
  surveySent,
} from './kit'

export default [
  // e1 enter_session 10:00:00 (kf1/c1) and nothing else. Default as_of = last event = 10:00:00;
  // default range = 2026-11-20..2026-11-20.
  // One session, state 0, open (expiry 11-22 10:00 is after as_of). No customer message, no
  // segment → not a consultation session. 接入客户数 1 (c1), c1 is 企业好友 → friend_customers 1.
  {
    name: 'an enter_session alone starts a session that is not a consultation session',
    inputs: one([enter(sh('10:00:00'))]),
    expect: {
      timezone: 'Asia/Shanghai',
      range: { from: '2026-11-20', to: '2026-11-20' },
      as_of: '2026-11-20T10:00:00+08:00',
      import: { read: 1, added: 1, duplicates: 0, conflicts: 0, invalid: 0, warnings: 0 },
      overview: {
        ...ZERO,
        sessions: 1,
        customers: 1,
        friend_customers: 1,
        by_day: [{ date: '2026-11-20', ...ZERO, sessions: 1, customers: 1, friend_customers: 1 }],
      },
      sessions: [
        {
          open_kfid: 'kf1',
          external_userid: 'c1',
          start: '2026-11-20T10:00:00+08:00',
          end: null,
          state: 0,
          servicers: [],
          first_response_seconds: null,
          customer_messages: 0,
          servicer_messages: 0,
          rating: null,
        },
      ],
      realtime: { queue: 0, sessions_in_human: 0, today: { sessions: 1 } },
    },
  },

  // e1 enter 10:00:00 → session A starts. e2 enter 10:05 and e3 enter 10:10 arrive while A is
  // open → re-entries, no new session. e4 state 4 10:20 ends A. e5 enter 10:30 → session B.
  // as_of = 10:30:00. sessions 2; customers: c1 twice on one day → 1; friend 1.
  {
    name: 're-entry: enter_session while open adds no session; after state 4 a new one starts',
    inputs: one([
      enter(sh('10:00:00')),
      enter(sh('10:05:00')),
      enter(sh('10:10:00')),
      state(sh('10:20:00'), 4),
      enter(sh('10:30:00')),
    ]),
    expect: {
      import: { read: 5, added: 5, duplicates: 0, conflicts: 0, invalid: 0, warnings: 0 },
      overview: { ...ZERO, sessions: 2, customers: 1, friend_customers: 1 },
      sessions: [
        { start: sh('10:00:00'), end: sh('10:20:00'), state: 4, customer_messages: 0 },
        { start: sh('10:30:00'), end: null, state: 0, customer_messages: 0 },
      ],
    },
  },

  // All at 10:00:00, listed in this input order: kf2/c1 state 0; kf1/c3 state 1; kf1/c2 state 3
  // alice; kf1/c1 state 2. Each arrives with no open session → starts one in that state.
  // Rows sorted by (start, open_kfid, external_userid): kf1/c1, kf1/c2, kf1/c3, kf2/c1.
  // human_sessions 1 (kf1/c2). No customer message anywhere → consultation 0, assistant 0,
  // segments of consultation sessions 0. customers c1,c2,c3 → 3 (c1 in two sessions, one day);
  // friend 1 (c1). Realtime at as_of 10:00:00: queue 1 (kf1/c1 state 2), in human 1.
  // alice: 1 human segment (all of X's segments count, consultation or not), customer c2 → 1.
  {
    name: 'state 0, 1, 2 and 3 each start a session in that state; rows sorted by start, account, customer',
    inputs: one([
      state(sh('10:00:00'), 0, undefined, { ...kf2 }),
      state(sh('10:00:00'), 1, undefined, c3),
      state(sh('10:00:00'), 3, 'alice', c2),
      state(sh('10:00:00'), 2),
    ]),
    expect: {
      import: { read: 4, added: 4, duplicates: 0, conflicts: 0, invalid: 0, warnings: 0 },
      overview: { ...ZERO, sessions: 4, human_sessions: 1, customers: 3, friend_customers: 1 },
      sessions: [
        { open_kfid: 'kf1', external_userid: 'c1', state: 2, servicers: [] },
        { open_kfid: 'kf1', external_userid: 'c2', state: 3, servicers: ['alice'] },
        { open_kfid: 'kf1', external_userid: 'c3', state: 1, servicers: [] },
        { open_kfid: 'kf2', external_userid: 'c1', state: 0, servicers: [] },
      ],
      staff: [
        { servicer_userid: 'alice', human_segments: 1, customers: 1, addressed: 0 },
        { servicer_userid: 'bob', human_segments: 0 },
        { servicer_userid: 'carol', human_segments: 0 },
      ],
      realtime: { queue: 1, sessions_in_human: 1 },
    },
  },

  // Same pair, same second, in input order: e1 enter 10:00:00 starts A; e2 state 4 10:00:00
  // ends A; e3 customer message 10:00:00 starts B. Both rows have the same (start, kf, customer):
  // ties keep the order the sessions started → A then B.
  {
    name: 'two sessions of one pair in the same second: rows keep the order they started',
    inputs: one([enter(sh('10:00:00')), state(sh('10:00:00'), 4), cust(sh('10:00:00'))]),
    expect: {
      overview: { ...ZERO, sessions: 2, customers: 1, friend_customers: 1, customer_messages: 1 },
      sessions: [
        { start: sh('10:00:00'), end: sh('10:00:00'), state: 4, customer_messages: 0 },
        { start: sh('10:00:00'), end: null, state: 0, customer_messages: 1 },
      ],
    },
  },

  // e1 customer message 11-20 10:00:00 starts A (start = last customer message) → expiry
  // 11-22 10:00:00. e2 customer message exactly 11-22 10:00:00: expiry is checked first, A has
  // ended (end = expiry, state 4), and e2 starts B. as_of = 11-22 10:00:00; B open (expiry 11-24).
  // Per day: 20 → 1 session, 1 message; 21 → nothing; 22 → 1 session, 1 message.
  // customers per day summed: 1 + 1 = 2 (c1, friend → friend_customers 2).
  {
    name: 'an event exactly at the 48-hour expiry finds the session ended and starts a new one',
    inputs: one([cust(sh('10:00:00', 20)), cust(sh('10:00:00', 22))]),
    expect: {
      range: { from: '2026-11-20', to: '2026-11-22' },
      as_of: '2026-11-22T10:00:00+08:00',
      overview: {
        ...ZERO,
        sessions: 2,
        customers: 2,
        friend_customers: 2,
        customer_messages: 2,
        by_day: [
          {
            date: '2026-11-20',
            ...ZERO,
            sessions: 1,
            customers: 1,
            friend_customers: 1,
            customer_messages: 1,
          },
          { date: '2026-11-21', ...ZERO },
          {
            date: '2026-11-22',
            ...ZERO,
            sessions: 1,
            customers: 1,
            friend_customers: 1,
            customer_messages: 1,
          },
        ],
      },
      sessions: [
        {
          start: sh('10:00:00', 20),
          end: sh('10:00:00', 22),
          state: 4,
          customer_messages: 1,
        },
        { start: sh('10:00:00', 22), end: null, state: 0, customer_messages: 1 },
      ],
    },
  },

  // e1 customer message 11-20 10:00:00 → expiry 11-22 10:00:00. e2 customer message 11-22
  // 09:59:59, one second before: still the same session (expiry moves to 11-24 09:59:59).
  // as_of 11-22 09:59:59 → open. Messages per day: 20 → 1, 21 → 0, 22 → 1.
  {
    name: 'one second before expiry the session is still open',
    inputs: one([cust(sh('10:00:00', 20)), cust(sh('09:59:59', 22))]),
    expect: {
      overview: {
        sessions: 1,
        customer_messages: 2,
        by_day: [
          { date: '2026-11-20', sessions: 1, customer_messages: 1 },
          { date: '2026-11-21', sessions: 0, customer_messages: 0 },
          { date: '2026-11-22', sessions: 0, customer_messages: 1 },
        ],
      },
      sessions: [{ start: sh('10:00:00', 20), end: null, state: 0, customer_messages: 2 }],
    },
  },

  // e1 enter 11-20 10:00:00 starts the session (expiry 11-22 10:00). e2 customer message 11-21
  // 12:00:00 → expiry = 48 h after the later of start and last customer message = 11-23 12:00.
  // e3 customer message 11-23 11:00:00 is more than 48 h after the start but before 11-23 12:00
  // → same session. as_of 11-23 11:00:00 → still open. One session, 2 customer messages.
  {
    name: 'expiry counts from the later of start and last customer message',
    inputs: one([enter(sh('10:00:00', 20)), cust(sh('12:00:00', 21)), cust(sh('11:00:00', 23))]),
    expect: {
      as_of: '2026-11-23T11:00:00+08:00',
      overview: { sessions: 1, customer_messages: 2 },
      sessions: [{ start: sh('10:00:00', 20), end: null, state: 0, customer_messages: 2 }],
    },
  },

  // Same events; --at 11-25 11:00:00 = 48 h after the last customer message (11-23 11:00):
  // a session whose expiry is at or before as_of has ended → end 11-25 11:00:00, state 4.
  // Range 11-20..11-25 → 6 days in by_day.
  {
    name: 'a session whose expiry equals as_of has ended at its expiry',
    inputs: one([enter(sh('10:00:00', 20)), cust(sh('12:00:00', 21)), cust(sh('11:00:00', 23))]),
    args: { at: '2026-11-25T11:00:00+08:00' },
    expect: {
      range: { from: '2026-11-20', to: '2026-11-25' },
      overview: {
        sessions: 1,
        customer_messages: 2,
        by_day: [
          { date: '2026-11-20', sessions: 1, customer_messages: 0 },
          { date: '2026-11-21', sessions: 0, customer_messages: 1 },
          { date: '2026-11-22', sessions: 0, customer_messages: 0 },
          { date: '2026-11-23', sessions: 0, customer_messages: 1 },
          { date: '2026-11-24', sessions: 0, customer_messages: 0 },
          { date: '2026-11-25', sessions: 0, customer_messages: 0 },
        ],
      },
      sessions: [
        { start: sh('10:00:00', 20), end: sh('11:00:00', 25), state: 4, customer_messages: 2 },
      ],
      realtime: { queue: 0, sessions_in_human: 0 },
    },
  },

  // e1 customer 11-20 10:00:00 starts A (expiry 11-22 10:00:00); e2 state 3 alice 10:00:10;
  // e3 alice 10:00:30 (pending e1 → clock 10:00:10 → frt 20); e4 alice 11-21 20:00:00 — a
  // servicer message does not move the expiry. e5 customer 11-22 10:00:00 = expiry → A ended
  // there (state 4, its alice segment ends too); e5 starts B (state 0, no segment).
  // No warnings: e4 is in alice's own human segment while A is open.
  {
    name: 'servicer messages do not extend the 48-hour window',
    inputs: one([
      cust(sh('10:00:00', 20)),
      state(sh('10:00:10', 20), 3, 'alice'),
      serv(sh('10:00:30', 20), 'alice'),
      serv(sh('20:00:00', 21), 'alice'),
      cust(sh('10:00:00', 22)),
    ]),
    expect: {
      import: { read: 5, added: 5, duplicates: 0, conflicts: 0, invalid: 0, warnings: 0 },
      sessions: [
        {
          start: sh('10:00:00', 20),
          end: sh('10:00:00', 22),
          state: 4,
          servicers: ['alice'],
          first_response_seconds: 20,
          customer_messages: 1,
          servicer_messages: 2,
        },
        {
          start: sh('10:00:00', 22),
          end: null,
          state: 0,
          servicers: [],
          first_response_seconds: null,
          customer_messages: 1,
          servicer_messages: 0,
        },
      ],
      realtime: { sessions_in_human: 0 },
    },
  },

  // kf1/c1: e1 customer 11-20 10:00:00 (expiry 11-22 10:00:00); e2 state 4 11-22 11:00:00 comes
  // after the session expired → WeChat closing it late → ignored silently.
  // kf1/c2: e3 state 4 11-22 11:00:00, the pair never had a session → warning, no session.
  // kf2/c3: e4 enter 11-22 10:30:00; e5 state 4 10:40:00 ends it; e6 state 4 10:50:00: the
  // latest session ended by a state 4, not by expiry → no open session → warning.
  // warnings = 2 (e3, e6). as_of 11-22 11:00:00. Sessions: kf1/c1 (11-20), kf2/c3 (11-22).
  {
    name: 'state 4 after expiry is silent; state 4 with no session, or after a state 4, warns',
    inputs: one([
      cust(sh('10:00:00', 20)),
      state(sh('11:00:00', 22), 4),
      state(sh('11:00:00', 22), 4, undefined, c2),
      enter(sh('10:30:00', 22), { ...kf2, ...c3 }),
      state(sh('10:40:00', 22), 4, undefined, { ...kf2, ...c3 }),
      state(sh('10:50:00', 22), 4, undefined, { ...kf2, ...c3 }),
    ]),
    expect: {
      import: { read: 6, added: 6, duplicates: 0, conflicts: 0, invalid: 0, warnings: 2 },
      overview: { sessions: 2 },
      sessions: [
        {
          open_kfid: 'kf1',
          external_userid: 'c1',
          start: sh('10:00:00', 20),
          end: sh('10:00:00', 22),
          state: 4,
        },
        {
          open_kfid: 'kf2',
          external_userid: 'c3',
          start: sh('10:30:00', 22),
          end: sh('10:40:00', 22),
          state: 4,
        },
      ],
    },
  },

  // All kf1/c1, no session yet: e1 alice message 10:00:00 → no open session → belongs to none,
  // warning. e2 assistant message 10:00:05 → same, warning. e3 survey_sent 10:00:10 → no session
  // at all → belongs to none, no servicer → attributed to nobody; no warning. e4 upgrade_invite
  // member 10:00:15 → same, no warning. e5 state 4 10:00:20 → no session ever → warning.
  // e6 enter 10:01:00 → the only session. warnings 3. Unfiltered overview still counts the
  // survey (surveys_sent 1) and the invite (member_invites 1); alice is credited with neither.
  {
    name: 'servicer/assistant messages, surveys, invites and state 4 never start a session',
    inputs: one([
      serv(sh('10:00:00'), 'alice'),
      asst(sh('10:00:05')),
      surveySent(sh('10:00:10')),
      invite(sh('10:00:15'), 'member', 'm_zhang'),
      state(sh('10:00:20'), 4),
      enter(sh('10:01:00')),
    ]),
    expect: {
      import: { read: 6, added: 6, duplicates: 0, conflicts: 0, invalid: 0, warnings: 3 },
      overview: {
        ...ZERO,
        sessions: 1,
        customers: 1,
        friend_customers: 1,
        surveys_sent: 1,
        member_invites: 1,
      },
      sessions: [
        {
          start: sh('10:01:00'),
          end: null,
          state: 0,
          servicers: [],
          customer_messages: 0,
          servicer_messages: 0,
        },
      ],
      staff: [
        { servicer_userid: 'alice', surveys_sent: 0, member_invites: 0 },
        { servicer_userid: 'bob', surveys_sent: 0 },
        { servicer_userid: 'carol', surveys_sent: 0 },
      ],
    },
  },

  // kf1/c1: e1 customer 11-20 10:00:00 → expiry 11-22 10:00:00. kf1/c2: e2 enter 11-22
  // 10:00:00 is the last event → default as_of 11-22 10:00:00. c1's expiry is at as_of → ended:
  // end 11-22 10:00:00, state 4. c2's session open, state 0.
  {
    name: 'the default as_of (last stored event) also ends sessions whose expiry has come',
    inputs: one([cust(sh('10:00:00', 20)), enter(sh('10:00:00', 22), c2)]),
    expect: {
      as_of: '2026-11-22T10:00:00+08:00',
      sessions: [
        { external_userid: 'c1', end: sh('10:00:00', 22), state: 4 },
        { external_userid: 'c2', end: null, state: 0 },
      ],
    },
  },
] satisfies ReportCase[]
