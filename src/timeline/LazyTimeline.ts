import { lazy } from 'react'

/** vis-timeline is the largest dependency: it loads in its own chunk while the rest of the page renders. */
export const LazyTimeline = lazy(() =>
  import('./Timeline').then((module) => ({ default: module.Timeline })),
)
