/**
 * vis-timeline is the largest dependency: it loads in a chunk of its own, started as early as the page knows it
 * will draw a timeline (main.tsx), before React renders.
 */
import type { ReactElement } from 'react'
import type { TimelineProps } from './Timeline'

export type RenderTimeline = (props: TimelineProps) => ReactElement

let renderTimeline: RenderTimeline | null = null
let loading: Promise<unknown> | null = null
const listeners = new Set<() => void>()

export function preloadTimeline(): Promise<unknown> {
  return (loading ??= import('./Timeline').then((module) => {
    renderTimeline = module.renderTimeline
    for (const listener of listeners) listener()
  }))
}

export function subscribeToTimeline(listener: () => void): () => void {
  listeners.add(listener)
  void preloadTimeline()
  return () => listeners.delete(listener)
}

export function loadedTimeline(): RenderTimeline | null {
  return renderTimeline
}
