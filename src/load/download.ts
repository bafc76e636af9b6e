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

/** The encoding a file's byte-order mark names (UTF-16 from some spreadsheet programs), else UTF-8. */
function encodingOf(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return 'utf-8'
}

/** Text in the encoding its byte-order mark names, else UTF-8; the mark itself is not part of the text. */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder(encodingOf(bytes)).decode(bytes)
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

export type DownloadedText = { text: string; byteLength: number }

/**
 * Downloads a file as text, with progress. Each chunk is decoded as it arrives, while the rest is still on its
 * way: decoding a 20 MB file at the end had taken the loading worker 60 ms more. `url` is what is fetched,
 * `displayUrl` the address as the reader gave it.
 */
export async function downloadText(
  url: string,
  displayUrl: string,
  onProgress: ProgressListener,
  signal?: AbortSignal,
  /** Another site's dataset gets no cookies of ours. */
  credentials: RequestCredentials = 'omit',
): Promise<DownloadedText> {
  const response = await fetchDataset(url, displayUrl, signal, credentials)
  const totalHeader = Number(response.headers.get('content-length'))
  const totalBytes = Number.isFinite(totalHeader) && totalHeader > 0 ? totalHeader : null
  if (totalBytes !== null && totalBytes > MAX_DATASET_BYTES) {
    void response.body?.cancel()
    throw tooLarge(displayUrl, totalBytes)
  }
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer())
    return { text: decodeText(bytes), byteLength: bytes.byteLength }
  }
  const reader = response.body.getReader()
  const parts: string[] = []
  // The byte-order mark is in the first two bytes: the decoder is chosen once they are in.
  let head: Uint8Array | null = new Uint8Array(0)
  let decoder: TextDecoder | null = null
  let loadedBytes = 0
  let reportedAt = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    loadedBytes += value.byteLength
    if (loadedBytes > MAX_DATASET_BYTES) {
      void reader.cancel()
      throw tooLarge(displayUrl, loadedBytes)
    }
    let chunk: Uint8Array = value
    if (head) {
      chunk = concatenate(head, value)
      if (chunk.byteLength < 2) {
        head = chunk
        continue
      }
      head = null
      decoder = new TextDecoder(encodingOf(chunk))
    }
    parts.push((decoder as TextDecoder).decode(chunk, { stream: true }))
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
  parts.push(decoder ? decoder.decode() : decodeText(head ?? new Uint8Array(0)))
  return { text: parts.join(''), byteLength: loadedBytes }
}

function concatenate(first: Uint8Array, second: Uint8Array): Uint8Array {
  const joined = new Uint8Array(first.byteLength + second.byteLength)
  joined.set(first)
  joined.set(second, first.byteLength)
  return joined
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
