/**
 * Turns an unknown JSON value into a dataset plus a report. Every problem is reported at once, each naming the
 * record (list, index and id), the field and what was expected. A bad record is set aside and the good ones are
 * kept; only a document whose shape is unusable (not an object, wrong schemaVersion, missing lists) yields no
 * dataset at all.
 */
import type { z } from 'zod'
import {
  ActorSchema,
  DatasetSchema,
  EventSchema,
  EventTypeSchema,
  LocationSchema,
  PeriodSchema,
  type Dataset,
  type DatasetList,
} from './schema'

export type DatasetIssue = {
  /** Where the problem is, as a readable path: `events[12].sources[0].url`. */
  path: string
  /** The list and index of the record that was set aside; absent for problems with the whole document. */
  record?: { list: DatasetList; index: number; id?: string }
  /** The field inside the record, `""` for the record as a whole. */
  field: string
  message: string
}

export type ValidationReport = {
  /** Null when the document cannot be used at all; see `issues`. */
  dataset: Dataset | null
  issues: DatasetIssue[]
  /** How many records of each list were set aside. */
  setAside: Record<DatasetList, number>
}

export type ValidationOptions = {
  /** The bundled dataset must give every event at least one source (GUIDE §1); other datasets may not. */
  requireSources?: boolean
}

const RECORD_SCHEMAS = {
  actors: ActorSchema,
  locations: LocationSchema,
  eventTypes: EventTypeSchema,
  periods: PeriodSchema,
  events: EventSchema,
} as const

const HeaderSchema = DatasetSchema.pick({
  schemaVersion: true,
  title: true,
  description: true,
  updated: true,
  license: true,
})

const REQUIRED_LISTS: readonly DatasetList[] = ['actors', 'locations', 'eventTypes', 'events']

type RecordOf<L extends DatasetList> = z.infer<(typeof RECORD_SCHEMAS)[L]>

export function validateDataset(input: unknown, options: ValidationOptions = {}): ValidationReport {
  const setAside: Record<DatasetList, number> = {
    actors: 0,
    locations: 0,
    eventTypes: 0,
    periods: 0,
    events: 0,
  }
  if (!isPlainObject(input)) {
    return {
      dataset: null,
      issues: [
        { path: '(document)', field: '', message: 'expected a JSON object with the dataset' },
      ],
      setAside,
    }
  }

  const issues: DatasetIssue[] = []
  const header = HeaderSchema.safeParse(input)
  if (!header.success) {
    for (const zodIssue of header.error.issues) {
      issues.push(documentIssue(zodIssue.path.map(String).join('.'), describe(zodIssue, input)))
    }
  }
  for (const list of REQUIRED_LISTS) {
    if (!Array.isArray(input[list])) issues.push(documentIssue(list, 'expected a list (array)'))
  }
  if (input.periods !== undefined && !Array.isArray(input.periods)) {
    issues.push(documentIssue('periods', 'expected a list (array) or nothing'))
  }
  if (!header.success || issues.length > 0) return { dataset: null, issues, setAside }

  const checker = new RecordChecker(input, issues, setAside)
  const actors = checker.keepValid('actors')
  const locations = checker.keepValid('locations')
  const eventTypes = checker.keepValid('eventTypes')
  const periods = checker.keepValid('periods')
  const events = checker.keepValid('events')

  const validActorIds = idsOf(actors)
  const keptActors = checker.keepReferencing('actors', actors, (actor, refer) => {
    if (actor.affiliation !== undefined) {
      refer('affiliation', 'actors', validActorIds, actor.affiliation)
    }
  })
  const validLocationIds = idsOf(locations)
  const keptLocations = checker.keepReferencing('locations', locations, (location, refer) => {
    if (location.region !== undefined)
      refer('region', 'locations', validLocationIds, location.region)
  })
  const typeIds = idsOf(eventTypes)
  const actorIds = idsOf(keptActors)
  const locationIds = idsOf(keptLocations)
  const keptEvents = checker.keepReferencing('events', events, (event, refer, fail) => {
    refer('type', 'eventTypes', typeIds, event.type)
    event.actors.forEach((id, index) => refer(`actors[${index}]`, 'actors', actorIds, id))
    event.locations.forEach((id, index) =>
      refer(`locations[${index}]`, 'locations', locationIds, id),
    )
    event.quotes?.forEach((quote, index) =>
      refer(`quotes[${index}].by`, 'actors', actorIds, quote.by),
    )
    if (options.requireSources && event.sources.length === 0) {
      fail('sources', 'expected at least one source (publisher, title, date, url)')
    }
  })

  return {
    dataset: {
      ...header.data,
      actors: keptActors,
      locations: keptLocations,
      eventTypes,
      periods,
      events: keptEvents,
    },
    issues,
    setAside,
  }
}

