/**
 * Turns an unknown JSON value into a dataset plus a report. Every problem is reported at once, each naming the
 * record (list, index and id), the field and what was expected. A bad record is set aside and the good ones are
 * kept; only a document whose shape is unusable (not an object, wrong schemaVersion, missing lists) yields no
 * dataset at all.
 */
import { describe, isPlainObject, RecordChecker } from './record-checker'
import { DatasetSchema, type TimelineEvent } from './schema'
import type { DatasetIssue, ValidationReport } from './dataset-issues'
import type { DatasetList } from './vocabulary'

export type ValidationOptions = {
  /** The bundled dataset must give every event at least one source (GUIDE §1); other datasets may not. */
  requireSources?: boolean
}

const HeaderSchema = DatasetSchema.pick({
  schemaVersion: true,
  title: true,
  description: true,
  updated: true,
  license: true,
})

const REQUIRED_LISTS: readonly DatasetList[] = ['actors', 'locations', 'eventTypes', 'events']

/** A validation under way: the document and its small lists are checked, the events are checked in slices. */
export type DatasetValidation = {
  eventCount: number
  /** Checks events [from, to) and returns those kept, in order. */
  checkEvents: (from: number, to: number) => TimelineEvent[]
  /** The report, once every slice of events has been checked (`events` is every slice's kept events). */
  finish: (events: TimelineEvent[]) => ValidationReport
}

/**
 * Starts validating: a report straight away for a document that cannot be used at all, else a validation whose
 * events are checked in slices, so that a worker can hand them on as it goes.
 */
export function startValidation(
  input: unknown,
  options: ValidationOptions = {},
): { report: ValidationReport } | DatasetValidation {
  const setAside: Record<DatasetList, number> = {
    actors: 0,
    locations: 0,
    eventTypes: 0,
    periods: 0,
    events: 0,
  }
  if (!isPlainObject(input)) {
    return {
      report: {
        dataset: null,
        issues: [
          { path: '(document)', field: '', message: 'expected a JSON object with the dataset' },
        ],
        setAside,
      },
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
  if (!header.success || issues.length > 0) return { report: { dataset: null, issues, setAside } }

  const checker = new RecordChecker(input, issues, setAside)
  const actors = checker.keepValid('actors')
  const locations = checker.keepValid('locations')
  const eventTypes = checker.keepValid('eventTypes')
  const periods = checker.keepValid('periods')

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
  const keptPeriods = checker.keepReferencing('periods', periods, (period, refer) => {
    period.occupiedRegions?.forEach((id, index) =>
      refer(`occupiedRegions[${index}]`, 'locations', locationIds, id),
    )
  })
  const rawEvents = input.events as unknown[]
  return {
    eventCount: rawEvents.length,
    checkEvents: (from, to) =>
      checker.keepValid('events', from, to, (event, refer, fail) => {
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
        if (options.requireSources) {
          event.sources.forEach((source, index) => {
            for (const field of ['title', 'date', 'url'] as const) {
              if (source[field] === undefined) fail(`sources[${index}].${field}`, 'missing')
            }
          })
        }
      }),
    finish: (events) => ({
      dataset: {
        ...header.data,
        actors: keptActors,
        locations: keptLocations,
        eventTypes,
        periods: keptPeriods,
        events,
      },
      issues,
      setAside,
    }),
  }
}

export function validateDataset(input: unknown, options: ValidationOptions = {}): ValidationReport {
  const validation = startValidation(input, options)
  if ('report' in validation) return validation.report
  return validation.finish(validation.checkEvents(0, validation.eventCount))
}

function idsOf(records: readonly { id: string }[]): Set<string> {
  return new Set(records.map((record) => record.id))
}

function documentIssue(field: string, message: string): DatasetIssue {
  return { path: field || '(document)', field, message }
}
