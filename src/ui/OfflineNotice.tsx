import { useSyncExternalStore } from 'react'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange)
  window.addEventListener('offline', onChange)
  return () => {
    window.removeEventListener('online', onChange)
    window.removeEventListener('offline', onChange)
  }
}

/**
 * Said while the network is gone: the app and its bundled dataset go on from the copy the service worker keeps
 * on this device (vite.config.ts), so a classroom that loses its Wi-Fi keeps its lesson.
 */
export function OfflineNotice() {
  const isOnline = useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  )
  if (isOnline) return null
  return (
    <p role="status" className="ct-notice rounded-md border px-3 py-1 text-sm">
      Offline: the timeline works from the copy kept on this device. Other datasets and links to
      sources need the network.
    </p>
  )
}
