// Calls `tick` every `intervalMs` while `active()` is true (the live board; a replay is not
// active). `now()` runs it at once and starts the interval over. A tab that was hidden — where
// browsers slow timers down — catches up as soon as it is shown again if a tick is overdue.
import { onScopeDispose, watch } from 'vue'

export interface AutoRefresh {
  /** Refresh now (「刷新」) and count the next interval from here. */
  now(): void
}

export function useAutoRefresh(
  active: () => boolean,
  tick: () => void,
  intervalMs: number,
): AutoRefresh {
  let timer: ReturnType<typeof setInterval> | null = null
  let last = Date.now()

  function run(): void {
    last = Date.now()
    tick()
  }

  function stop(): void {
    if (timer !== null) clearInterval(timer)
    timer = null
  }

  function start(): void {
    stop()
    last = Date.now()
    timer = setInterval(run, intervalMs)
  }

  function onVisible(): void {
    if (document.visibilityState !== 'visible' || timer === null) return
    if (Date.now() - last < intervalMs) return
    start()
    tick()
  }

  watch(
    active,
    (on) => {
      if (on) start()
      else stop()
    },
    { immediate: true },
  )
  document.addEventListener('visibilitychange', onVisible)

  onScopeDispose(() => {
    stop()
    document.removeEventListener('visibilitychange', onVisible)
  })

  return {
    now() {
      if (timer !== null) start()
      tick()
    },
  }
}
