/**
 * Registers the service worker that keeps the app for offline use (vite.config.ts, README "Offline"), once the
 * first view is drawn: installing it downloads and compiles every built file, which on a small machine would
 * take the processor from the page and the loading worker while the reader waits for the first events.
 */
const FIRST_VIEW_WAIT_MS = 10_000

export function registerOfflineCacheAfter(firstView: Promise<unknown>): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  const register = () => {
    void navigator.serviceWorker.register('./sw.js', { scope: './' })
  }
  const whenIdle = () =>
    typeof requestIdleCallback === 'undefined'
      ? setTimeout(register, 0)
      : requestIdleCallback(register, { timeout: 2_000 })
  const timeout = new Promise((resolve) => setTimeout(resolve, FIRST_VIEW_WAIT_MS))
  void Promise.race([firstView.catch(() => undefined), timeout]).then(() =>
    // Two frames: the first view's draw comes in the frame after the dataset arrives.
    requestAnimationFrame(() => requestAnimationFrame(whenIdle)),
  )
}
