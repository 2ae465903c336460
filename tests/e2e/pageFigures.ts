// Reading figures off a page through their data attributes, never from formatted text.
import type { Page } from 'playwright-core'

export interface RawFigure {
  value?: number
  num?: number
  den?: number
}

/** Every `[data-metric]` inside `scope` (a CSS selector), by key. */
export async function figuresIn(page: Page, scope = 'body'): Promise<Record<string, RawFigure>> {
  return page.evaluate((selector) => {
    const out: Record<string, { value?: number; num?: number; den?: number }> = {}
    const root = document.querySelector(selector)
    root?.querySelectorAll<HTMLElement>('[data-metric]').forEach((el) => {
      const { metric, value, num, den } = el.dataset
      if (!metric) return
      out[metric] =
        value !== undefined ? { value: Number(value) } : { num: Number(num), den: Number(den) }
    })
    return out
  }, scope)
}

/** Each `[data-servicer]` row's figures. */
export async function staffRowsIn(page: Page): Promise<Record<string, Record<string, RawFigure>>> {
  return page.evaluate(() => {
    const rows: Record<string, Record<string, { value?: number; num?: number; den?: number }>> = {}
    document.querySelectorAll<HTMLElement>('[data-servicer]').forEach((row) => {
      const figures: Record<string, { value?: number; num?: number; den?: number }> = {}
      row.querySelectorAll<HTMLElement>('[data-metric]').forEach((el) => {
        const { metric, value, num, den } = el.dataset
        if (!metric) return
        figures[metric] =
          value !== undefined ? { value: Number(value) } : { num: Number(num), den: Number(den) }
      })
      rows[row.dataset.servicer!] = figures
    })
    return rows
  })
}

/** The dataset's meta row, straight from IndexedDB. */
export async function storedMeta(page: Page): Promise<{ version: number; isDemo: boolean } | null> {
  return page.evaluate(
    () =>
      new Promise<{ version: number; isDemo: boolean } | null>((resolve, reject) => {
        const request = indexedDB.open('kf-stats')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const db = request.result
          if (!db.objectStoreNames.contains('meta')) {
            db.close()
            return resolve(null)
          }
          const get = db.transaction('meta').objectStore('meta').get('dataset')
          get.onsuccess = () => {
            db.close()
            resolve(get.result ?? null)
          }
          get.onerror = () => reject(get.error)
        }
      }),
  )
}
