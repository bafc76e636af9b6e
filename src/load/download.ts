/** Downloading a dataset with progress, and reading it as JSON: the steps before validation (no zod here). */
import type { ValidationReport } from '../data/dataset-issues'
import { DatasetLoadError, type LoadProgress } from './loaded-dataset'
import { formatNumber } from '../data/format-number'

export type ProgressListener = (progress: LoadProgress) => void

const PROGRESS_INTERVAL_MS = 100

/** Larger files are refused before they are read: parsing them would exhaust a phone's or a laptop's memory. */
export const MAX_DATASET_BYTES = 100 * 1024 * 1024

function tooLarge(displayUrl: string, bytes: number): DatasetLoadError {
  const size = formatNumber(Math.round(bytes / (1024 * 1024)))
  return new DatasetLoadError(
    'unreadable',
    displayUrl,
    `${displayUrl} is ${size} MB or more; this app reads files of up to ${MAX_DATASET_BYTES / (1024 * 1024)} MB. Split it into smaller files, by year or by region.`,
  )
}

/** Text in the encoding its byte-order mark names (UTF-16 from some spreadsheet programs), else UTF-8. */
export function decodeText(bytes: Uint8Array): string {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : 'utf-8'
  return new TextDecoder(encoding).decode(bytes)
}

/** `url` is what is fetched, `displayUrl` the address as the reader gave it. */
export async function downloadText(
  url: string,
  displayUrl: string,
  onProgress: ProgressListener,
  signal?: AbortSignal,
  /** Another site's dataset gets no cookies of ours. */
  credentials: RequestCredentials = 'omit',
): Promise<string> {
  return decodeText(await downloadBytes(url, displayUrl, onProgress, signal, credentials))
}

/** The response for a dataset, or an error that says why there is none. */
export async function fetchDataset(
  url: string,
  displayUrl: string,
  signal: AbortSignal | undefined,
  credentials: RequestCredentials,
): Promise<Response> {
  let response: Response
  try {
    response = await fetch(url, { signal, credentials })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new DatasetLoadError(
      'network',
      displayUrl,
      `The dataset at ${displayUrl} could not be reached (${(error as Error).message}). Check the address and your connection.`,
    )
  }
  if (!response.ok) {
    throw new DatasetLoadError(
      'http',
      displayUrl,
      `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${displayUrl}.`,
    )
  }
  return response
}

export async function downloadBytes(
  url: string,
  displayUrl: string,
  onProgress: ProgressListener,
  signal?: AbortSignal,
  credentials: RequestCredentials = 'omit',
): Promise<Uint8Array<ArrayBuffer>> {
  const response = await fetchDataset(url, displayUrl, signal, credentials)
  const totalHeader = Number(response.headers.get('content-length'))
  const totalBytes = Number.isFinite(totalHeader) && totalHeader > 0 ? totalHeader : null
  if (totalBytes !== null && totalBytes > MAX_DATASET_BYTES) {
    void response.body?.cancel()
    throw tooLarge(displayUrl, totalBytes)
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer())
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let loadedBytes = 0
  let reportedAt = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    loadedBytes += value.byteLength
    if (loadedBytes > MAX_DATASET_BYTES) {
      void reader.cancel()
      throw tooLarge(displayUrl, loadedBytes)
    }
    // A large file arrives in thousands of chunks: the progress bar needs a few updates a second, not each one.
    if (performance.now() - reportedAt > PROGRESS_INTERVAL_MS) {
      reportedAt = performance.now()
      onProgress({
        stage: 'downloading',
        loadedBytes,
        totalBytes,
        checkedEvents: 0,
        totalEvents: null,
      })
    }
  }
  const bytes = new Uint8Array(loadedBytes)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

export function parseJson(text: string, displayUrl: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new DatasetLoadError(
      'unreadable',
      displayUrl,
      `The file at ${displayUrl} is not JSON (${(error as Error).message}).`,
    )
  }
}

export function unusableDataset(displayUrl: string, report: ValidationReport): DatasetLoadError {
  return new DatasetLoadError(
    'invalid',
    displayUrl,
    `The file at ${displayUrl} is not a usable Conflict Timeline dataset.`,
    report.issues,
  )
}
