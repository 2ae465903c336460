// A worker that fails to start (its script missing after a new version was deployed, an error
// while loading) or throws outside any call would leave every Comlink call waiting forever. The
// worker's `error` event makes every call — waiting or later — fail with a message for the page.

export const WORKER_FAILED_MESSAGE =
  '计算进程意外停止(可能是页面已更新或内存不足),请刷新页面。已保存的数据不会丢失。'

export class WorkerFailedError extends Error {
  constructor(detail?: string) {
    super(detail ? `${WORKER_FAILED_MESSAGE}(${detail})` : WORKER_FAILED_MESSAGE)
    this.name = 'WorkerFailedError'
  }
}

export interface WorkerFailure {
  /** Rejects once the worker failed; never resolves. */
  readonly failed: Promise<never>
  /** Called at once if the worker already failed. */
  onFailure(listener: (error: WorkerFailedError) => void): void
}

export function watchWorker(worker: Pick<EventTarget, 'addEventListener'>): WorkerFailure {
  let failure: WorkerFailedError | null = null
  const listeners = new Set<(error: WorkerFailedError) => void>()
  let reject: (error: WorkerFailedError) => void = () => undefined
  const failed = new Promise<never>((_, no) => (reject = no))
  failed.catch(() => undefined)
  worker.addEventListener('error', (event) => {
    if (failure) return
    const message = (event as ErrorEvent).message
    failure = new WorkerFailedError(typeof message === 'string' && message ? message : undefined)
    reject(failure)
    for (const listener of listeners) listener(failure)
  })
  return {
    failed,
    onFailure(listener) {
      if (failure) listener(failure)
      else listeners.add(listener)
    },
  }
}

/** `remote` whose every method call also fails when the worker fails. */
export function failingWith<T extends object>(remote: T, failure: WorkerFailure): T {
  return new Proxy(remote, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown
      if (typeof value !== 'function' || typeof name !== 'string' || name === 'then') return value
      return (...args: unknown[]) =>
        // The failure first: once the worker failed, a call fails even if it could still answer.
        Promise.race([failure.failed, (value as (...a: unknown[]) => Promise<unknown>)(...args)])
    },
  })
}