type Refer = (
  field: string,
  targetList: DatasetList,
  keptIds: ReadonlySet<string>,
  id: string,
) => void

class RecordChecker {
  private readonly validIndex = new Map<object, number>()

  constructor(
    private readonly input: Record<string, unknown>,
    private readonly issues: DatasetIssue[],
    private readonly setAside: Record<DatasetList, number>,
  ) {}

  /** Parses each record of a list on its own, and sets aside bad records and repeated ids. */
  keepValid<L extends DatasetList>(list: L): RecordOf<L>[] {
    const raw = this.input[list]
    const records: unknown[] = Array.isArray(raw) ? raw : []
    const schema = RECORD_SCHEMAS[list]
    const firstIndexById = new Map<string, number>()
    const kept: RecordOf<L>[] = []
    records.forEach((record, index) => {
      const id = readId(record)
      const parsed = schema.safeParse(record)
      if (!parsed.success) {
        for (const zodIssue of parsed.error.issues) {
          this.report(list, index, id, zodIssue.path.map(String), describe(zodIssue, record))
        }
        this.setAside[list] += 1
        return
      }
      const value = parsed.data as RecordOf<L>
      const earlier = firstIndexById.get(value.id)
      if (earlier !== undefined) {
        this.report(
          list,
          index,
          id,
          ['id'],
          `expected a unique id; ${list}[${earlier}] already uses it`,
        )
        this.setAside[list] += 1
        return
      }
      firstIndexById.set(value.id, index)
      this.validIndex.set(value, index)
      kept.push(value)
    })
    return kept
  }

  /** Keeps the records whose references all point at kept records of the named lists. */
  keepReferencing<L extends DatasetList>(
    list: L,
    records: RecordOf<L>[],
    check: (
      record: RecordOf<L>,
      refer: Refer,
      fail: (field: string, message: string) => void,
    ) => void,
  ): RecordOf<L>[] {
    const kept = records.filter((record) => {
      const index = this.validIndex.get(record) ?? -1
      let isValid = true
      const fail = (field: string, message: string) => {
        this.report(list, index, record.id, [field], message)
        isValid = false
      }
      const refer: Refer = (field, targetList, keptIds, id) => {
        if (keptIds.has(id)) return
        const wasSetAside = this.rawIds(targetList).has(id)
        fail(
          field,
          wasSetAside
            ? `expected an id from ${targetList}; "${id}" is there but was set aside (see its own problem)`
            : `expected an id from ${targetList}; "${id}" is not defined there`,
        )
      }
      check(record, refer, fail)
      return isValid
    })
    this.setAside[list] += records.length - kept.length
    return kept
  }

  private rawIds(list: DatasetList): Set<string> {
    const raw = this.input[list]
    return new Set((Array.isArray(raw) ? raw : []).map(readId).filter((id) => id !== undefined))
  }

  private report(
    list: DatasetList,
    index: number,
    id: string | undefined,
    fieldPath: string[],
    message: string,
  ) {
    const field = fieldPath.join('.').replace(/\.(\d+)/g, '[$1]')
    this.issues.push({
      path: `${list}[${index}]${field ? `.${field}` : ''}`,
      record: { list, index, ...(id === undefined ? {} : { id }) },
      field,
      message,
    })
  }
}

function idsOf(records: readonly { id: string }[]): Set<string> {
  return new Set(records.map((record) => record.id))
}

function documentIssue(field: string, message: string): DatasetIssue {
  return { path: field || '(document)', field, message }
}

/** The schema's message, plus what was found when it helps to see it. */
function describe(zodIssue: z.core.$ZodIssue, record: unknown): string {
  const found = valueAt(record, zodIssue.path)
  if (found === undefined) {
    return zodIssue.code === 'invalid_type' ? `missing; ${zodIssue.message}` : zodIssue.message
  }
  if (typeof found === 'object' && found !== null) return zodIssue.message
  return `${zodIssue.message}, got ${JSON.stringify(found).slice(0, 80)}`
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return current
}

function readId(record: unknown): string | undefined {
  return isPlainObject(record) && typeof record.id === 'string' ? record.id : undefined
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** One line a person can act on: `events[12] "2025-07-23-x" › date: expected a real calendar date, got "…"`. */
export function formatIssue(issue: DatasetIssue): string {
  if (!issue.record) return `${issue.path}: ${issue.message}`
  const { list, index, id } = issue.record
  const name = `${list}[${index}]${id === undefined ? '' : ` "${id}"`}`
  return issue.field ? `${name} › ${issue.field}: ${issue.message}` : `${name}: ${issue.message}`
}

export function countSetAside(report: ValidationReport): number {
  return Object.values(report.setAside).reduce((sum, count) => sum + count, 0)
}
