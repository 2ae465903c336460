// Segments (metrics.md §1): assistant and human segments, transfers, return to queue,
// zero-length segments, same-second order, consultation / human / assistant sessions.
// Conventions (zone, base directory, ids e1…, default pair kf1/c1): see kit.ts.
import type { ReportCase } from '../caseTypes'
import { STAFF_ZERO, ZERO, asst, c2, c3, cust, enter, kf2, one, serv, sh, state } from './kit'

const t = (hms: string): string => sh(hms)

export default [
  // kf1/c1: e1 enter 10:00:00 only → session, no message → not consultation.
  // kf1/c2: e2 customer 10:01:00 → session with a message but no segment → not consultation.
  // kf1/c3: e3 customer 10:02:00; e4 state 3 alice 10:02:10; e5 alice 10:02:30 → consultation and
  //   human; alice's segment: pending e3 → clock 10:02:10, reply 10:02:30 → frt 20.
  // kf2/c1: e6 state 3 bob 10:03:00 starts a session with a human segment but the customer never
  //   wrote → human session (接入人工会话 needs no message) but not consultation; not addressed.
  // as_of 10:03:00. sessions 4, consultation 1, human 2; consultation_segments 1 and
  // human_segments 1 (only kf1/c3's segment: segment figures are those of consultation
  // sessions). customers c1,c2,c3 → 3; consulting c3 → 1; friend c1 → 1; messages 2.
  // Staff: alice 1 segment addressed+replied frt 20; bob 1 segment (all his segments count),
  // customer c1, not addressed; customer_messages 0 for both (e3 was pending, not in a segment).
  {
    name: 'consultation sessions need a customer message and a segment; human sessions need neither message',
    inputs: one([
      enter(t('10:00:00')),
      cust(t('10:01:00'), c2),
      cust(t('10:02:00'), c3),
      state(t('10:02:10'), 3, 'alice', c3),
      serv(t('10:02:30'), 'alice', c3),
      state(t('10:03:00'), 3, 'bob', kf2),
    ]),
    expect: {
      import: { read: 6, added: 6, duplicates: 0, conflicts: 0, invalid: 0, warnings: 0 },
      overview: {
        ...ZERO,
        sessions: 4,
        consultation_sessions: 1,
        human_sessions: 2,
        consultation_segments: 1,
        human_segments: 1,
        addressed: 1,
        replied: 1,
        first_response_seconds: 20,
        customer_messages: 2,
        customers: 3,
        consulting_customers: 1,
        friend_customers: 1,
      },
      sessions: [
        { open_kfid: 'kf1', external_userid: 'c1', state: 0, servicers: [], customer_messages: 0 },
        { open_kfid: 'kf1', external_userid: 'c2', state: 0, servicers: [], customer_messages: 1 },
        {
          open_kfid: 'kf1',
          external_userid: 'c3',
          state: 3,
          servicers: ['alice'],
          first_response_seconds: 20,
          customer_messages: 1,
          servicer_messages: 1,
        },
        {
          open_kfid: 'kf2',
          external_userid: 'c1',
          state: 3,
          servicers: ['bob'],
          first_response_seconds: null,
          customer_messages: 0,
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
          first_response_seconds: 20,
        },
        { servicer_userid: 'bob', ...STAFF_ZERO, human_segments: 1, customers: 1 },
        { servicer_userid: 'carol', ...STAFF_ZERO },
      ],
      realtime: { queue: 0, sessions_in_human: 2 },
    },
  },

  // e1 customer 10:00:00; e2 state 3 alice 10:00:10; e3 alice 10:00:20; e4 state 3 bob 10:01:00
  // (transfer 3(alice)→3(bob)); e5 customer 10:01:10; e6 bob 10:01:30; e7 state 4 10:02:00.
  // Segments: alice [10:00:10, 10:01:00), bob [10:01:00, 10:02:00) → 2 segments, 1 session.
  // alice: pending e1 → clock 10:00:10, reply 10:00:20 → frt 10.
  // bob: pending = customer messages after the last servicer message (e3) before 10:01:00 → none;
  //   e5 is in bob's segment → clock 10:01:10, reply 10:01:30 → frt 20; bob customer_messages 1.
  // Session: clock = first addressed segment's (10:00:10), first reply e3 → frt 10.
  {
    name: 'a transfer 3(X)→3(Y) ends X’s segment and starts Y’s; one session, two segments',
    inputs: one([
      cust(t('10:00:00')),
      state(t('10:00:10'), 3, 'alice'),
      serv(t('10:00:20'), 'alice'),
      state(t('10:01:00'), 3, 'bob'),
      cust(t('10:01:10')),
      serv(t('10:01:30'), 'bob'),
      state(t('10:02:00'), 4),
    ]),
    expect: {
      overview: {
        ...ZERO,
        sessions: 1,
        consultation_sessions: 1,
        human_sessions: 1,
        consultation_segments: 2,
        human_segments: 2,
        addressed: 1,
        replied: 1,
        first_response_seconds: 10,
        customer_messages: 2,
        customers: 1,
        consulting_customers: 1,
        friend_customers: 1,
      },
      sessions: [
        {
          start: t('10:00:00'),
          end: t('10:02:00'),
          state: 4,
          servicers: ['alice', 'bob'],
          first_response_seconds: 10,
          customer_messages: 2,
          servicer_messages: 2,
        },
      ],
      staff: [
        {
          servicer_userid: 'alice',
          ...STAFF_ZERO,
          human_segments: 1,
          customers: 1,
          customer_messages: 0,
          addressed: 1,
          replied: 1,
          first_response_seconds: 10,
        },
        {
          servicer_userid: 'bob',
          ...STAFF_ZERO,
          human_segments: 1,
          customers: 1,
          customer_messages: 1,
          addressed: 1,
          replied: 1,
          first_response_seconds: 20,
        },
        { servicer_userid: 'carol', ...STAFF_ZERO },
      ],
    },
  },

  // e1 customer 10:00:00; e2 state 3 alice group G1 10:00:10 → segment (alice, G1);
  // e3 state 3 alice group G2 10:00:20 → 3(X)→3(X): nothing changes (still one segment, in G1);
  // e4 alice 10:00:40. Pending e1 → clock 10:00:10 → frt 30 (not 20: no new segment at 10:00:20).
  {
    name: '3(X)→3(X) with another group_id changes nothing',
    inputs: one([
      cust(t('10:00:00')),
      state(t('10:00:10'), 3, 'alice', undefined, 'G1'),
      state(t('10:00:20'), 3, 'alice', undefined, 'G2'),
      serv(t('10:00:40'), 'alice'),
    ]),
    expect: {
      overview: {
        consultation_segments: 1,
        human_segments: 1,
        addressed: 1,
        replied: 1,
        first_response_seconds: 30,
      },
      staff: [
        {
          servicer_userid: 'alice',
          human_segments: 1,
          addressed: 1,
          replied: 1,
          first_response_seconds: 30,
        },
        { servicer_userid: 'bob', human_segments: 0 },
        { servicer_userid: 'carol', human_segments: 0 },
      ],
      sessions: [{ servicers: ['alice'], first_response_seconds: 30 }],
    },
  },

  // Same events, --group G2: the only segment stayed in G1 (the second state 3 with G2 changed
  // nothing), so the session does not count for G2: every figure 0, no session rows; staff rows
  // are G2's members bob and carol, all zero.
  {
    name: '3(X)→3(X) with another group_id does not move the segment to that group',
    inputs: one([
      cust(t('10:00:00')),
      state(t('10:00:10'), 3, 'alice', undefined, 'G1'),
      state(t('10:00:20'), 3, 'alice', undefined, 'G2'),
      serv(t('10:00:40'), 'alice'),
    ]),
    args: { group: 'G2' },
    expect: {
      overview: { ...ZERO, by_day: [{ date: '2026-11-20', ...ZERO }] },
      sessions: [],
      staff: [
        { servicer_userid: 'bob', ...STAFF_ZERO },
        { servicer_userid: 'carol', ...STAFF_ZERO },
      ],
    },
  },

  // e1 customer 10:00:00; e2 state 3 alice 10:00:10; e3 state 2 10:00:30 (back to the queue:
  // alice's segment ends); e4 state 3 alice 10:01:00 (a new segment of alice); e5 alice 10:01:20.
  // Segment 1 [10:00:10, 10:00:30): pending e1 → addressed, clock 10:00:10, no reply in it.
  // Segment 2 from 10:01:00: no servicer/assistant message yet → pending = all (e1) → addressed,
  //   clock 10:01:00, reply 10:01:20 → frt 20.
  // Session: clock of the first addressed segment = 10:00:10; first servicer message in its
  //   sender's own segment after that = e5 10:01:20 → frt 70.
  // alice: 2 segments, 1 customer (one day), addressed 2, replied 1, frt 20.
  {
    name: 'return to queue 3→2→3 makes two human segments; session and segment clocks differ',
    inputs: one([
      cust(t('10:00:00')),
      state(t('10:00:10'), 3, 'alice'),
      state(t('10:00:30'), 2),
      state(t('10:01:00'), 3, 'alice'),
      serv(t('10:01:20'), 'alice'),
    ]),
    expect: {
      overview: {
        ...ZERO,
        sessions: 1,
        consultation_sessions: 1,
        human_sessions: 1,
        consultation_segments: 2,
        human_segments: 2,
        addressed: 1,
        replied: 1,
        first_response_seconds: 70,
        customer_messages: 1,
        customers: 1,
        consulting_customers: 1,
        friend_customers: 1,
      },
      sessions: [
        {
          state: 3,
          end: null,
          servicers: ['alice'],
          first_response_seconds: 70,
          customer_messages: 1,
          servicer_messages: 1,
        },
      ],
      staff: [
        {
          servicer_userid: 'alice',
          ...STAFF_ZERO,
          human_segments: 2,
          customers: 1,
          addressed: 2,
          replied: 1,
          first_response_seconds: 20,
        },
        { servicer_userid: 'bob', ...STAFF_ZERO },
        { servicer_userid: 'carol', ...STAFF_ZERO },
      ],
      realtime: { sessions_in_human: 1, queue: 0 },
    },
  },

  // e1 customer 10:00:00; e2 state 3 alice 10:00:10; e3 state 3 bob 10:00:10 (same second, after
  // e2 in input order); e4 bob 10:00:30.
  // alice's segment is [e2, e3): zero seconds long but it still counts: pending e1 → addressed,
  //   clock 10:00:10, never replied.
  // bob's segment: no servicer message before → pending e1 → clock 10:00:10, reply → frt 20.
  // Session clock 10:00:10 (alice's segment), bob's reply in his own segment → frt 20.
  {
    name: 'two state changes in the same second make a zero-length segment that still counts',
    inputs: one([
      cust(t('10:00:00')),
      state(t('10:00:10'), 3, 'alice'),
      state(t('10:00:10'), 3, 'bob'),
      serv(t('10:00:30'), 'bob'),
    ]),
    expect: {
      overview: {
        consultation_segments: 2,
        human_segments: 2,
        addressed: 1,
        replied: 1,
        first_response_seconds: 20,
      },
      sessions: [{ servicers: ['alice', 'bob'], state: 3, first_response_seconds: 20 }],
      staff: [
        {
          servicer_userid: 'alice',
          human_segments: 1,
          customers: 1,
          addressed: 1,
          replied: 0,
          first_response_seconds: 0,
        },
        {
          servicer_userid: 'bob',
          human_segments: 1,
          customers: 1,
          addressed: 1,
          replied: 1,
          first_response_seconds: 20,
        },
        { servicer_userid: 'carol', human_segments: 0 },
      ],
    },
  },

  // Input order (not time order): e1 alice 10:00:25; e2 enter 10:00:00; e3 state 3 alice
  // 10:00:10; e4 customer 10:00:10. Sorted: e2, e3, e4 (same second as e3, kept after it), e1.
  // alice's segment starts at e3 with nothing pending; e4 is in it → clock 10:00:10; e1 replies
  // → frt 15; alice customer_messages 1.
  {
    name: 'events are sorted by time; a customer message after a state 3 in the same second is in the segment',
    inputs: one([
      serv(t('10:00:25'), 'alice'),
      enter(t('10:00:00')),
      state(t('10:00:10'), 3, 'alice'),
      cust(t('10:00:10')),
    ]),
    expect: {
      overview: { addressed: 1, replied: 1, first_response_seconds: 15, customer_messages: 1 },
      staff: [
        {
          servicer_userid: 'alice',
          customer_messages: 1,
          addressed: 1,
          replied: 1,
          first_response_seconds: 15,
        },
        { servicer_userid: 'bob' },
        { servicer_userid: 'carol' },
      ],
      sessions: [{ start: t('10:00:00'), first_response_seconds: 15 }],
    },
  },

  // As above but e3/e4 swapped in the input: e3 customer 10:00:10 comes before e4 state 3 alice
  // 10:00:10. The message is now pending at the segment's start (not in it) → clock 10:00:10,
  // reply 10:00:25 → frt 15 again, but alice's customer_messages is 0.
  {
    name: 'same-second ties keep input order: a customer message before the state 3 is pending',
    inputs: one([
      serv(t('10:00:25'), 'alice'),
      enter(t('10:00:00')),
      cust(t('10:00:10')),
      state(t('10:00:10'), 3, 'alice'),
    ]),
    expect: {
      overview: { addressed: 1, replied: 1, first_response_seconds: 15, customer_messages: 1 },
      staff: [
        {
          servicer_userid: 'alice',
          customer_messages: 0,
          addressed: 1,
          replied: 1,
          first_response_seconds: 15,
        },
        { servicer_userid: 'bob' },
        { servicer_userid: 'carol' },
      ],
    },
  },

  // kf1/c1: e1 customer 10:00:00; e2 state 1 10:00:05 (assistant segment); e3 assistant 10:00:06;
  //   e4 customer 10:00:20; e5 state 3 alice 10:00:30; e6 alice 10:00:50.
  //   → assistant session, transferred (human segment started after the assistant segment).
  //   alice: pending = customer messages after e3 = e4 → clock 10:00:30 → frt 20.
  // kf1/c2: e7 customer 10:01:00; e8 state 1 10:01:05; e9 assistant 10:01:06 → assistant
  //   session, not transferred.
  // kf1/c3: e10 state 1 10:02:00, customer never writes → not an assistant session, not consult.
  // kf2/c1: e11 state 3 bob 10:03:00; e12 state 1 10:03:10; e13 customer 10:03:20 → assistant
  //   session (message + assistant segment) but the human segment started before the first
  //   assistant segment → not transferred. bob's segment: nothing pending, no message in it →
  //   not addressed. The session is consultation and human.
  // as_of 10:03:20. sessions 4; consultation 3 (kf1/c1, kf1/c2, kf2/c1); human 2; segments of
  // consultation sessions: 2 + 1 + 2 = 5, human ones 2; addressed 1 (kf1/c1), replied 1, frt 20;
  // customer messages 2 + 1 + 1 = 4; customers c1,c2,c3 = 3; consulting c1,c2 = 2; friend 1.
  // servicer_messages count only origin servicer (assistant messages are not counted).
  {
    name: 'assistant sessions and 转人工: transferred only when a human segment starts after the assistant one',
    inputs: one([
      cust(t('10:00:00')),
      state(t('10:00:05'), 1),
      asst(t('10:00:06')),
      cust(t('10:00:20')),
      state(t('10:00:30'), 3, 'alice'),
      serv(t('10:00:50'), 'alice'),
      cust(t('10:01:00'), c2),
      state(t('10:01:05'), 1, undefined, c2),
      asst(t('10:01:06'), c2),
      state(t('10:02:00'), 1, undefined, c3),
      state(t('10:03:00'), 3, 'bob', kf2),
      state(t('10:03:10'), 1, undefined, kf2),
      cust(t('10:03:20'), kf2),
    ]),
    expect: {
      import: { read: 13, added: 13, duplicates: 0, conflicts: 0, invalid: 0, warnings: 0 },
      overview: {
        ...ZERO,
        sessions: 4,
        consultation_sessions: 3,
        human_sessions: 2,
        consultation_segments: 5,
        human_segments: 2,
        addressed: 1,
        replied: 1,
        first_response_seconds: 20,
        customer_messages: 4,
        customers: 3,
        consulting_customers: 2,
        friend_customers: 1,
        assistant_sessions: 3,
        assistant_transferred: 1,
      },
      sessions: [
        {
          open_kfid: 'kf1',
          external_userid: 'c1',
          state: 3,
          servicers: ['alice'],
          first_response_seconds: 20,
          customer_messages: 2,
          servicer_messages: 1,
        },
        {
          open_kfid: 'kf1',
          external_userid: 'c2',
          state: 1,
          servicers: [],
          customer_messages: 1,
          servicer_messages: 0,
        },
        { open_kfid: 'kf1', external_userid: 'c3', state: 1, customer_messages: 0 },
        {
          open_kfid: 'kf2',
          external_userid: 'c1',
          state: 1,
          servicers: ['bob'],
          first_response_seconds: null,
          customer_messages: 1,
        },
      ],
      staff: [
        {
          servicer_userid: 'alice',
          human_segments: 1,
          customers: 1,
          customer_messages: 0,
          addressed: 1,
          replied: 1,
          first_response_seconds: 20,
        },
        { servicer_userid: 'bob', human_segments: 1, customers: 1, addressed: 0 },
        { servicer_userid: 'carol', human_segments: 0 },
      ],
    },
  },

  // e1 customer 10:00:00; e2 state 3 alice 10:00:10; e3 bob 10:00:20 — bob writes inside
  // alice's segment: not a human segment of his own while the session is open → warning, and it
  // is never a reply; e4 customer 10:00:30 (in alice's segment); e5 alice 10:01:00.
  // alice: pending e1 → clock 10:00:10 → her reply e5 → frt 50. Session: first message by a
  // servicer in a segment of their own after 10:00:10 is e5 (not e3) → frt 50.
  // servicer_messages 2 (every servicer message counts there); servicers [alice] (bob had no
  // segment). warnings 1 (e3).
  {
    name: 'a servicer message from someone else in X’s segment is not a reply (and warns)',
    inputs: one([
      cust(t('10:00:00')),
      state(t('10:00:10'), 3, 'alice'),
      serv(t('10:00:20'), 'bob'),
      cust(t('10:00:30')),
      serv(t('10:01:00'), 'alice'),
    ]),
    expect: {
      import: { read: 5, added: 5, duplicates: 0, conflicts: 0, invalid: 0, warnings: 1 },
      overview: { addressed: 1, replied: 1, first_response_seconds: 50, customer_messages: 2 },
      sessions: [
        {
          servicers: ['alice'],
          first_response_seconds: 50,
          customer_messages: 2,
          servicer_messages: 2,
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
          first_response_seconds: 50,
        },
        { servicer_userid: 'bob', ...STAFF_ZERO },
        { servicer_userid: 'carol', ...STAFF_ZERO },
      ],
    },
  },
] satisfies ReportCase[]
