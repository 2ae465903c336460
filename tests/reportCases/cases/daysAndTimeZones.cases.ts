// Days, ranges and zones (metrics.md §5, §8): which day a figure belongs to, midnight, DST,
// per-day customer counts summed over days, explicit ranges, no events at all.
// Conventions (zone, base directory, ids e1…, default pair kf1/c1): see kit.ts.
import type { ReportCase } from '../caseTypes'
import {
  STAFF_ZERO,
  ZERO,
  c2,
  c3,
  cust,
  dataset,
  enter,
  log,
  one,
  serv,
  sh,
  state,
  status,
} from './kit'

// A small directory for the DST cases: one account, alice alone in G1, three non-friends.
const SMALL = {
  accounts: [{ open_kfid: 'kf1', name: 'Shop' }],
  servicers: [{ userid: 'alice', name: 'Alice' }],
  groups: [
    {
      group_id: 'G1',
      name: 'Team',
      reception_limit: 5,
      open_kfids: ['kf1'],
      servicer_userids: ['alice'],
    },
  ],
  customers: [
    { external_userid: 'c1', nickname: 'Ann' },
    { external_userid: 'c2', nickname: 'Ben' },
    { external_userid: 'c3', nickname: 'Cy' },
  ],
}

const MIDNIGHT = [
  cust(sh('23:59:59', 20)),
  state(sh('00:00:05', 21), 3, 'alice'),
  cust(sh('00:00:10', 21)),
  serv(sh('00:00:20', 21), 'alice'),
]

