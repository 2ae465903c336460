// The small hand-made events the worker and browser tests share: 旗舰店 (kf1), customer c1, from
// 2026-11-20T10:00:00+08:00.

/** 2026-11-20T10:00:00+08:00 in Unix seconds. */
export const T10 = 1795140000

/** An event `offset` seconds after T10, of kf1 and c1 unless `fields` say otherwise. */
export const ev = (id: string, offset: number, fields: Record<string, unknown>) => ({
  id,
  time: T10 + offset,
  open_kfid: 'kf1',
  external_userid: 'c1',
  ...fields,
})
