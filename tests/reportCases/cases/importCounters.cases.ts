// The `import` counters (data-format.md "Import", metrics.md §8): read = added + duplicates +
// conflicts + invalid; warnings = added events with at least one warning, on the merged dataset.
// Every invalid class, duplicates vs conflicts, NDJSON and CSV inputs, directory upserts.
// Conventions (zone, base directory, ids e1…, default pair kf1/c1): see kit.ts.
import type { ReportCase } from '../caseTypes'
import {
  BASE,
  ZERO,
  asst,
  c2,
  c3,
  cust,
  dataset,
  enter,
  invite,
  kf2,
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

/** The base directory as the JSON text of a container's directory fields. */
const DIRECTORY_JSON =
  `"accounts":${JSON.stringify(BASE.accounts)},"servicers":${JSON.stringify(BASE.servicers)},` +
  `"groups":${JSON.stringify(BASE.groups)},"customers":${JSON.stringify(BASE.customers)}`

/** A servicer_status record with the given time: the event type that needs no pair fields. */
const at = (id: string, time: unknown): Record<string, unknown> => ({
  id,
  type: 'servicer_status',
  time,
  servicer_userid: 'alice',
  status: 1,
})

export default [
  // One JSON file, written as text to control spelling (1795140000 = 2026-11-20T10:00:00+08:00):
  // #0 e1 customer message at 1795140000 → added.
  // #1 e1, same fields, keys in another order, time as "2026-11-20T10:00:00+08:00" → duplicate.
  // #2 e1, time "2026-11-20T02:00:00Z" (the same instant) → duplicate.
  // #3 e1, content "在吗" instead of "你好" → conflict; the first one is kept.
  // #4 e2 enter_session at 1795140001 → added.
  // #5 e2 with time 1795140001.0 (an integral JSON number: the same integer) → duplicate.
  // read 6 = added 2 + duplicates 3 + conflicts 1. One session (e2 is a re-entry), 1 message.
  {
    name: 'duplicates (key order, ISO vs Unix time, 1.0) vs a conflict (other content)',
    inputs: [
      {
        name: 'dup.json',
        text: `{"format":"kf-dataset","version":1,"timezone":"Asia/Shanghai",${DIRECTORY_JSON},"events":[
{"id":"e1","type":"message","time":1795140000,"open_kfid":"kf1","external_userid":"c1","origin":"customer","msgtype":"text","content":"你好"},
{"content":"你好","msgtype":"text","origin":"customer","external_userid":"c1","open_kfid":"kf1","time":"2026-11-20T10:00:00+08:00","type":"message","id":"e1"},
{"id":"e1","type":"message","time":"2026-11-20T02:00:00Z","open_kfid":"kf1","external_userid":"c1","origin":"customer","msgtype":"text","content":"你好"},
{"id":"e1","type":"message","time":1795140000,"open_kfid":"kf1","external_userid":"c1","origin":"customer","msgtype":"text","content":"在吗"},
{"id":"e2","type":"enter_session","time":1795140001,"open_kfid":"kf1","external_userid":"c1"},
{"id":"e2","type":"enter_session","time":1795140001.0,"open_kfid":"kf1","external_userid":"c1"}
]}`,
      },
    ],
    expect: {
      import: { read: 6, added: 2, duplicates: 3, conflicts: 1, invalid: 0, warnings: 0 },
      overview: { sessions: 1, customer_messages: 1 },
      sessions: [{ start: t('10:00:00'), customer_messages: 1 }],
      as_of: '2026-11-20T10:00:01+08:00',
    },
  },

  // a.json: e1 customer 10:00:00; e2 state 3 alice 10:00:10.
  // b.json: e2 again, identical → duplicate; e1 again but as a servicer message of alice at
  // 10:00:30 → conflict (the stored customer message is kept); e3 alice 10:00:40 → added.
  // read 5 = added 3 + duplicates 1 + conflicts 1. Kept events: pending e1 → clock 10:00:10,
  // e3 replies → frt 30; 1 customer and 1 servicer message (the conflicting e1 is not added).
  {
    name: 'duplicates and conflicts across two inputs: the first stored record is kept',
    inputs: [
      {
        name: 'a.json',
        dataset: dataset([
          { id: 'e1', ...cust(t('10:00:00')) },
          { id: 'e2', ...state(t('10:00:10'), 3, 'alice') },
        ]),
      },
      {
        name: 'b.json',
        dataset: dataset([
          { id: 'e2', ...state(t('10:00:10'), 3, 'alice') },
          { id: 'e1', ...serv(t('10:00:30'), 'alice') },
          { id: 'e3', ...serv(t('10:00:40'), 'alice') },
        ]),
      },
    ],
    expect: {
      import: { read: 5, added: 3, duplicates: 1, conflicts: 1, invalid: 0, warnings: 0 },
      sessions: [{ first_response_seconds: 30, customer_messages: 1, servicer_messages: 1 }],
    },
  },

  // events: 42, "e1", null, [], true — not objects → 5 invalid; one valid enter → added.
  {
    name: 'invalid: records that are not objects',
    inputs: [
      {
        name: 'x.json',
        dataset: dataset([42, 'e1', null, [], true, { id: 'ok', ...enter(t('10:00:00')) }]),
      },
    ],
    expect: {
      import: { read: 6, added: 1, duplicates: 0, conflicts: 0, invalid: 5, warnings: 0 },
      overview: { sessions: 1 },
    },
  },

  // type "note" (unknown), type missing, type "" (empty = missing), type 7 (wrong type) → 4
  // invalid; one valid enter → added.
  {
    name: 'invalid: unknown, missing, empty or non-string type',
    inputs: [
      {
        name: 'x.json',
        dataset: dataset([
          { id: 'a', type: 'note', time: t('10:00:00'), open_kfid: 'kf1', external_userid: 'c1' },
          { id: 'b', time: t('10:00:00'), open_kfid: 'kf1', external_userid: 'c1' },
          { id: 'c', type: '', time: t('10:00:00'), open_kfid: 'kf1', external_userid: 'c1' },
          { id: 'd', type: 7, time: t('10:00:00'), open_kfid: 'kf1', external_userid: 'c1' },
          { id: 'ok', ...enter(t('10:00:00')) },
        ]),
      },
    ],
    expect: {
      import: { read: 5, added: 1, duplicates: 0, conflicts: 0, invalid: 4, warnings: 0 },
    },
  },

  // 20 invalid records, one per missing / empty / wrong-typed required field (listed below), and
  // 3 valid ones: v1 servicer_status alice 1 at 10:00 (needs no open_kfid/external_userid),
  // v2 survey_sent kf1/c1 10:01 without servicer_userid (optional), v3 state 2 kf1/c2 10:02
  // without servicer_userid (only 3 needs it) → starts a session in the queue.
  // read 23, added 3, invalid 20; v2 has no session → no warning; warnings 0.
  {
    name: 'invalid: a required field missing, empty or of the wrong type',
    inputs: [
      {
        name: 'x.json',
        dataset: dataset([
          { type: 'enter_session', time: t('10:00:00'), open_kfid: 'kf1', external_userid: 'c1' }, // no id
          { ...enter(t('10:00:00')), id: '' }, // empty id
          { ...enter(t('10:00:00')), id: 5 }, // id not a string
          {
            id: 'i4',
            type: 'message',
            open_kfid: 'kf1',
            external_userid: 'c1',
            origin: 'customer',
          }, // no time
          { ...cust(t('10:00:00')), id: 'i5', time: null }, // time null
          { id: 'i6', type: 'enter_session', time: t('10:00:00'), external_userid: 'c1' }, // no open_kfid
          { ...enter(t('10:00:00')), id: 'i7', external_userid: '' }, // empty external_userid
          {
            id: 'i8',
            type: 'message',
            time: t('10:00:00'),
            open_kfid: 'kf1',
            external_userid: 'c1',
          }, // no origin
          { ...serv(t('10:00:00'), 'alice'), id: 'i9', servicer_userid: undefined }, // servicer msg, no servicer_userid
          {
            id: 'i10',
            type: 'state',
            time: t('10:00:00'),
            open_kfid: 'kf1',
            external_userid: 'c1',
            state: 3,
          }, // 3 without servicer
          {
            id: 'i11',
            type: 'state',
            time: t('10:00:00'),
            open_kfid: 'kf1',
            external_userid: 'c1',
          }, // no state
          { ...state(t('10:00:00'), 2), id: 'i12', state: '2' }, // state as a string
          { id: 'i13', type: 'servicer_status', time: t('10:00:00'), servicer_userid: 'alice' }, // no status
          { id: 'i14', type: 'servicer_status', time: t('10:00:00'), status: 1 }, // no servicer_userid
          {
            id: 'i15',
            type: 'survey_reply',
            time: t('10:00:00'),
            open_kfid: 'kf1',
            external_userid: 'c1',
          }, // no rating
          {
            id: 'i16',
            type: 'upgrade_invite',
            time: t('10:00:00'),
            open_kfid: 'kf1',
            external_userid: 'c1',
            kind: 'member',
          }, // no target
          {
            id: 'i17',
            type: 'upgrade_success',
            time: t('10:00:00'),
            open_kfid: 'kf1',
            external_userid: 'c1',
            target: 'm1',
          }, // no kind
          { ...cust(t('10:00:00')), id: 'i18', open_kfid: 7 }, // open_kfid not a string
          { ...status(t('10:00:00'), 'alice', 1), id: 'i19', servicer_userid: '' }, // empty servicer_userid
          { ...invite(t('10:00:00'), 'member', 'm1'), id: 'i20', target: 123 }, // target not a string
          { id: 'v1', ...status(t('10:00:00'), 'alice', 1) },
          { id: 'v2', ...surveySent(t('10:01:00')) },
          { id: 'v3', ...state(t('10:02:00'), 2, undefined, c2) },
        ]),
      },
    ],
    expect: {
      import: { read: 23, added: 3, duplicates: 0, conflicts: 0, invalid: 20, warnings: 0 },
      overview: { sessions: 1, surveys_sent: 1 },
      sessions: [{ external_userid: 'c2', state: 2 }],
      realtime: { queue: 1 },
    },
  },

  // 13 invalid times (all on servicer_status records): numeric string, date only, space instead
  // of T, no offset, before 1970 (ISO and -1), after 9999 (9999-12-31T23:59:59-01:00 is
  // 10000-01-01T00:59:59Z; 253402300800 is 10000-01-01T00:00:00Z), a point with no digits, offset
  // +24:00, a boolean, hours without minutes, month 13.
  // 5 valid ones:
  //   v1 state 3 alice kf1/c1 "2026-11-20T10:00+08:00" (no seconds) → 10:00:00, starts the session;
  //   v2 customer "2026-11-20T10:00:30.999999+0800" (±HHMM, fraction floored) → 10:00:30, in
  //      alice's segment → clock 10:00:30;
  //   v3 alice "2026-11-20T02:01:00Z" → 10:01:00 → frt 30 (29 if the fraction were rounded);
  //   v4 enter kf1/c2 1795140120 → 10:02:00 (last event → as_of);
  //   v5 alice on "2026-11-20T10:03:00+23:59" (largest offset) = 2026-11-19T10:04:00Z
  //      = 11-19 18:04:00 in Shanghai → range starts 11-19.
  // alice 接待时长 [11-19 18:04, 11-20 10:02) = 21360 + 36120 = 57480 s.
  {
    name: 'invalid: times outside the grammar; valid: no seconds, fractions, Z, ±HHMM, ±23:59',
    inputs: [
      {
        name: 'x.json',
        dataset: dataset([
          at('t1', '1795140000'),
          at('t2', '2026-11-20'),
          at('t3', '2026-11-20 10:00:00+08:00'),
          at('t4', '2026-11-20T10:00:00'),
          at('t5', '1969-12-31T23:59:59Z'),
          at('t6', -1),
          at('t7', '9999-12-31T23:59:59-01:00'),
          at('t8', 253402300800),
          at('t9', '2026-11-20T10:00:00.+08:00'),
          at('t10', '2026-11-20T10:00:00+24:00'),
          at('t11', true),
          at('t12', '2026-11-20T10+08:00'),
          at('t13', '2026-13-01T10:00:00+08:00'),
          { id: 'v1', ...state('2026-11-20T10:00+08:00', 3, 'alice') },
          { id: 'v2', ...cust('2026-11-20T10:00:30.999999+0800') },
          { id: 'v3', ...serv('2026-11-20T02:01:00Z', 'alice') },
          { id: 'v4', ...enter(1795140120, c2) },
          { id: 'v5', ...status('2026-11-20T10:03:00+23:59', 'alice', 1) },
        ]),
      },
    ],
    expect: {
      import: { read: 18, added: 5, duplicates: 0, conflicts: 0, invalid: 13, warnings: 0 },
      range: { from: '2026-11-19', to: '2026-11-20' },
      as_of: '2026-11-20T10:02:00+08:00',
      sessions: [
        { external_userid: 'c1', start: t('10:00:00'), first_response_seconds: 30 },
        { external_userid: 'c2', start: t('10:02:00') },
      ],
      staff: [
        { servicer_userid: 'alice', reception_seconds: 57480, first_response_seconds: 30 },
        { servicer_userid: 'bob' },
        { servicer_userid: 'carol' },
      ],
    },
  },

  // AMBIGUOUS: a non-integral Unix time (1795140000.5) is invalid: `time` is "integer Unix
  // seconds"; only an *integral* JSON number such as 1700000000.0 is accepted, and the floor rule
  // is stated for ISO fractions only. One valid enter beside it.
  {
    name: 'invalid: a non-integral Unix time',
    inputs: [
      {
        name: 'x.json',
        dataset: dataset([at('t1', 1795140000.5), { id: 'ok', ...enter(t('10:00:00')) }]),
      },
    ],
    expect: { import: { read: 2, added: 1, duplicates: 0, conflicts: 0, invalid: 1, warnings: 0 } },
  },

  // state 5, state -1, state 2.5 (outside 0–4), status 3, status 0, origin "bot", rating "good",
  // kind "phone" (invite) and "vip" (success) → 9 invalid; one valid customer message.
  {
    name: 'invalid: state outside 0–4, status outside 1–2, unknown origin, rating, kind',
    inputs: [
      {
        name: 'x.json',
        dataset: dataset([
          { ...state(t('10:00:00'), 5), id: 's1' },
          { ...state(t('10:00:00'), -1), id: 's2' },
          { ...state(t('10:00:00'), 2.5), id: 's3' },
          { ...status(t('10:00:00'), 'alice', 3), id: 's4' },
          { ...status(t('10:00:00'), 'alice', 0), id: 's5' },
          { ...cust(t('10:00:00')), id: 's6', origin: 'bot' },
          { ...surveyReply(t('10:00:00'), 'good'), id: 's7' },
          { ...invite(t('10:00:00'), 'phone', 'm1'), id: 's8' },
          { ...success(t('10:00:00'), 'vip', 'm1'), id: 's9' },
          { id: 'ok', ...cust(t('10:00:00')) },
        ]),
      },
    ],
    expect: {
      import: { read: 10, added: 1, duplicates: 0, conflicts: 0, invalid: 9, warnings: 0 },
      overview: { sessions: 1, customer_messages: 1 },
    },
  },

  // e1 valid customer message; e1 again with type "bogus"; e1 again with time "2026-11-20":
  // validity is checked before the id → both invalid (not conflicts). Then e2 invalid (origin
  // "bot") followed by a valid e2 enter for c2: the invalid one was never stored → e2 is added.
  // read 5 = added 2 + invalid 3.
  {
    name: 'an invalid record with an already-seen id is invalid, not a conflict',
    inputs: [
      {
        name: 'x.json',
        dataset: dataset([
          { id: 'e1', ...cust(t('10:00:00')) },
          { id: 'e1', type: 'bogus', time: t('10:00:00'), open_kfid: 'kf1', external_userid: 'c1' },
          { ...cust(t('10:00:00')), id: 'e1', time: '2026-11-20' },
          { ...cust(t('10:00:00'), c2), id: 'e2', origin: 'bot' },
          { id: 'e2', ...enter(t('10:01:00'), c2) },
        ]),
      },
    ],
    expect: {
      import: { read: 5, added: 2, duplicates: 0, conflicts: 0, invalid: 3, warnings: 0 },
      overview: { sessions: 2 },
    },
  },

  // Base directory, except G1's members are alice, bob and gm (gm has no servicers record).
  // e1 enter kfX/c1 → unknown account (W). e2 enter kf1/cX → unknown customer (W).
  // e3 enter kfX/cX → two warnings, one event (W). e4 dave on → unknown servicer (W).
  // e5 customer kf1/c1 10:01:00 (fine). e6 state 3 gm 10:01:10 → gm unknown: group membership
  // does not name a servicer (W). e7 alice 10:01:20 in gm's segment → not in a human segment of
  // her own while the session is open (W). e8 gm 10:01:30 → his own segment but unknown (W).
  // e9 alice kf1/c2 10:02:00 → no open session (W). e10 assistant kf1/c3 10:02:00 → no open
  // session (W). e11 survey_reply kf2/c2 10:03:00 → answers nothing (W). e12 state 4 kf2/c3 →
  // no session ever (W). e13 survey_sent kf1/c1 servicer zoe → unknown servicer (W). e14 invite
  // kf1/c1 servicer zoe (W). e15 success kf1/c1 without servicer (fine). e16 survey_sent kf1/c2
  // without servicer and without session (fine). warnings 13 of 16.
  {
    name: 'warnings: one event per class, an event with two warnings counted once',
    inputs: one(
      [
        enter(t('10:00:00'), { open_kfid: 'kfX' }),
        enter(t('10:00:00'), { external_userid: 'cX' }),
        enter(t('10:00:00'), { open_kfid: 'kfX', external_userid: 'cX' }),
        status(t('10:00:00'), 'dave', 1),
        cust(t('10:01:00')),
        state(t('10:01:10'), 3, 'gm'),
        serv(t('10:01:20'), 'alice'),
        serv(t('10:01:30'), 'gm'),
        serv(t('10:02:00'), 'alice', c2),
        asst(t('10:02:00'), c3),
        surveyReply(t('10:03:00'), 'satisfied', { ...kf2, ...c2 }),
        state(t('10:03:00'), 4, undefined, { ...kf2, ...c3 }),
        surveySent(t('10:04:00'), undefined, 'zoe'),
        invite(t('10:04:00'), 'member', 'm1', undefined, 'zoe'),
        success(t('10:05:00'), 'member', 'm1'),
        surveySent(t('10:05:00'), c2),
      ],
      {
        groups: [{ ...BASE.groups[0], servicer_userids: ['alice', 'bob', 'gm'] }, BASE.groups[1]],
      },
    ),
    expect: {
      import: { read: 16, added: 16, duplicates: 0, conflicts: 0, invalid: 0, warnings: 13 },
    },
  },

  // NDJSON, read as a stream: leading blank line, meta, directory lines, a blank line, events.
  // e1 enter 10:00:00; e2 customer 10:00:05; a repeated meta line (ignored, not counted);
  // e3 state 3 alice at 1795140020 (10:00:20); e4 alice at 1795140050 (10:00:50); then e2 again
  // with its keys in another order and the `record` tag last → duplicate.
  // read 5 = added 4 + duplicates 1. Pending e2 → clock 10:00:20 → frt 30.
  // Staff rows: alice (servicer line; G1's only member).
  {
    name: 'NDJSON: meta first, blank lines skipped, repeated meta ignored, record tag ignored for duplicates',
    inputs: [
      {
        name: 'log.ndjson',
        text: [
          '',
          '{"record":"meta","format":"kf-dataset","version":1,"timezone":"Asia/Shanghai"}',
          '{"record":"account","open_kfid":"kf1","name":"售前咨询"}',
          '{"record":"servicer","userid":"alice","name":"王丽"}',
          '{"record":"group","group_id":"G1","name":"售前组","reception_limit":5,"open_kfids":["kf1"],"servicer_userids":["alice"]}',
          '{"record":"customer","external_userid":"c1","nickname":"小明","is_friend":true}',
          '',
          '{"record":"event","id":"e1","type":"enter_session","time":"2026-11-20T10:00:00+08:00","open_kfid":"kf1","external_userid":"c1"}',
          '{"record":"event","id":"e2","type":"message","time":"2026-11-20T10:00:05+08:00","open_kfid":"kf1","external_userid":"c1","origin":"customer","msgtype":"text","content":"在吗"}',
          '{"record":"meta","format":"kf-dataset","version":1,"timezone":"Asia/Shanghai"}',
          '{"record":"event","id":"e3","type":"state","time":1795140020,"open_kfid":"kf1","external_userid":"c1","state":3,"servicer_userid":"alice"}',
          '{"record":"event","id":"e4","type":"message","time":1795140050,"open_kfid":"kf1","external_userid":"c1","origin":"servicer","servicer_userid":"alice","msgtype":"text","content":"您好"}',
          '{"content":"在吗","msgtype":"text","origin":"customer","external_userid":"c1","open_kfid":"kf1","time":"2026-11-20T10:00:05+08:00","type":"message","id":"e2","record":"event"}',
          '',
        ].join('\n'),
      },
    ],
    expect: {
      import: { read: 5, added: 4, duplicates: 1, conflicts: 0, invalid: 0, warnings: 0 },
      overview: {
        sessions: 1,
        addressed: 1,
        replied: 1,
        first_response_seconds: 30,
        friend_customers: 1,
      },
      sessions: [{ start: t('10:00:00'), servicers: ['alice'], first_response_seconds: 30 }],
      staff: [{ servicer_userid: 'alice', first_response_seconds: 30 }],
    },
  },

  // .jsonl: meta; account and customer lines; e1 enter 10:00:00 (valid); then a line that is not
  // JSON, a line with an unknown record "note", and a JSON array line (not an object): each one
  // invalid record.
  // AMBIGUOUS: these three lines count in the event counters (read and invalid) — the import
  // counts event records only, but such a line cannot be shown to be a directory record, and
  // "nothing the user gave is lost silently". read 4 = added 1 + invalid 3.
  {
    name: 'NDJSON: a non-JSON line, an unknown record and a non-object line are invalid records',
    inputs: [
      {
        name: 'log.jsonl',
        text: [
          '{"record":"meta","format":"kf-dataset","version":1,"timezone":"Asia/Shanghai"}',
          '{"record":"account","open_kfid":"kf1","name":"售前咨询"}',
          '{"record":"customer","external_userid":"c1","nickname":"小明"}',
          '{"record":"event","id":"e1","type":"enter_session","time":"2026-11-20T10:00:00+08:00","open_kfid":"kf1","external_userid":"c1"}',
          'this line is not JSON',
          '{"record":"note","text":"hello"}',
          '[1,2,3]',
        ].join('\n'),
      },
    ],
    expect: {
      import: { read: 4, added: 1, duplicates: 0, conflicts: 0, invalid: 3, warnings: 0 },
      overview: { sessions: 1 },
    },
  },

  // directory.json (base directory, no events) then events.csv: a lone CSV is an `events` sheet;
  // times have no offset and are read in the dataset's zone (Asia/Shanghai, the zone of a file
  // without one — the same as the store's). Empty cells are missing fields.
  // e1 enter 10:00:00; e2 customer 10:00:05; e3 state 3 alice 10:00:20; e4 alice 10:00:50 →
  // pending e2 → frt 30. All ids known through directory.json → no warnings.
  {
    name: 'CSV events beside a JSON directory: times without offset in the dataset zone',
    inputs: [
      { name: 'directory.json', dataset: dataset([]) },
      {
        name: 'events.csv',
        text: [
          'id,type,time,open_kfid,external_userid,origin,servicer_userid,state,msgtype,content',
          'e1,enter_session,2026-11-20T10:00:00,kf1,c1,,,,,',
          'e2,message,2026-11-20T10:00:05,kf1,c1,customer,,,text,在吗',
          'e3,state,2026-11-20T10:00:20,kf1,c1,,alice,3,,',
          'e4,message,2026-11-20T10:00:50,kf1,c1,servicer,alice,,text,您好',
          '',
        ].join('\n'),
      },
    ],
    expect: {
      import: { read: 4, added: 4, duplicates: 0, conflicts: 0, invalid: 0, warnings: 0 },
      as_of: '2026-11-20T10:00:50+08:00',
      sessions: [
        {
          start: '2026-11-20T10:00:00+08:00',
          state: 3,
          servicers: ['alice'],
          first_response_seconds: 30,
          customer_messages: 1,
          servicer_messages: 1,
        },
      ],
    },
  },

  // a.json customers: c1 is_friend true; c2 is_friend "true" (a string: only JSON true counts);
  // c3 without nickname (invalid directory record: not stored, not in the event counters);
  // c4 is_friend true. Events: enter c1 10:00, c2 10:01, c3 10:02, c4 10:03.
  // b.json (timezone null = Asia/Shanghai, no events): customers [c1 without is_friend] → the
  // upsert replaces the whole record → c1 is_friend false (default).
  // Now friends: c4 only → friend_customers 1 of 4 customers. c3 has no customers record →
  // its enter warns → warnings 1.
  {
    name: 'directory upsert replaces the whole record; is_friend only for JSON true; bad records skipped',
    inputs: [
      {
        name: 'a.json',
        dataset: dataset(
          [
            { id: 'e1', ...enter(t('10:00:00')) },
            { id: 'e2', ...enter(t('10:01:00'), c2) },
            { id: 'e3', ...enter(t('10:02:00'), c3) },
            { id: 'e4', ...enter(t('10:03:00'), { external_userid: 'c4' }) },
          ],
          {
            customers: [
              { external_userid: 'c1', nickname: '小明', is_friend: true },
              { external_userid: 'c2', nickname: '小红', is_friend: 'true' },
              { external_userid: 'c3' },
              { external_userid: 'c4', nickname: '小丽', is_friend: true },
            ],
          },
        ),
      },
      {
        name: 'b.json',
        dataset: dataset([], {
          timezone: null,
          customers: [{ external_userid: 'c1', nickname: '小明' }],
        }),
      },
    ],
    expect: {
      import: { read: 4, added: 4, duplicates: 0, conflicts: 0, invalid: 0, warnings: 1 },
      overview: { sessions: 4, customers: 4, friend_customers: 1 },
    },
  },

  // Every event invalid → nothing stored: as with no events, range and as_of are null and every
  // list is empty; the import still reports the record.
  {
    name: 'only invalid events: nothing stored, range and as_of null',
    inputs: [
      {
        name: 'x.json',
        dataset: dataset([
          { id: 'x', type: 'bogus', time: t('10:00:00'), open_kfid: 'kf1', external_userid: 'c1' },
        ]),
      },
    ],
    expect: {
      import: { read: 1, added: 0, duplicates: 0, conflicts: 0, invalid: 1, warnings: 0 },
      range: null,
      as_of: null,
      overview: { ...ZERO, by_day: [] },
      staff: [],
      sessions: [],
      realtime: { staff: [] },
    },
  },
] satisfies ReportCase[]
