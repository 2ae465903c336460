// Reading figures off a page through their data attributes, never from formatted text.
import type { Page } from 'playwright-core'
import { ALL_OVERVIEW_CARDS } from '../../src/domain/figures/figureCatalog'

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

/** The dataset's meta row, straight from IndexedDB (never creating the database). */
export async function storedMeta(page: Page): Promise<{ version: number; isDemo: boolean } | null> {
  return page.evaluate(
    () =>
      new Promise<{ version: number; isDemo: boolean } | null>((resolve, reject) => {
        const request = indexedDB.open('kf-stats')
        // The app has not created it yet: abort, so this probe does not create it either.
        request.onupgradeneeded = () => request.transaction?.abort()
        request.onerror = () =>
          request.error?.name === 'AbortError' ? resolve(null) : reject(request.error)
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
          get.onerror = () => {
            db.close()
            reject(get.error)
          }
        }
      }),
  )
}

/** Every `[data-session]` key of a (virtually scrolled) list, scrolling it to the end. */
export async function listedSessionKeys(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const keys = new Set<string>()
    const collect = () =>
      document.querySelectorAll<HTMLElement>('[data-session]').forEach((el) => {
        if (el.dataset.session) keys.add(el.dataset.session)
      })
    const first = document.querySelector('[data-session]')
    let scroller: HTMLElement | null = first?.parentElement ?? null
    while (scroller && scroller.scrollHeight <= scroller.clientHeight + 1)
      scroller = scroller.parentElement
    const frame = () => new Promise((resolve) => setTimeout(resolve, 120))
    collect()
    if (scroller) {
      scroller.scrollTop = 0
      await frame()
      for (let guard = 0; guard < 2000; guard += 1) {
        collect()
        const before = scroller.scrollTop
        scroller.scrollTop = before + Math.max(50, scroller.clientHeight * 0.7)
        await frame()
        if (scroller.scrollTop === before) break
      }
      collect()
    }
    return [...keys]
  })
}

/** The report key of a card's denominator, for its rates and averages (data-num / data-den). */
export const CARD_DENOMINATORS: Record<string, string> = {}
for (const card of ALL_OVERVIEW_CARDS) {
  if (card.view.kind !== 'count') CARD_DENOMINATORS[card.id] = card.view.denominator
}

/** The same for a servicer's row (员工统计, 实时看板's 接待员工数据). */
export const ROW_DENOMINATORS: Record<string, string> = {
  replied: 'addressed',
  first_response_seconds: 'replied',
  surveys_answered: 'surveys_sent',
  satisfied: 'surveys_answered',
  middling: 'surveys_answered',
  dissatisfied: 'surveys_answered',
}
