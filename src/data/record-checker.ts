/**
 * Checks the records of one dataset list by list: each record on its own against its schema, ids unique within
 * their list, references to records that were kept. Every problem is reported with its list, index, id and field.
 */
import type { z } from 'zod'
import type { DatasetIssue } from './dataset-issues'
import { ActorSchema, EventSchema, EventTypeSchema, LocationSchema, PeriodSchema } from './schema'
import { fastPathOf, UNDECIDED } from './schema-fast-path'
import type { DatasetList } from './vocabulary'

const RECORD_SCHEMAS = {
  actors: ActorSchema,
  locations: LocationSchema,
  eventTypes: EventTypeSchema,
  periods: PeriodSchema,
  events: EventSchema,
} as const

type RecordOf<L extends DatasetList> = z.infer<(typeof RECORD_SCHEMAS)[L]>

/** Good records pass by the fast path; the rest go through zod, which says what is wrong. */
const FAST_PATHS = {
  actors: fastPathOf(ActorSchema),
  locations: fastPathOf(LocationSchema),
  eventTypes: fastPathOf(EventTypeSchema),
  periods: fastPathOf(PeriodSchema),
  events: fastPathOf(EventSchema),
} as const

type Refer = (
  field: string,
  targetList: DatasetList,
  keptIds: ReadonlySet<string>,
  id: string,
) => void

export type ReferenceCheck<T> = (
  record: T,
  refer: Refer,
  fail: (field: string, message: string) => void,
) => void

export class RecordChecker {
  private readonly validIndex = new Map<object, number>()
  /** Per list, where each id was first seen: slices of one list are checked against each other. */
  private readonly firstIndexById = new Map<DatasetList, Map<string, number>>()
  private readonly rawIdsByList = new Map<DatasetList, Set<string>>()

  constructor(
    private readonly input: Record<string, unknown>,
    private readonly issues: DatasetIssue[],
    private readonly setAside: Record<DatasetList, number>,
  ) {}

  /**
   * Parses each record of a list (or of its slice [from, to)) on its own and sets aside bad ones and repeated
   * ids; with `check`, also the records whose references do not point at kept records.
   */
  keepValid<L extends DatasetList>(
    list: L,
    from = 0,
    to = Infinity,
    check?: ReferenceCheck<RecordOf<L>>,
  ): RecordOf<L>[] {
    const raw = this.input[list]
    const records: unknown[] = Array.isArray(raw) ? raw : []
    const schema = RECORD_SCHEMAS[list]
    const fastPath = FAST_PATHS[list]
    const firstIndexById = this.firstIndexById.get(list) ?? new Map<string, number>()
    this.firstIndexById.set(list, firstIndexById)
    const references = this.references(list)
    const kept: RecordOf<L>[] = []
    const end = Math.min(to, records.length)
    for (let index = from; index < end; index += 1) {
      const record = records[index]
      const id = readId(record)
      const passed = fastPath(record)
      const parsed = passed === UNDECIDED ? schema.safeParse(record) : null
      if (parsed && !parsed.success) {
        for (const zodIssue of parsed.error.issues) {
          this.report(list, index, id, zodIssue.path.map(String), describe(zodIssue, record))
        }
        this.setAside[list] += 1
        continue
      }
      const value = (parsed ? parsed.data : passed) as RecordOf<L>
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
        continue
      }
      firstIndexById.set(value.id, index)
      if (check && !references.passes(value, index, check)) {
        this.setAside[list] += 1
        continue
      }
      if (!check) this.validIndex.set(value, index)
      kept.push(value)
    }
    return kept
  }

  /** Keeps the records whose references all point at kept records of the named lists. */
  keepReferencing<L extends DatasetList>(
    list: L,
    records: RecordOf<L>[],
    check: ReferenceCheck<RecordOf<L>>,
  ): RecordOf<L>[] {
    const references = this.references(list)
    const kept = records.filter((record) =>
      references.passes(record, this.validIndex.get(record) ?? -1, check),
    )
    this.setAside[list] += records.length - kept.length
    return kept
  }

  /** Runs a record's reference checks, reporting each failure; one set of helpers serves every record. */
  private references(list: DatasetList) {
    let current = { index: -1, id: '', isValid: true }
    const fail = (field: string, message: string) => {
      this.report(list, current.index, current.id, [field], message)
      current.isValid = false
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
    return {
      passes: <T extends { id: string }>(record: T, index: number, check: ReferenceCheck<T>) => {
        current = { index, id: record.id, isValid: true }
        check(record, refer, fail)
        return current.isValid
      },
    }
  }

  /** Every id a list names, kept or not: built once per list, however many references fail. */
  private rawIds(list: DatasetList): Set<string> {
    let ids = this.rawIdsByList.get(list)
    if (!ids) {
      const raw = this.input[list]
      ids = new Set(
        (Array.isArray(raw) ? raw : []).map(readId).filter((id): id is string => id !== undefined),
      )
      this.rawIdsByList.set(list, ids)
    }
    return ids
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

/** The schema's message, plus what was found when it helps to see it. */
export function describe(zodIssue: z.core.$ZodIssue, record: unknown): string {
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

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
