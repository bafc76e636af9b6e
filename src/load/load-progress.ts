/** How far each address's load has come, for the loading screen's progress bar: a tiny external store. */
import type { LoadProgress } from './loaded-dataset'
import { formatNumber, formatOneDecimal } from '../data/format-number'

const progressByUrl = new Map<string, LoadProgress>()
const listeners = new Set<() => void>()

export function reportProgress(url: string, progress: LoadProgress): void {
  progressByUrl.set(url, progress)
  for (const listener of listeners) listener()
}

export function subscribeToProgress(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function progressOf(url: string): LoadProgress | undefined {
  return progressByUrl.get(url)
}

/** What the progress bar shows: a sentence, and how far along it is when that is known. */
export type ProgressReading = { text: string; done: number | null; total: number | null }

const size = (bytes: number, totalBytes: number) =>
  totalBytes < 1_000_000
    ? formatNumber(Math.ceil(bytes / 1000))
    : formatOneDecimal(bytes / 1_000_000)
const unit = (totalBytes: number) => (totalBytes < 1_000_000 ? 'kB' : 'MB')
const count = formatNumber

export function readProgress(progress: LoadProgress | undefined): ProgressReading {
  if (!progress) return { text: 'Loading the events…', done: null, total: null }
  const { stage, loadedBytes, totalBytes, checkedEvents, totalEvents } = progress
  switch (stage) {
    case 'downloading':
      // A compressed response names its compressed size, while the bytes counted are the file's own.
      return totalBytes && loadedBytes <= totalBytes
        ? {
            text: `Downloading the events… ${size(loadedBytes, totalBytes)} of ${size(totalBytes, totalBytes)} ${unit(totalBytes)}`,
            done: loadedBytes,
            total: totalBytes,
          }
        : {
            text: `Downloading the events… ${size(loadedBytes, loadedBytes)} ${unit(loadedBytes)}`,
            done: null,
            total: null,
          }
    case 'reading':
      return { text: 'Reading the file…', done: null, total: null }
    case 'checking':
      return totalEvents
        ? {
            text: `Checking the events… ${count(checkedEvents)} of ${count(totalEvents)}`,
            done: checkedEvents,
            total: totalEvents,
          }
        : { text: 'Checking the events…', done: null, total: null }
    case 'indexing':
      return { text: 'Preparing the timeline…', done: null, total: null }
  }
}
