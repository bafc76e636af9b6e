/**
 * Fetches each source page of the chosen events and compares it with its event (src/data/source-check.ts).
 * A few pages at a time, each with a time limit, so one slow host cannot hold up the run.
 */
import { compareWithPage, type EventCheck, type SourceFindings } from '../../src/data/source-check'
import type { Source, TimelineEvent } from '../../src/data/schema'

export type ReadOptions = { timeoutMs: number; concurrency: number }

async function readSource(
  event: TimelineEvent,
  source: Source,
  timeoutMs: number,
): Promise<SourceFindings> {
  if (source.url === undefined)
    return { source, unreachable: 'no address', isDateMissing: false, missingFigures: [] }
  try {
    const response = await fetch(source.url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { 'user-agent': 'conflict-timeline source check', accept: 'text/html,*/*' },
    })
    if (!response.ok)
      return {
        source,
        unreachable: `HTTP ${response.status}`,
        isDateMissing: false,
        missingFigures: [],
      }
    return compareWithPage(event, source, await response.text())
  } catch (error) {
    const reason =
      error instanceof Error
        ? ((error.cause as Error | undefined)?.message ?? error.message)
        : String(error)
    return { source, unreachable: reason, isDateMissing: false, missingFigures: [] }
  }
}

export async function readSources(
  events: readonly TimelineEvent[],
  { timeoutMs, concurrency }: ReadOptions,
): Promise<EventCheck[]> {
  // Each job writes its finding into the slot of its source, so the results keep the dataset's order.
  const findings = events.map((event) => event.sources.map(() => null as SourceFindings | null))
  const jobs = events.flatMap((event, eventIndex) =>
    event.sources.map((source, sourceIndex) => async () => {
      const finding = await readSource(event, source, timeoutMs)
      const slots = findings[eventIndex]
      if (slots) slots[sourceIndex] = finding
    }),
  )
  async function worker() {
    for (let job = jobs.shift(); job; job = jobs.shift()) await job()
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker))
  return events.map((event, index) => ({
    event,
    findings: (findings[index] ?? []).filter((finding) => finding !== null),
  }))
}

/** The dataset file's text with `checked` set to `day` on the given events, formatted as the file is. */
export function withCheckedDay(datasetText: string, ids: ReadonlySet<string>, day: string): string {
  const document = JSON.parse(datasetText) as { events: { id: string; checked?: string }[] }
  for (const event of document.events) if (ids.has(event.id)) event.checked = day
  return `${JSON.stringify(document, null, 2)}\n`
}