export default [
  // e1 customer 11-20 23:59:59 starts the session (its day: 11-20); e2 state 3 alice 11-21
  // 00:00:05 (segment's day: 11-21); e3 customer 11-21 00:00:10 (in the segment); e4 alice
  // 00:00:20. Pending e1 → clock 00:00:05 → frt 15 (segment and session).
  // 11-20: session, consultation, human, addressed, replied, frt 15 (session figures go to the
  //   start day), 1 customer message (e1), customers 1, consulting 1, friend 1 (c1).
  // 11-21: consultation_segments 1, human_segments 1 (segment start), 1 customer message (e3).
  // alice: her segment and its figures on 11-21; e3 is in her segment → customer_messages 1.
  {
    name: 'midnight: a session starting 23:59:59 counts on its day, later messages and segments on theirs',
    inputs: one(MIDNIGHT),
    expect: {
      range: { from: '2026-11-20', to: '2026-11-21' },
      as_of: '2026-11-21T00:00:20+08:00',
      overview: {
        ...ZERO,
        sessions: 1,
        consultation_sessions: 1,
        human_sessions: 1,
        consultation_segments: 1,
        human_segments: 1,
        addressed: 1,
        replied: 1,
        first_response_seconds: 15,
        customer_messages: 2,
        customers: 1,
        consulting_customers: 1,
        friend_customers: 1,
        by_day: [
          {
            date: '2026-11-20',
            ...ZERO,
            sessions: 1,
            consultation_sessions: 1,
            human_sessions: 1,
            addressed: 1,
            replied: 1,
            first_response_seconds: 15,
            customer_messages: 1,
            customers: 1,
            consulting_customers: 1,
            friend_customers: 1,
          },
          {
            date: '2026-11-21',
            ...ZERO,
            consultation_segments: 1,
            human_segments: 1,
            customer_messages: 1,
          },
        ],
      },
      sessions: [
        {
          start: '2026-11-20T23:59:59+08:00',
          end: null,
          state: 3,
          servicers: ['alice'],
          first_response_seconds: 15,
          customer_messages: 2,
          servicer_messages: 1,
        },
      ],
      staff: [
        {
          servicer_userid: 'alice',
          ...STAFF_ZERO,
          human_segments: 1,
          customers: 1,
          customer_messages: 1,
          addressed: 1,
          replied: 1,
          first_response_seconds: 15,
        },
        { servicer_userid: 'bob', ...STAFF_ZERO },
        { servicer_userid: 'carol', ...STAFF_ZERO },
      ],
      realtime: {
        today: { sessions: 0, human_segments: 1, customer_messages: 1 },
        sessions_in_human: 1,
      },
    },
  },

  // Same events, --from 11-20 --to 11-20: the session started in the range (row listed, session
  // figures incl. frt 15); e1 is the only customer message of that day; the segment started on
  // 11-21 → 0 segments and alice's row is all 0.
  {
    name: 'midnight with a one-day range: the start day keeps session figures only',
    inputs: one(MIDNIGHT),
    args: { from: '2026-11-20', to: '2026-11-20' },
    expect: {
      range: { from: '2026-11-20', to: '2026-11-20' },
      overview: {
        sessions: 1,
        addressed: 1,
        replied: 1,
        first_response_seconds: 15,
        customer_messages: 1,
        consultation_segments: 0,
        human_segments: 0,
        by_day: [{ date: '2026-11-20', sessions: 1 }],
      },
      sessions: [{ start: '2026-11-20T23:59:59+08:00' }],
      staff: [
        { servicer_userid: 'alice', ...STAFF_ZERO },
        { servicer_userid: 'bob', ...STAFF_ZERO },
        { servicer_userid: 'carol', ...STAFF_ZERO },
      ],
    },
  },

  // Same events, --from 11-21 --to 11-21: no session started in the range (no rows, sessions 0,
  // addressed 0) but the segment (and alice's figures, frt 15) and e3 belong to 11-21.
  {
    name: 'midnight with the next day only: segment figures without the session',
    inputs: one(MIDNIGHT),
    args: { from: '2026-11-21', to: '2026-11-21' },
    expect: {
      overview: {
        ...ZERO,
        consultation_segments: 1,
        human_segments: 1,
        customer_messages: 1,
        by_day: [
          {
            date: '2026-11-21',
            ...ZERO,
            consultation_segments: 1,
            human_segments: 1,
            customer_messages: 1,
          },
        ],
      },
      sessions: [],
      staff: [
        {
          servicer_userid: 'alice',
          ...STAFF_ZERO,
          human_segments: 1,
          customers: 1,
          customer_messages: 1,
          addressed: 1,
          replied: 1,
          first_response_seconds: 15,
        },
        { servicer_userid: 'bob', ...STAFF_ZERO },
        { servicer_userid: 'carol', ...STAFF_ZERO },
      ],
    },
  },

  // c1 (a friend) has three sessions: 11-20 10:00 (state 3 alice 10:00:10, ended 10:10),
  // 11-20 15:00 (alice 15:00:10, ended 15:10), 11-21 10:00 (alice 10:00:10, open at as_of
  // 11-21 10:00:10). Each segment: pending message → addressed; no reply.
  // 11-20: 2 sessions, customers {c1} = 1, consulting 1, friend 1, 2 segments, 2 messages.
  // 11-21: 1 session, customers 1, consulting 1, friend 1, 1 segment, 1 message.
  // Range totals: customers 1 + 1 = 2 (per day, summed), same for consulting and friend.
  // alice: 3 segments, customers 1 + 1 = 2, addressed 3. Realtime today (11-21): 1 session.
  {
    name: 'customer counts are distinct per day and summed over days',
    inputs: one([
      cust(sh('10:00:00', 20)),
      state(sh('10:00:10', 20), 3, 'alice'),
      state(sh('10:10:00', 20), 4),
      cust(sh('15:00:00', 20)),
      state(sh('15:00:10', 20), 3, 'alice'),
      state(sh('15:10:00', 20), 4),
      cust(sh('10:00:00', 21)),
      state(sh('10:00:10', 21), 3, 'alice'),
    ]),
    expect: {
      overview: {
        ...ZERO,
        sessions: 3,
        consultation_sessions: 3,
        human_sessions: 3,
        consultation_segments: 3,
        human_segments: 3,
        addressed: 3,
        customer_messages: 3,
        customers: 2,
        consulting_customers: 2,
        friend_customers: 2,
        by_day: [
          {
            date: '2026-11-20',
            ...ZERO,
            sessions: 2,
            consultation_sessions: 2,
            human_sessions: 2,
            consultation_segments: 2,
            human_segments: 2,
            addressed: 2,
            customer_messages: 2,
            customers: 1,
            consulting_customers: 1,
            friend_customers: 1,
          },
          {
            date: '2026-11-21',
            ...ZERO,
            sessions: 1,
            consultation_sessions: 1,
            human_sessions: 1,
            consultation_segments: 1,
            human_segments: 1,
            addressed: 1,
            customer_messages: 1,
            customers: 1,
            consulting_customers: 1,
            friend_customers: 1,
          },
        ],
      },
      staff: [
        { servicer_userid: 'alice', human_segments: 3, customers: 2, addressed: 3, replied: 0 },
        { servicer_userid: 'bob', human_segments: 0 },
        { servicer_userid: 'carol', human_segments: 0 },
      ],
      realtime: { sessions_in_human: 1, today: { sessions: 1, customers: 1 } },
    },
  },

  // e1 customer c1 at 2026-11-20T16:30:00Z = 11-21 00:30:00 in Shanghai → day 11-21.
  // e2 enter c2 at 2026-11-20T15:59:59Z = 11-20 23:59:59 in Shanghai → day 11-20.
  // Days and shown times are in the dataset's zone, whatever offset the input used.
  {
    name: 'input offsets are converted: days and shown times are in the dataset zone',
    inputs: one([cust('2026-11-20T16:30:00Z'), enter('2026-11-20T15:59:59Z', c2)]),
    expect: {
      range: { from: '2026-11-20', to: '2026-11-21' },
      as_of: '2026-11-21T00:30:00+08:00',
      overview: {
        sessions: 2,
        by_day: [
          {
            date: '2026-11-20',
            sessions: 1,
            customers: 1,
            friend_customers: 0,
            customer_messages: 0,
          },
          {
            date: '2026-11-21',
            sessions: 1,
            customers: 1,
            friend_customers: 1,
            customer_messages: 1,
          },
        ],
      },
      sessions: [
        { external_userid: 'c2', start: '2026-11-20T23:59:59+08:00' },
        { external_userid: 'c1', start: '2026-11-21T00:30:00+08:00' },
      ],
    },
  },

  // timezone "UTC": e1 customer at Unix 1795140000 = 2026-11-20T02:00:00Z; e2 enter c2 at
  // 2026-11-20T23:30:00-05:00 = 2026-11-21T04:30:00Z. UTC is shown as +00:00.
  {
    name: 'a UTC dataset shows times with +00:00',
    inputs: one([cust(1795140000), enter('2026-11-20T23:30:00-05:00', c2)], { timezone: 'UTC' }),
    expect: {
      timezone: 'UTC',
      range: { from: '2026-11-20', to: '2026-11-21' },
      as_of: '2026-11-21T04:30:00+00:00',
      overview: {
        by_day: [
          { date: '2026-11-20', sessions: 1 },
          { date: '2026-11-21', sessions: 1 },
        ],
      },
      sessions: [
        { external_userid: 'c1', start: '2026-11-20T02:00:00+00:00' },
        { external_userid: 'c2', start: '2026-11-21T04:30:00+00:00' },
      ],
    },
  },

  // America/New_York, DST ends 2026-11-01 02:00 EDT → 01:00 EST: that day has 25 hours
  // (2026-11-01T00:00-04:00 = 04:00Z to 2026-11-02T00:00-05:00 = 05:00Z next day).
  // e1 alice on at 2026-11-01T00:00:00-04:00; e2 c1 writes at 01:45 EDT (05:45Z); e3 c2 writes at
  // 01:15 EST (06:15Z, the repeated hour); e4 alice off at 2026-11-02T00:00:00-05:00 (as_of).
  // alice 接待时长 = 25 h = 90000 s, all on 11-01. Both sessions on 11-01, open at as_of.
  // Rows in start order: c1 (05:45Z) before c2 (06:15Z).
  // AMBIGUOUS: `sessions` sorted by `start` — read as the start instant, not the formatted text
  // (as text, "…01:15:00-05:00" would sort before "…01:45:00-04:00" though it is later).
  // Realtime today = 11-02: the off event is exactly at midnight → status 2 at every moment of
  // 11-02 → first_online_at null, online 0.
  {
    name: 'DST end in America/New_York: a 25-hour day, offsets change within the day',
    inputs: one(
      [
        status('2026-11-01T00:00:00-04:00', 'alice', 1),
        cust('2026-11-01T01:45:00-04:00'),
        cust('2026-11-01T01:15:00-05:00', c2),
        status('2026-11-02T00:00:00-05:00', 'alice', 2),
      ],
      { ...SMALL, timezone: 'America/New_York' },
    ),
    expect: {
      timezone: 'America/New_York',
      range: { from: '2026-11-01', to: '2026-11-02' },
      as_of: '2026-11-02T00:00:00-05:00',
      overview: {
        sessions: 2,
        customers: 2,
        customer_messages: 2,
        by_day: [
          { date: '2026-11-01', sessions: 2, customers: 2, customer_messages: 2 },
          { date: '2026-11-02', sessions: 0, customers: 0, customer_messages: 0 },
        ],
      },
      sessions: [
        { external_userid: 'c1', start: '2026-11-01T01:45:00-04:00', end: null, state: 0 },
        { external_userid: 'c2', start: '2026-11-01T01:15:00-05:00', end: null, state: 0 },
      ],
      staff: [{ servicer_userid: 'alice', reception_seconds: 90000 }],
      realtime: {
        servicers_receiving: 0,
        staff: [
          {
            servicer_userid: 'alice',
            open_kfid: 'kf1',
            status: 2,
            first_online_at: null,
            online_seconds: 0,
            reception_limit: 5,
          },
        ],
      },
    },
  },

  // Europe/Berlin, DST starts 2026-03-29 02:00 CET → 03:00 CEST: that day has 23 hours
  // (2026-03-29T00:00+01:00 = 03-28 23:00Z to 2026-03-30T00:00+02:00 = 03-29 22:00Z).
  // e1 enter c1 2026-03-28T23:30:00+01:00 → day 03-28; e2 alice on 2026-03-29T00:00:00+01:00;
  // e3 enter c2 2026-03-29T03:30:00+02:00 → 03-29; e4 enter c3 2026-03-29T23:30:00+02:00 → 03-29;
  // e5 alice off 2026-03-30T00:00:00+02:00 (as_of). 接待时长 = 23 h = 82800 s, on 03-29.
  // Range 03-28..03-30: sessions 1, 2, 0.
  {
    name: 'DST start in Europe/Berlin: a 23-hour day and sessions on either side of midnight',
    inputs: one(
      [
        enter('2026-03-28T23:30:00+01:00'),
        status('2026-03-29T00:00:00+01:00', 'alice', 1),
        enter('2026-03-29T03:30:00+02:00', c2),
        enter('2026-03-29T23:30:00+02:00', c3),
        status('2026-03-30T00:00:00+02:00', 'alice', 2),
      ],
      { ...SMALL, timezone: 'Europe/Berlin' },
    ),
    expect: {
      timezone: 'Europe/Berlin',
      range: { from: '2026-03-28', to: '2026-03-30' },
      as_of: '2026-03-30T00:00:00+02:00',
      overview: {
        sessions: 3,
        by_day: [
          { date: '2026-03-28', sessions: 1 },
          { date: '2026-03-29', sessions: 2 },
          { date: '2026-03-30', sessions: 0 },
        ],
      },
      sessions: [
        { external_userid: 'c1', start: '2026-03-28T23:30:00+01:00' },
        { external_userid: 'c2', start: '2026-03-29T03:30:00+02:00' },
        { external_userid: 'c3', start: '2026-03-29T23:30:00+02:00' },
      ],
      staff: [{ servicer_userid: 'alice', reception_seconds: 82800 }],
    },
  },

  // One session on 11-20 (e1 enter 10:00). --from 11-21 --to 11-20: from after to → by_day [],
  // totals 0, no rows; the range is shown as given. Realtime ignores the range (today = 11-20).
  {
    name: '--from after --to gives an empty by_day',
    inputs: one([enter(sh('10:00:00'))]),
    args: { from: '2026-11-21', to: '2026-11-20' },
    expect: {
      range: { from: '2026-11-21', to: '2026-11-20' },
      overview: { ...ZERO, by_day: [] },
      sessions: [],
      realtime: { today: { sessions: 1 } },
    },
  },

  // One session on 11-20 (e1 enter 10:00). --from 11-19 --to 11-21: one by_day entry per day,
  // days with nothing included.
  {
    name: 'an explicit range lists every day, days with nothing included',
    inputs: one([enter(sh('10:00:00'))]),
    args: { from: '2026-11-19', to: '2026-11-21' },
    expect: {
      range: { from: '2026-11-19', to: '2026-11-21' },
      overview: {
        sessions: 1,
        by_day: [
          { date: '2026-11-19', ...ZERO },
          { date: '2026-11-20', ...ZERO, sessions: 1, customers: 1, friend_customers: 1 },
          { date: '2026-11-21', ...ZERO },
        ],
      },
      sessions: [{ start: sh('10:00:00') }],
    },
  },

  // A dataset with a directory and no events: range and as_of null, every list empty (staff
  // included, although the directory names servicers), every count 0.
  {
    name: 'no events at all: range and as_of null, every list empty',
    inputs: [{ name: 'empty.json', dataset: dataset([]) }],
    expect: {
      range: null,
      as_of: null,
      import: { read: 0, added: 0, duplicates: 0, conflicts: 0, invalid: 0, warnings: 0 },
      overview: { ...ZERO, by_day: [] },
      staff: [],
      realtime: { queue: 0, servicers_receiving: 0, sessions_in_human: 0, staff: [] },
      sessions: [],
    },
  },

  // Same, with every argument given: still null / empty "whatever the arguments".
  {
    name: 'no events at all, whatever the arguments',
    inputs: [{ name: 'empty.json', dataset: dataset(log()) }],
    args: {
      from: '2026-11-01',
      to: '2026-11-07',
      account: 'kf1',
      group: 'G1',
      servicer: 'alice',
      at: '2026-11-07T12:00:00+08:00',
    },
    expect: {
      range: null,
      as_of: null,
      overview: { ...ZERO, by_day: [] },
      staff: [],
      realtime: { staff: [] },
      sessions: [],
    },
  },
] satisfies ReportCase[]
