// as_of (metrics.md §5 "as_of", §8 --at): events after as_of do not exist, an event exactly at
// as_of does; open sessions, segments and 接待中 intervals are cut at as_of.
// Conventions (zone, base directory, ids e1…, default pair kf1/c1): see kit.ts.
import type { ReportCase } from '../caseTypes'
import {
  STAFF_ZERO,
  cust,
  enter,
  invite,
  one,
  serv,
  sh,
  state,
  status,
  success,
  surveyReply,
  surveySent,
} from './kit'

const t = (hms: string): string => sh(hms)

// e1 customer 10:00:00; e2 state 3 alice 10:00:10; e3 alice 10:00:30 (pending → frt 20);
// e4 state 4 10:10:00.
const SHORT = [
  cust(t('10:00:00')),
  state(t('10:00:10'), 3, 'alice'),
  serv(t('10:00:30'), 'alice'),
  state(t('10:10:00'), 4),
]

// Alice alone, in G1 serving kf1.
const ALICE_ONLY = {
  accounts: [{ open_kfid: 'kf1', name: '售前咨询' }],
  servicers: [{ userid: 'alice', name: '王丽' }],
  groups: [
    {
      group_id: 'G1',
      name: '售前组',
      reception_limit: 5,
      open_kfids: ['kf1'],
      servicer_userids: ['alice'],
    },
  ],
  customers: [{ external_userid: 'c1', nickname: '小明' }],
}

