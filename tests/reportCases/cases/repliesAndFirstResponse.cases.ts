// Replies and first response (metrics.md §2): pending messages, addressed, clock, replied,
// first response time, at segment level (staff) and session level (overview, sessions).
// Conventions (zone, base directory, ids e1…, default pair kf1/c1): see kit.ts.
import type { ReportCase } from '../caseTypes'
import { STAFF_ZERO, ZERO, asst, c2, cust, enter, one, serv, sh, state } from './kit'

const t = (hms: string): string => sh(hms)

export default [
  // e1 enter 10:00:00 starts the session; e2 customer 10:00:05; e3 state 3 alice 10:00:20 →
  // pending 1 (e2) → clock 10:00:20; e4 alice replies 10:00:50 → frt 30.
  // as_of 10:00:50. One consultation + human session, one human segment.
  {
    name: 'pending at the segment start: the clock starts at the segment start',
    inputs: one([
      enter(t('10:00:00')),
      cust(t('10:00:05')),
      state(t('10:00:20'), 3, 'alice'),
      serv(t('10:00:50'), 'alice'),
    ]),
    expect: {
      import: { read: 4, added: 4, duplicates: 0, conflicts: 0, invalid: 0, warnings: 0 },
      overview: {
        ...ZERO,
        sessions: 1,
        consultation_sessions: 1,
        human_sessions: 1,
        consultation_segments: 1,
        human_segments: 1,
        addressed: 1,
        replied: 1,
        first_response_seconds: 30,
        customer_messages: 1,
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
            consultation_segments: 1,
            human_segments: 1,
            addressed: 1,
            replied: 1,
            first_response_seconds: 30,
            customer_messages: 1,
            customers: 1,
            consulting_customers: 1,
            friend_customers: 1,
          },
        ],
      },
      sessions: [
        {
          open_kfid: 'kf1',
          external_userid: 'c1',
          start: t('10:00:00'),
          end: null,
          state: 3,
          servicers: ['alice'],
          first_response_seconds: 30,
          customer_messages: 1,
          servicer_messages: 1,
          rating: null,
        },
      ],
      staff: [
        {
          servicer_userid: 'alice',
          ...STAFF_ZERO,
          human_segments: 1,
          customers: 1,
          addressed: 1,
          replied: 1,
          first_response_seconds: 30,
        },
        { servicer_userid: 'bob', ...STAFF_ZERO },
        { servicer_userid: 'carol', ...STAFF_ZERO },
      ],
      realtime: {
        sessions_in_human: 1,
        today: { addressed: 1, replied: 1, first_response_seconds: 30, human_sessions: 1 },
      },
    },
  },

  // e1 enter 10:00:00; e2 state 3 alice 10:00:10 (nothing pending); e3 customer 10:00:40 →
  // clock 10:00:40 (first customer message in the segment); e4 customer 10:00:45; e5 alice
  // 10:01:00 → frt 20. Both customer messages are in alice's segment → customer_messages 2.
  {
    name: 'nothing pending: the clock starts at the first customer message in the segment',
    inputs: one([
      enter(t('10:00:00')),
      state(t('10:00:10'), 3, 'alice'),
      cust(t('10:00:40')),
      cust(t('10:00:45')),
      serv(t('10:01:00'), 'alice'),
    ]),
    expect: {
      overview: { addressed: 1, replied: 1, first_response_seconds: 20, customer_messages: 2 },
      sessions: [{ first_response_seconds: 20, customer_messages: 2, servicer_messages: 1 }],
      staff: [
        {
          servicer_userid: 'alice',
          customer_messages: 2,
          addressed: 1,
          replied: 1,
          first_response_seconds: 20,
        },
        { servicer_userid: 'bob' },
        { servicer_userid: 'carol' },
      ],
    },
  },

  // e1 enter 10:00:00; e2 state 3 alice 10:00:10; e3 alice greets 10:00:20 — no clock yet, so it
  // is not a reply; e4 customer 10:00:30 → clock; e5 alice 10:00:45 → frt 15. servicer_messages 2.
  {
    name: 'a servicer message before the clock starts is not a reply',
    inputs: one([
      enter(t('10:00:00')),
      state(t('10:00:10'), 3, 'alice'),
      serv(t('10:00:20'), 'alice'),
      cust(t('10:00:30')),
      serv(t('10:00:45'), 'alice'),
    ]),
    expect: {
      overview: { addressed: 1, replied: 1, first_response_seconds: 15 },
      sessions: [{ first_response_seconds: 15, customer_messages: 1, servicer_messages: 2 }],
      staff: [
        { servicer_userid: 'alice', addressed: 1, replied: 1, first_response_seconds: 15 },
        { servicer_userid: 'bob' },
        { servicer_userid: 'carol' },
      ],
    },
  },

  // e1 customer 10:00:00; e2 state 3 alice 10:00:10 (pending e1 → addressed); e3 state 4
  // 10:05:00, alice never wrote → addressed 1, replied 0, Σfrt 0; session frt null.
  {
    name: 'addressed but never replied',
    inputs: one([cust(t('10:00:00')), state(t('10:00:10'), 3, 'alice'), state(t('10:05:00'), 4)]),
    expect: {
      overview: { addressed: 1, replied: 0, first_response_seconds: 0 },
      sessions: [{ end: t('10:05:00'), state: 4, first_response_seconds: null }],
      staff: [
        { servicer_userid: 'alice', human_segments: 1, addressed: 1, replied: 0 },
        { servicer_userid: 'bob' },
        { servicer_userid: 'carol' },
      ],
    },
  },

  // kf1/c1: e1 state 3 alice 10:00:00 (starts the session, nothing pending); e2 customer 10:00:30
  //   → clock; e3 alice 10:00:30 after it in input order → a reply, frt 0.
  // kf1/c2: e4 state 3 alice 10:00:00; e5 alice 10:00:30; e6 customer 10:00:30 after it → e5 came
  //   before the clock → not a reply; addressed, not replied.
  // Sorted: e1, e4 (10:00:00), e2, e3, e5, e6 (10:00:30, input order). addressed 2, replied 1,
  // Σfrt 0. alice: 2 segments, both addressed, 1 replied, both messages in her segments.
  {
    name: 'same-second order decides whether a message is a reply (frt 0 counts)',
    inputs: one([
      state(t('10:00:00'), 3, 'alice'),
      cust(t('10:00:30')),
      serv(t('10:00:30'), 'alice'),
      state(t('10:00:00'), 3, 'alice', c2),
      serv(t('10:00:30'), 'alice', c2),
      cust(t('10:00:30'), c2),
    ]),
    expect: {
      overview: {
        ...ZERO,
        sessions: 2,
        consultation_sessions: 2,
        human_sessions: 2,
        consultation_segments: 2,
        human_segments: 2,
        addressed: 2,
        replied: 1,
        first_response_seconds: 0,
        customer_messages: 2,
        customers: 2,
        consulting_customers: 2,
        friend_customers: 1,
      },
      sessions: [
        { external_userid: 'c1', first_response_seconds: 0 },
        { external_userid: 'c2', first_response_seconds: null },
      ],
      staff: [
        {
          servicer_userid: 'alice',
          ...STAFF_ZERO,
          human_segments: 2,
          customers: 2,
          customer_messages: 2,
          addressed: 2,
          replied: 1,
          first_response_seconds: 0,
        },
        { servicer_userid: 'bob', ...STAFF_ZERO },
        { servicer_userid: 'carol', ...STAFF_ZERO },
      ],
    },
  },

  // e1 customer 10:00:00; e2 state 1 10:00:02 (assistant segment); e3 assistant 10:00:03;
  // e4 customer 10:00:10; e5 customer 10:00:15 (both during the assistant segment); e6 state 3
  // alice 10:00:30; e7 alice 10:01:00.
  // Pending at alice's start = customer messages after the last servicer/assistant message (e3)
  // → e4, e5 → clock 10:00:30 → frt 30. They are not in alice's segment → her
  // customer_messages 0. Overview: 3 customer messages; segments: assistant + alice = 2;
  // assistant session, transferred. servicer_messages 1 (the assistant's is not counted).
  {
    name: 'messages sent during the assistant segment are pending at the human segment start',
    inputs: one([
      cust(t('10:00:00')),
      state(t('10:00:02'), 1),
      asst(t('10:00:03')),
      cust(t('10:00:10')),
      cust(t('10:00:15')),
      state(t('10:00:30'), 3, 'alice'),
      serv(t('10:01:00'), 'alice'),
    ]),
    expect: {
      overview: {
        ...ZERO,
        sessions: 1,
        consultation_sessions: 1,
        human_sessions: 1,
        consultation_segments: 2,
        human_segments: 1,
        addressed: 1,
        replied: 1,
        first_response_seconds: 30,
        customer_messages: 3,
        customers: 1,
        consulting_customers: 1,
        friend_customers: 1,
        assistant_sessions: 1,
        assistant_transferred: 1,
      },
      sessions: [
        {
          servicers: ['alice'],
          first_response_seconds: 30,
          customer_messages: 3,
          servicer_messages: 1,
        },
      ],
      staff: [
        {
          servicer_userid: 'alice',
          customer_messages: 0,
          addressed: 1,
          replied: 1,
          first_response_seconds: 30,
        },
        { servicer_userid: 'bob' },
        { servicer_userid: 'carol' },
      ],
    },
  },

  // e1 customer 10:00:00; e2 state 3 alice 10:00:10 (pending e1 → clock 10:00:10); e3 state 3
  // bob 10:02:10 (transfer; alice never replied); e4 bob 10:02:40.
  // alice: addressed, not replied. bob: no servicer message before him → pending e1 → clock
  // 10:02:10 → frt 30. Session: clock = first addressed segment's = 10:00:10; first reply by a
  // servicer in their own segment = e4 → frt 150.
  {
    name: 'session clock is the first addressed segment’s, even when another servicer replies',
    inputs: one([
      cust(t('10:00:00')),
      state(t('10:00:10'), 3, 'alice'),
      state(t('10:02:10'), 3, 'bob'),
      serv(t('10:02:40'), 'bob'),
    ]),
    expect: {
      overview: {
        consultation_segments: 2,
        human_segments: 2,
        addressed: 1,
        replied: 1,
        first_response_seconds: 150,
      },
      sessions: [{ servicers: ['alice', 'bob'], first_response_seconds: 150 }],
      staff: [
        { servicer_userid: 'alice', addressed: 1, replied: 0, first_response_seconds: 0 },
        { servicer_userid: 'bob', addressed: 1, replied: 1, first_response_seconds: 30 },
        { servicer_userid: 'carol', addressed: 0 },
      ],
    },
  },

  // e1 customer 10:00:00; e2 state 2 10:00:05 (queue, no segment); e3 assistant 10:00:10 —
  // outside any assistant segment: still ends the pending run; not a warning (the session is
  // open, and only servicer messages outside their sender's segment warn); e4 state 3 alice
  // 10:00:20: nothing pending (no customer message after e3); no customer message in the
  // segment → not addressed. e5 alice 10:00:50 is not a reply (no clock).
  {
    name: 'an assistant message outside an assistant segment still ends the pending run',
    inputs: one([
      cust(t('10:00:00')),
      state(t('10:00:05'), 2),
      asst(t('10:00:10')),
      state(t('10:00:20'), 3, 'alice'),
      serv(t('10:00:50'), 'alice'),
    ]),
    expect: {
      import: { read: 5, added: 5, duplicates: 0, conflicts: 0, invalid: 0, warnings: 0 },
      overview: {
        consultation_sessions: 1,
        human_segments: 1,
        addressed: 0,
        replied: 0,
        first_response_seconds: 0,
      },
      sessions: [{ first_response_seconds: null, servicer_messages: 1 }],
      staff: [
        { servicer_userid: 'alice', human_segments: 1, addressed: 0, replied: 0 },
        { servicer_userid: 'bob' },
        { servicer_userid: 'carol' },
      ],
    },
  },

  // e1 customer 10:00:00; e2 state 2 10:00:05; e3 bob 10:00:10 — no human segment of bob while
  // the session is open → warning; it still ends the pending run; e4 state 3 alice 10:00:20:
  // nothing pending, no customer message in the segment → not addressed; e5 alice 10:00:40.
  // servicer_messages 2.
  {
    name: 'a servicer message outside its sender’s segment ends the pending run but is never a reply',
    inputs: one([
      cust(t('10:00:00')),
      state(t('10:00:05'), 2),
      serv(t('10:00:10'), 'bob'),
      state(t('10:00:20'), 3, 'alice'),
      serv(t('10:00:40'), 'alice'),
    ]),
    expect: {
      import: { read: 5, added: 5, duplicates: 0, conflicts: 0, invalid: 0, warnings: 1 },
      overview: { addressed: 0, replied: 0, first_response_seconds: 0 },
      sessions: [{ first_response_seconds: null, servicer_messages: 2, customer_messages: 1 }],
      staff: [
        { servicer_userid: 'alice', human_segments: 1, addressed: 0 },
        { servicer_userid: 'bob', human_segments: 0, addressed: 0 },
        { servicer_userid: 'carol' },
      ],
    },
  },

  // Two sessions answered by alice: c1: e1 customer 10:00:00, e2 state 3 alice 10:00:10 (pending
  // → clock), e3 alice 10:00:20 (frt 10), e4 customer 10:00:30 (in her segment).
  // c2: e5 enter 10:01:00, e6 state 3 alice 10:01:10 (nothing pending), e7 customer 10:01:20 →
  // clock, e8 alice 10:01:50 → frt 30.
  // alice: 2 segments, 2 customers, customer_messages e4 + e7 = 2 (e1 was pending, not in a
  // segment), addressed 2, replied 2, Σfrt 40. Overview: Σ session frt 10 + 30 = 40, 3 messages.
  {
    name: 'first response times add up over segments and sessions',
    inputs: one([
      cust(t('10:00:00')),
      state(t('10:00:10'), 3, 'alice'),
      serv(t('10:00:20'), 'alice'),
      cust(t('10:00:30')),
      enter(t('10:01:00'), c2),
      state(t('10:01:10'), 3, 'alice', c2),
      cust(t('10:01:20'), c2),
      serv(t('10:01:50'), 'alice', c2),
    ]),
    expect: {
      overview: { addressed: 2, replied: 2, first_response_seconds: 40, customer_messages: 3 },
      sessions: [
        { external_userid: 'c1', first_response_seconds: 10 },
        { external_userid: 'c2', first_response_seconds: 30 },
      ],
      staff: [
        {
          servicer_userid: 'alice',
          human_segments: 2,
          customers: 2,
          customer_messages: 2,
          addressed: 2,
          replied: 2,
          first_response_seconds: 40,
        },
        { servicer_userid: 'bob' },
        { servicer_userid: 'carol' },
      ],
    },
  },
] satisfies ReportCase[]
