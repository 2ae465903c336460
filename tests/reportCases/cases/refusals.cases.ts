// Inputs refused whole (data-format.md, last paragraph; metrics.md §8 last bullet): the report
// exits non-zero with the reason on stderr and nothing on stdout. The reason's wording is the
// engine's: the patterns only ask for a non-empty reason, or one that mentions the zone.
// Conventions (zone, base directory, ids e1…, default pair kf1/c1): see kit.ts.
import type { ReportCase } from '../caseTypes'
import { dataset, enter, log, sh } from './kit'

const ONE_EVENT = log(enter(sh('10:00:00')))
const GOOD = { name: 'good.json', dataset: dataset(ONE_EVENT) }
const ANY_REASON = /\S/
const ZONE_REASON = /时区|timezone|zone/i

export default [
  // "format": "kf-dataset2" → not a dataset.
  {
    name: 'refused: wrong format',
    inputs: [{ name: 'x.json', dataset: { ...dataset(ONE_EVENT), format: 'kf-dataset2' } }],
    expect: { refused: ANY_REASON },
  },

  // No "format" key at all.
  {
    name: 'refused: missing format',
    inputs: [{ name: 'x.json', dataset: { ...dataset(ONE_EVENT), format: undefined } }],
    expect: { refused: ANY_REASON },
  },

  // "version": 2.
  {
    name: 'refused: wrong version',
    inputs: [{ name: 'x.json', dataset: { ...dataset(ONE_EVENT), version: 2 } }],
    expect: { refused: ANY_REASON },
  },

  // No "version" key.
  {
    name: 'refused: missing version',
    inputs: [{ name: 'x.json', dataset: { ...dataset(ONE_EVENT), version: undefined } }],
    expect: { refused: ANY_REASON },
  },

  // A file with no bytes.
  {
    name: 'refused: empty file',
    inputs: [{ name: 'x.json', text: '' }],
    expect: { refused: ANY_REASON },
  },

  // A JSON document cut off in the middle of the events array.
  {
    name: 'refused: truncated JSON',
    inputs: [
      {
        name: 'x.json',
        text: '{"format":"kf-dataset","version":1,"timezone":"Asia/Shanghai","events":[{"id":"e1","type":"enter_session"',
      },
    ],
    expect: { refused: ANY_REASON },
  },

  // Binary-looking bytes in a .json file: not JSON at all.
  {
    name: 'refused: a binary, not JSON',
    inputs: [
      { name: 'x.json', text: 'PK\u0003\u0004\u0014\u0000\u0006\u0000\b\u0000\u0000\u0000!\u0000' },
    ],
    expect: { refused: ANY_REASON },
  },

  // "events": {} — present but not an array.
  {
    name: 'refused: events present but not an array',
    inputs: [
      { name: 'x.json', dataset: { ...dataset([]), events: { e1: enter(sh('10:00:00')) } } },
    ],
    expect: { refused: ANY_REASON },
  },

  // "customers": "c1" — a directory container present but not an array.
  {
    name: 'refused: customers present but not an array',
    inputs: [{ name: 'x.json', dataset: { ...dataset(ONE_EVENT), customers: 'c1' } }],
    expect: { refused: ANY_REASON },
  },

  // NDJSON whose first non-blank line is an event, not meta (the meta comes second).
  {
    name: 'refused: NDJSON whose first line is not meta',
    inputs: [
      {
        name: 'x.ndjson',
        text: [
          '',
          '{"record":"event","id":"e1","type":"enter_session","time":"2026-11-20T10:00:00+08:00","open_kfid":"kf1","external_userid":"c1"}',
          '{"record":"meta","format":"kf-dataset","version":1,"timezone":"Asia/Shanghai"}',
        ].join('\n'),
      },
    ],
    expect: { refused: ANY_REASON },
  },

  // NDJSON whose meta line has version 2 → not a valid meta.
  {
    name: 'refused: NDJSON meta with a wrong version',
    inputs: [
      {
        name: 'x.ndjson',
        text: [
          '{"record":"meta","format":"kf-dataset","version":2,"timezone":"Asia/Shanghai"}',
          '{"record":"event","id":"e1","type":"enter_session","time":"2026-11-20T10:00:00+08:00","open_kfid":"kf1","external_userid":"c1"}',
        ].join('\n'),
      },
    ],
    expect: { refused: ANY_REASON },
  },

  // "timezone": "Mars/Olympus_Mons" — not an IANA name.
  {
    name: 'refused: unknown timezone',
    inputs: [{ name: 'x.json', dataset: dataset(ONE_EVENT, { timezone: 'Mars/Olympus_Mons' }) }],
    expect: { refused: ZONE_REASON },
  },

  // "timezone": "" — an empty string is refused (unlike a missing or null zone).
  {
    name: 'refused: empty-string timezone',
    inputs: [{ name: 'x.json', dataset: dataset(ONE_EVENT, { timezone: '' }) }],
    expect: { refused: ZONE_REASON },
  },

  // good.json (Asia/Shanghai) then berlin.json (Europe/Berlin): the second file's zone differs
  // from the stored one → the whole report is refused (the good file does not save it).
  {
    name: 'refused: a second input in another timezone',
    inputs: [
      GOOD,
      {
        name: 'berlin.json',
        dataset: dataset(log(enter(sh('11:00:00'))), { timezone: 'Europe/Berlin' }),
      },
    ],
    expect: { refused: ZONE_REASON },
  },

  // berlin.json (Europe/Berlin) then plain.json without a timezone key: a file without one is
  // Asia/Shanghai → differs from the stored Europe/Berlin → refused.
  {
    name: 'refused: a file without timezone after one in another zone',
    inputs: [
      { name: 'berlin.json', dataset: dataset(ONE_EVENT, { timezone: 'Europe/Berlin' }) },
      {
        name: 'plain.json',
        dataset: { ...dataset(log(enter(sh('11:00:00')))), timezone: undefined },
      },
    ],
    expect: { refused: ZONE_REASON },
  },

  // good.json (Asia/Shanghai) then chongqing.json (Asia/Chongqing — same offsets, another name):
  // zones are compared by name → refused.
  {
    name: 'refused: zones are compared by name',
    inputs: [
      GOOD,
      {
        name: 'chongqing.json',
        dataset: dataset(log(enter(sh('11:00:00'))), { timezone: 'Asia/Chongqing' }),
      },
    ],
    expect: { refused: ZONE_REASON },
  },

  // AMBIGUOUS: a lone CSV has no meta sheet, so it is read as a file without timezone =
  // Asia/Shanghai; after a Europe/Berlin JSON it differs from the stored zone → refused (rather
  // than adopting the store's zone).
  {
    name: 'refused: a lone CSV (Asia/Shanghai) after a Europe/Berlin dataset',
    inputs: [
      { name: 'berlin.json', dataset: dataset(ONE_EVENT, { timezone: 'Europe/Berlin' }) },
      {
        name: 'events.csv',
        text: 'id,type,time,open_kfid,external_userid\ne9,enter_session,2026-11-20T11:00:00,kf1,c1\n',
      },
    ],
    expect: { refused: ZONE_REASON },
  },

  // Not refusals — the accepted neighbours of the cases above:
  // good.json (Asia/Shanghai) then a file with "timezone": null (= Asia/Shanghai) and one with no
  // timezone key (= Asia/Shanghai) → accepted: 3 events, 1 session (both later enters are
  // re-entries of c1's open session), as_of 11:00.
  {
    name: 'accepted: missing or null timezone equals Asia/Shanghai',
    inputs: [
      GOOD,
      {
        name: 'null.json',
        dataset: dataset(log({ id: 'n1', ...enter(sh('10:30:00')) }), { timezone: null }),
      },
      {
        name: 'none.json',
        dataset: { ...dataset(log({ id: 'm1', ...enter(sh('11:00:00')) })), timezone: undefined },
      },
    ],
    expect: {
      timezone: 'Asia/Shanghai',
      import: { read: 3, added: 3, duplicates: 0, conflicts: 0, invalid: 0, warnings: 0 },
      overview: { sessions: 1 },
      as_of: '2026-11-20T11:00:00+08:00',
    },
  },
] satisfies ReportCase[]
