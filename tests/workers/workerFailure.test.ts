// A worker that fails makes every call fail with a message, instead of waiting forever.
import { describe, expect, it } from 'vitest'
import { failingWith, watchWorker, WORKER_FAILED_MESSAGE } from '../../src/workers/workerFailure'

/** A remote whose calls never answer (what Comlink gives when the worker is gone). */
const silentRemote = {
  status: () => new Promise<never>(() => undefined),
  echo: async (value: number) => value,
}

function errorEvent(message: string): Event {
  const event = new Event('error')
  Object.defineProperty(event, 'message', { value: message })
  return event
}

describe('a failing analytics worker', () => {
  it('answers as usual while the worker is well', async () => {
    const worker = new EventTarget()
    const remote = failingWith(silentRemote, watchWorker(worker))
    await expect(remote.echo(7)).resolves.toBe(7)
  })

  it('fails the calls waiting and every later one, with the reason, and tells its listeners once', async () => {
    const worker = new EventTarget()
    const failure = watchWorker(worker)
    const remote = failingWith(silentRemote, failure)
    const heard: string[] = []
    failure.onFailure((error) => heard.push(error.message))
    const waiting = remote.status()
    worker.dispatchEvent(errorEvent('Failed to fetch module script'))
    worker.dispatchEvent(errorEvent('again'))
    await expect(waiting).rejects.toThrow(WORKER_FAILED_MESSAGE)
    await expect(remote.echo(1)).rejects.toThrow('Failed to fetch module script')
    expect(heard).toEqual([`${WORKER_FAILED_MESSAGE}(Failed to fetch module script)`])
    const late: string[] = []
    failure.onFailure((error) => late.push(error.name))
    expect(late).toEqual(['WorkerFailedError'])
  })
})
