// The browser's storage for this site: usage, quota, and whether it is persistent.
import { onMounted, ref, shallowRef } from 'vue'

export interface StorageState {
  usage: number | null
  quota: number | null
  persisted: boolean | null
}

export function useStorageEstimate() {
  const state = shallowRef<StorageState | null>(null)
  const supported = typeof navigator !== 'undefined' && navigator.storage !== undefined
  const error = ref<string | null>(null)
  const requesting = ref(false)

  async function refresh(): Promise<void> {
    if (!supported) return
    try {
      const estimate = await navigator.storage.estimate()
      const persisted = navigator.storage.persisted ? await navigator.storage.persisted() : null
      state.value = { usage: estimate.usage ?? null, quota: estimate.quota ?? null, persisted }
      error.value = null
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
    }
  }

  /** Asks for persistent storage; true when granted. */
  async function requestPersist(): Promise<boolean> {
    if (!supported || !navigator.storage.persist) return false
    requesting.value = true
    try {
      const granted = await navigator.storage.persist()
      await refresh()
      return granted
    } finally {
      requesting.value = false
    }
  }

  onMounted(refresh)

  return { state, supported, error, requesting, refresh, requestPersist }
}
