/**
 * Files the reader opened from their own disk, kept in this browser (IndexedDB) so that a reload keeps them.
 * They are never uploaded: the view's address names one as `data=local:NAME`, which only this browser can open.
 */
import { LOCAL_DATA_PREFIX } from '../view/view-state'

const DATABASE = 'conflict-timeline'
const STORE = 'local-files'

export function isLocalAddress(address: string | null): address is string {
  return address !== null && address.startsWith(LOCAL_DATA_PREFIX)
}

export function localAddress(name: string): string {
  return `${LOCAL_DATA_PREFIX}${name}`
}

export function localFileName(address: string): string {
  return address.slice(LOCAL_DATA_PREFIX.length)
}

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1)
    request.onupgradeneeded = () => request.result.createObjectStore(STORE)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'))
  })
}

async function withStore<T>(
  mode: IDBTransactionMode,
  request: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const database = await openDatabase()
  try {
    return await new Promise<T>((resolve, reject) => {
      const pending = request(database.transaction(STORE, mode).objectStore(STORE))
      pending.onsuccess = () => resolve(pending.result)
      pending.onerror = () => reject(pending.error ?? new Error('IndexedDB request failed'))
    })
  } finally {
    database.close()
  }
}

export async function saveLocalFile(name: string, bytes: ArrayBuffer): Promise<void> {
  await withStore('readwrite', (store) => store.put(bytes, name))
}

/** The file's bytes, or null when this browser no longer holds it (cleared, or another browser). */
export async function readLocalFile(name: string): Promise<Uint8Array<ArrayBuffer> | null> {
  const bytes = await withStore<ArrayBuffer | undefined>('readonly', (store) => store.get(name))
  return bytes ? new Uint8Array(bytes) : null
}

export async function deleteLocalFile(name: string): Promise<void> {
  await withStore('readwrite', (store) => store.delete(name))
}