export default [
  // SHORT, --at 10:05:00: e4 does not exist yet → the session is open, end null, state 3 (its
  // state at as_of); frt 20. Realtime: 1 session in human. The import still reads all 4 events.
  {
    name: '--at cuts an open session: end null, state at as_of',
    inputs: one(SHORT),
    args: { at: '2026-11-20T10:05:00+08:00' },
    expect: {
      as_of: '2026-11-20T10:05:00+08:00',
      import: { read: 4, added: 4 },
      sessions: [{ end: null, state: 3, servicers: ['alice'], first_response_seconds: 20 }],
      realtime: { sessions_in_human: 1 },
    },
  },

  // SHORT, --at as Unix seconds: 1795140300 = 2026-11-20T10:05:00+08:00 → same as above.
  {
    name: '--at in Unix seconds',
    inputs: one(SHORT),
    args: { at: '1795140300' },
    expect: {
      as_of: '2026-11-20T10:05:00+08:00',
      sessions: [{ end: null, state: 3 }],
    },
  },

  // SHORT, --at without an offset is read in the dataset's zone: 10:05:00 Shanghai.
  {
    name: '--at without an offset is read in the dataset zone',
    inputs: one(SHORT),
    args: { at: '2026-11-20T10:05:00' },
    expect: {
      as_of: '2026-11-20T10:05:00+08:00',
      sessions: [{ end: null, state: 3 }],
    },
  },

  // SHORT, --at 10:10:00 = e4's time: an event exactly at as_of exists → ended, end 10:10:00.
  {
    name: 'an event exactly at as_of exists',
    inputs: one(SHORT),
    args: { at: '2026-11-20T10:10:00+08:00' },
    expect: {
      sessions: [{ end: t('10:10:00'), state: 4 }],
      realtime: { sessions_in_human: 0 },
    },
  },

  // SHORT, --at 10:00:30 = the reply's time → it exists → replied, frt 20, 1 servicer message.
  {
    name: 'a reply exactly at as_of counts',
    inputs: one(SHORT),
    args: { at: '2026-11-20T10:00:30+08:00' },
    expect: {
      overview: { addressed: 1, replied: 1, first_response_seconds: 20 },
      sessions: [{ end: null, state: 3, first_response_seconds: 20, servicer_messages: 1 }],
    },
  },

  // SHORT, --at 10:00:29: the reply does not exist yet → addressed, not replied.
  {
    name: 'one second before the reply: addressed, not replied',
    inputs: one(SHORT),
    args: { at: '2026-11-20T10:00:29+08:00' },
    expect: {
      overview: { addressed: 1, replied: 0, first_response_seconds: 0 },
      sessions: [{ end: null, state: 3, first_response_seconds: null, servicer_messages: 0 }],
      staff: [
        { servicer_userid: 'alice', addressed: 1, replied: 0 },
        { servicer_userid: 'bob' },
        { servicer_userid: 'carol' },
      ],
    },
  },

  // Alice alone. e1 on 09:00:00, e2 off 12:00:00. --at 10:30:00: 接待中 [09:00, as_of) = 5400 s.
  // Realtime: status 1, first online 09:00:00, online 5400; row (alice, kf1) linked by G1, limit 5.
  {
    name: '--at cuts a 接待中 interval',
    inputs: one([status(t('09:00:00'), 'alice', 1), status(t('12:00:00'), 'alice', 2)], ALICE_ONLY),
    args: { at: '2026-11-20T10:30:00+08:00' },
    expect: {
      staff: [{ servicer_userid: 'alice', ...STAFF_ZERO, reception_seconds: 5400 }],
      realtime: {
        servicers_receiving: 1,
        staff: [
          {
            servicer_userid: 'alice',
            open_kfid: 'kf1',
            status: 1,
            first_online_at: t('09:00:00'),
            online_seconds: 5400,
            ongoing_sessions: 0,
            reception_limit: 5,
            today_segments: 0,
          },
        ],
      },
    },
  },

  // Same events, default as_of = 12:00:00 (e2): [09:00, 12:00) = 10800 s; status 2 now.
  {
    name: 'default as_of: the whole 接待中 interval',
    inputs: one([status(t('09:00:00'), 'alice', 1), status(t('12:00:00'), 'alice', 2)], ALICE_ONLY),
    expect: {
      as_of: '2026-11-20T12:00:00+08:00',
      staff: [{ servicer_userid: 'alice', reception_seconds: 10800 }],
      realtime: {
        servicers_receiving: 0,
        staff: [
          {
            servicer_userid: 'alice',
            open_kfid: 'kf1',
            status: 2,
            first_online_at: t('09:00:00'),
            online_seconds: 10800,
          },
        ],
      },
    },
  },

  // e1 customer 11-20 10:00:00; e2 state 3 alice 10:00:10; e3 state 4 10:10:00; e4 survey_sent
  // 10:10:01 (alice); e5 reply satisfied 11-21 09:00:00. --at 11-21 08:00:00: the answer does not
  // exist yet → sent 1, answered 0 (on 11-20), rating null. Range 11-20..11-21.
  {
    name: 'a survey answer after as_of does not count yet',
    inputs: one([
      cust(sh('10:00:00', 20)),
      state(sh('10:00:10', 20), 3, 'alice'),
      state(sh('10:10:00', 20), 4),
      surveySent(sh('10:10:01', 20)),
      surveyReply(sh('09:00:00', 21), 'satisfied'),
    ]),
    args: { at: '2026-11-21T08:00:00+08:00' },
    expect: {
      range: { from: '2026-11-20', to: '2026-11-21' },
      overview: {
        surveys_sent: 1,
        surveys_answered: 0,
        satisfied: 0,
        by_day: [
          { date: '2026-11-20', surveys_sent: 1, surveys_answered: 0 },
          { date: '2026-11-21', surveys_sent: 0, surveys_answered: 0 },
        ],
      },
      sessions: [{ rating: null }],
      staff: [
        { servicer_userid: 'alice', surveys_sent: 1, surveys_answered: 0 },
        { servicer_userid: 'bob' },
        { servicer_userid: 'carol' },
      ],
    },
  },

  // e1 customer 11-20 10:00:00; e2 invite member m_zhang 11-20 10:01:00; e3 success member
  // m_zhang 11-22 09:00:00. --at 11-21 12:00:00: e3 does not exist → invite 1, added 0,
  // upgraded 0; range 11-20..11-21. The session (expiry 11-22 10:00) is still open.
  {
    name: 'an upgrade success after as_of does not count',
    inputs: one([
      cust(sh('10:00:00', 20)),
      invite(sh('10:01:00', 20), 'member', 'm_zhang'),
      success(sh('09:00:00', 22), 'member', 'm_zhang'),
    ]),
    args: { at: '2026-11-21T12:00:00+08:00' },
    expect: {
      range: { from: '2026-11-20', to: '2026-11-21' },
      overview: {
        member_invites: 1,
        member_added_customers: 0,
        upgraded_customers: 0,
        by_day: [
          { date: '2026-11-20', member_invites: 1 },
          { date: '2026-11-21', member_invites: 0 },
        ],
      },
      sessions: [{ end: null, state: 0 }],
    },
  },

  // e1 enter 11-20 10:00:00. --at 11-19 12:00:00 is before the first stored event's day: the
  // default range is empty: from = first event's day (11-20), to = as_of's day (11-19),
  // by_day []. The session does not exist yet → no rows, today 0.
  {
    name: 'as_of before the first event’s day: from after to, by_day empty',
    inputs: one([enter(sh('10:00:00', 20))]),
    args: { at: '2026-11-19T12:00:00+08:00' },
    expect: {
      range: { from: '2026-11-20', to: '2026-11-19' },
      as_of: '2026-11-19T12:00:00+08:00',
      overview: { sessions: 0, by_day: [] },
      sessions: [],
      realtime: { queue: 0, today: { sessions: 0 } },
    },
  },

  // e1 customer 11-20 10:00:00 → expiry 11-22 10:00:00. --at 11-22 09:59:59 → still open.
  {
    name: 'as_of one second before expiry: the session is open',
    inputs: one([cust(sh('10:00:00', 20))]),
    args: { at: '2026-11-22T09:59:59+08:00' },
    expect: {
      range: { from: '2026-11-20', to: '2026-11-22' },
      sessions: [{ start: sh('10:00:00', 20), end: null, state: 0 }],
    },
  },

  // Same, --at 11-22 10:00:00 = expiry → ended at its expiry, state 4.
  {
    name: 'as_of at expiry: the session has ended at its expiry',
    inputs: one([cust(sh('10:00:00', 20))]),
    args: { at: '2026-11-22T10:00:00+08:00' },
    expect: {
      sessions: [{ start: sh('10:00:00', 20), end: sh('10:00:00', 22), state: 4 }],
    },
  },

  // Alice alone. e1 alice on 11-20 10:00:00; e2 customer 10:00:00; e3 state 3 alice 10:00:05.
  // --at 11-22 10:00:00, after the last event. The session's expiry (48 h after 10:00:00, its
  // start and last customer message) is 11-22 10:00:00 = as_of → ended, state 4, so alice has no
  // ongoing session. 接待中 runs on to as_of: 11-20 14 h (50400) + 11-21 86400 + 11-22 10 h
  // (36000) = 172800 s. Realtime (today 11-22): she was online at midnight → first online
  // 11-22 00:00:00, online 36000 s.
  {
    name: '--at after the last event: expiry reached, 接待中 runs on, first online at midnight',
    inputs: one(
      [
        status(sh('10:00:00', 20), 'alice', 1),
        cust(sh('10:00:00', 20)),
        state(sh('10:00:05', 20), 3, 'alice'),
      ],
      ALICE_ONLY,
    ),
    args: { at: '2026-11-22T10:00:00+08:00' },
    expect: {
      range: { from: '2026-11-20', to: '2026-11-22' },
      sessions: [
        { start: sh('10:00:00', 20), end: sh('10:00:00', 22), state: 4, servicers: ['alice'] },
      ],
      staff: [{ servicer_userid: 'alice', reception_seconds: 172800, human_segments: 1 }],
      realtime: {
        servicers_receiving: 1,
        sessions_in_human: 0,
        staff: [
          {
            servicer_userid: 'alice',
            open_kfid: 'kf1',
            status: 1,
            first_online_at: '2026-11-22T00:00:00+08:00',
            online_seconds: 36000,
            ongoing_sessions: 0,
            reception_limit: 5,
            today_segments: 0,
          },
        ],
      },
    },
  },

  // Directory: alice only, no groups. e1 alice on 10:00:00; e2 dave (unknown) on 11:00:00.
  // --at 10:30: dave is named only by an event after as_of → no row; alice 1800 s. No group, no
  // segment → no realtime rows. Realtime: 1 servicer receiving.
  // AMBIGUOUS: `import` ignores --at (it describes importing the inputs; warnings are judged on
  // the whole merged dataset) → e2's unknown servicer is still 1 warning.
  {
    name: 'a servicer named only after as_of has no row',
    inputs: one([status(t('10:00:00'), 'alice', 1), status(t('11:00:00'), 'dave', 1)], {
      ...ALICE_ONLY,
      groups: [],
    }),
    args: { at: '2026-11-20T10:30:00+08:00' },
    expect: {
      import: { read: 2, added: 2, warnings: 1 },
      staff: [{ servicer_userid: 'alice', reception_seconds: 1800 }],
      realtime: { servicers_receiving: 1, staff: [] },
    },
  },

  // Same without --at: as_of 11:00:00 → dave has a row; alice [10:00, 11:00) = 3600 s; dave
  // [11:00, 11:00) = 0 s. Both status 1 at as_of → 2 receiving.
  {
    name: 'the same servicer has a row once as_of reaches the event',
    inputs: one([status(t('10:00:00'), 'alice', 1), status(t('11:00:00'), 'dave', 1)], {
      ...ALICE_ONLY,
      groups: [],
    }),
    expect: {
      import: { read: 2, added: 2, warnings: 1 },
      staff: [
        { servicer_userid: 'alice', reception_seconds: 3600 },
        { servicer_userid: 'dave', reception_seconds: 0 },
      ],
      realtime: { servicers_receiving: 2, staff: [] },
    },
  },
] satisfies ReportCase[]
