/**
 * Builds a dataset in our format out of another format's records: ids derived from names (stable, so that a
 * link into an imported timeline keeps working when it is opened again), event types and actors created as
 * they are first named, and a note for every record set aside or changed.
 */
import type { Category } from '../data/vocabulary'
import type { ImportAdjustment, ImportFormat, ImportNote, ImportResult } from './import-result'

/** Distinct colours for the types of an imported timeline, in order of first use. */
const TYPE_COLORS = [
  '#1d4ed8',
  '#b91c1c',
  '#047857',
  '#7e22ce',
  '#b45309',
  '#0e7490',
  '#be185d',
  '#4d7c0f',
  '#4338ca',
  '#9f1239',
  '#0f766e',
  '#a16207',
]

const MAX_ID_LENGTH = 60

/** "Battle of Waterloo!" → "battle-of-waterloo"; accents are dropped, and nothing is left empty. */
export function slugOf(text: string, fallback = 'item'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID_LENGTH)
    .replace(/-+$/, '')
  return slug || fallback
}

type Record = { [key: string]: unknown }

export class DatasetBuilder {
  private readonly types = new Map<string, Record>()
  private readonly actors = new Map<string, Record>()
  private readonly locations = new Map<string, Record>()
  private readonly periods: Record[] = []
  private readonly events: Record[] = []
  private readonly origins: string[] = []
  private readonly eventIds = new Set<string>()
  private readonly typeIds = new Set<string>()
  private readonly actorIds = new Set<string>()
  private readonly locationIds = new Set<string>()
  private readonly periodIds = new Set<string>()
  private readonly setAside: ImportNote[] = []
  private readonly adjustments = new Map<string, string[]>()

  constructor(private readonly format: ImportFormat) {}

  /** The id of the type with this label, made on first use. */
  typeId(label: string, category: Category = 'political'): string {
    const key = label.trim().toLowerCase()
    const existing = this.types.get(key)
    if (existing) return existing.id as string
    const id = this.freeId(slugOf(label, 'type'), this.typeIds)
    this.types.set(key, {
      id,
      label: label.trim(),
      category,
      color: TYPE_COLORS[this.types.size % TYPE_COLORS.length],
    })
    return id
  }

  actorId(name: string, kind = 'organization'): string {
    const key = name.trim().toLowerCase()
    const existing = this.actors.get(key)
    if (existing) return existing.id as string
    const id = this.freeId(slugOf(name, 'actor'), this.actorIds)
    this.actors.set(key, { id, name: name.trim(), kind })
    return id
  }

  /** A place by name; the first mention that gives coordinates or a country gives them to the place. */
  locationId(
    name: string,
    details: { kind?: string; country?: string; lat?: number; lon?: number } = {},
  ): string {
    const key = name.trim().toLowerCase()
    const existing = this.locations.get(key)
    if (existing) {
      for (const [field, value] of Object.entries(details)) {
        if (existing[field] === undefined && value !== undefined) existing[field] = value
      }
      return existing.id as string
    }
    const id = this.freeId(slugOf(name, 'place'), this.locationIds)
    const place: Record = { id, name: name.trim(), kind: details.kind ?? 'other' }
    for (const [field, value] of Object.entries(details))
      if (value !== undefined) place[field] = value
    this.locations.set(key, place)
    return id
  }

  addPeriod(period: { label: string; start: string; end: string; description?: string }): void {
    const id = this.freeId(slugOf(period.label, 'period'), this.periodIds)
    this.periods.push({ id, ...period })
  }

  /**
   * Adds an event. Its id is the one given, else one derived from its date and title; either is made unique
   * with a number, and a repeated given id is reported.
   */
  addEvent(
    origin: string,
    event: Record & { date: string; title: string },
    givenId?: string,
  ): void {
    const wanted = givenId
      ? slugOf(givenId, 'event')
      : // An id starts with a letter or digit: "-0043-03-15" (44 BC) becomes "bc-0043-03-15".
        `${event.date.replace(/^-/, 'bc-')}-${slugOf(event.title, 'event')}`
    const id = this.freeId(wanted, this.eventIds)
    if (givenId && id !== wanted)
      this.adjust(`the id was used by an earlier record, so a number was added`, origin)
    else if (givenId && wanted !== givenId)
      this.adjust('the id was rewritten in lowercase letters, digits and hyphens', origin)
    this.events.push({ id, ...event })
    this.origins.push(origin)
  }

  /** Faults of the file itself (a CSV quote never closed), reported with the records they may have spoiled. */
  noteFileProblems(problems: readonly { origin: string; message: string }[]): void {
    for (const { origin, message } of problems) this.setAside.push({ origin, field: '', message })
  }

  setAsideRecord(origin: string, field: string, message: string): void {
    this.setAside.push({ origin, field, message })
  }

  /** The same change to many records is said once, with every record it was made to. */
  adjust(message: string, origin: string): void {
    const origins = this.adjustments.get(message)
    if (origins) origins.push(origin)
    else this.adjustments.set(message, [origin])
  }

  build(header: { title: string; description?: string }): ImportResult {
    const adjusted: ImportAdjustment[] = [...this.adjustments].map(([message, origins]) => ({
      message,
      origins,
    }))
    return {
      format: this.format,
      document: {
        schemaVersion: 1,
        ...header,
        actors: [...this.actors.values()],
        locations: [...this.locations.values()],
        eventTypes: [...this.types.values()],
        periods: this.periods,
        events: this.events,
      },
      origins: this.origins,
      setAside: this.setAside,
      adjusted,
    }
  }

  /** `wanted`, or `wanted-2`, `wanted-3`…: the first not in `taken`, which it is then added to. */
  private freeId(wanted: string, taken: Set<string>): string {
    let id = wanted
    for (let number = 2; taken.has(id); number += 1) id = `${wanted}-${number}`
    taken.add(id)
    return id
  }
}
