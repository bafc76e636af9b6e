/**
 * A quicker way through a zod schema for records that pass it, built from the schema itself: each part of the
 * schema (object, array, string with its checks, …) becomes one small function that either returns what zod
 * would return for the value or says it cannot decide. Records it cannot decide, bad ones above all, go through
 * zod, which alone writes the messages. A large dataset is mostly good records, and zod's general machinery
 * (a result object per field, issue lists, pipes) made checking 50,000 events the longest step of a load.
 *
 * It reads zod's schema definitions (`_zod.def`), and throws when it meets a kind of schema or check it does not
 * know, so that a change to the schema cannot make it accept what zod would refuse unnoticed; its agreement with
 * zod is tested on generated records (tests/unit/schema-fast-path.test.ts).
 */
import type { z } from 'zod'

/** Returned when the fast path cannot decide: the record goes through zod. */
export const UNDECIDED: unique symbol = Symbol('undecided')

type Parse = (value: unknown) => unknown

type Def = {
  type: string
  checks?: { _zod: { def: CheckDef } }[]
  shape?: Record<string, Schema>
  element?: Schema
  innerType?: Schema
  in?: Schema
  out?: Schema
  entries?: Record<string, unknown>
  values?: readonly unknown[]
  transform?: (value: unknown) => unknown
}

type CheckDef = {
  check: string
  format?: string
  pattern?: RegExp
  minimum?: number
  maximum?: number
  value?: number
  inclusive?: boolean
  tx?: (value: unknown) => unknown
  fn?: (value: unknown) => unknown
}

type Schema = { _zod: { def: Def; optin?: string; optout?: string } }

function unsupported(what: string): never {
  throw new Error(
    `schema-fast-path: ${what} is not supported; add it here or leave the schema to zod`,
  )
}

function compileCheck(check: CheckDef): Parse {
  switch (check.check) {
    case 'overwrite': {
      const tx = check.tx ?? unsupported('an overwrite without a function')
      return tx
    }
    case 'min_length': {
      const minimum = check.minimum ?? 0
      return (value) => ((value as string).length >= minimum ? value : UNDECIDED)
    }
    case 'max_length': {
      const maximum = check.maximum ?? Infinity
      return (value) => ((value as string).length <= maximum ? value : UNDECIDED)
    }
    case 'string_format': {
      if (check.format !== 'regex' || !check.pattern) unsupported(`string format ${check.format}`)
      const pattern = check.pattern
      return (value) => {
        pattern.lastIndex = 0
        return pattern.test(value as string) ? value : UNDECIDED
      }
    }
    case 'custom': {
      const fn = check.fn ?? unsupported('a refinement without a function')
      // Only a plain `true` passes: anything else (false, a promise) is for zod to judge.
      return (value) => (fn(value) === true ? value : UNDECIDED)
    }
    case 'greater_than': {
      const limit = check.value ?? -Infinity
      return check.inclusive
        ? (value) => ((value as number) >= limit ? value : UNDECIDED)
        : (value) => ((value as number) > limit ? value : UNDECIDED)
    }
    case 'less_than': {
      const limit = check.value ?? Infinity
      return check.inclusive
        ? (value) => ((value as number) <= limit ? value : UNDECIDED)
        : (value) => ((value as number) < limit ? value : UNDECIDED)
    }
    case 'number_format': {
      if (check.format !== 'safeint') unsupported(`number format ${check.format}`)
      return (value) => (Number.isSafeInteger(value) ? value : UNDECIDED)
    }
    default:
      return unsupported(`the check ${check.check}`)
  }
}

/** The type's own test, then its checks in order, each given what the one before returned. */
function withChecks(def: Def, parseType: Parse): Parse {
  const checks = (def.checks ?? []).map((check) => compileCheck(check._zod.def))
  if (checks.length === 0) return parseType
  return (value) => {
    let result = parseType(value)
    for (const check of checks) {
      if (result === UNDECIDED) return UNDECIDED
      result = check(result)
    }
    return result
  }
}

function compileObject(def: Def): Parse {
  const shape = def.shape ?? unsupported('an object without a shape')
  const fields = Object.keys(shape).map((key) => {
    const field = shape[key] as Schema
    const { optin, optout } = field._zod
    const isOptional = optin === 'optional' && optout === 'optional'
    if (!isOptional && (optin !== undefined || optout !== undefined)) {
      unsupported(`the field ${key}, optional only in or out`)
    }
    return { key, isOptional, parse: compile(field) }
  })
  // As zod's objects do: keys of the shape only, in its order; an optional key that is absent stays absent.
  // Most records pass as they are: a copy is made only once a field's result differs from what was given.
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return UNDECIDED
    const record = value as Record<string, unknown>
    let parsed: Record<string, unknown> | null = null
    let presentCount = 0
    for (let index = 0; index < fields.length; index += 1) {
      const { key, isOptional, parse } = fields[index] as (typeof fields)[number]
      if (!(key in record)) {
        if (isOptional) continue
        return UNDECIDED
      }
      const field = record[key]
      const result = parse(field)
      if (result === UNDECIDED) return UNDECIDED
      if (result !== field && parsed === null) parsed = shapeCopy(record, fields.slice(0, index))
      if (parsed !== null) parsed[key] = result
      presentCount += 1
    }
    if (parsed !== null) return parsed
    return hasKeysInOrder(record, fields, presentCount) ? record : shapeCopy(record, fields)
  }
}

/** The record's values under the shape's keys it has, in the shape's order. */
function shapeCopy(
  record: Record<string, unknown>,
  fields: readonly { key: string }[],
): Record<string, unknown> {
  const copy: Record<string, unknown> = {}
  for (const { key } of fields) if (key in record) copy[key] = record[key]
  return copy
}

/**
 * Whether a record has the shape's keys that it has at all (`presentCount` of them), no others, in the shape's
 * order: then the record itself stands for zod's result, equal to it in every way but identity. Most records of
 * a large file are written so, and not copying them halves what a load allocates.
 */
function hasKeysInOrder(
  record: Record<string, unknown>,
  fields: readonly { key: string }[],
  presentCount: number,
): boolean {
  let field = 0
  let seen = 0
  for (const key in record) {
    // The shape's keys the record lacks are passed over; a key out of order or unknown is never matched.
    while (field < fields.length && fields[field]?.key !== key) field += 1
    if (field === fields.length) return false
    field += 1
    seen += 1
  }
  return seen === presentCount
}

function compileArray(def: Def): Parse {
  const parseElement = compile(def.element ?? unsupported('an array without an element'))
  return (value) => {
    if (!Array.isArray(value)) return UNDECIDED
    let parsed: unknown[] | null = null
    for (let index = 0; index < value.length; index += 1) {
      const element: unknown = value[index]
      const result = parseElement(element)
      if (result === UNDECIDED) return UNDECIDED
      if (result !== element && parsed === null) parsed = value.slice(0, index)
      if (parsed !== null) parsed[index] = result
    }
    // An array whose elements all pass as they are is itself the result.
    return parsed ?? value
  }
}

function compileType(def: Def): Parse {
  switch (def.type) {
    case 'string':
      return (value) => (typeof value === 'string' ? value : UNDECIDED)
    case 'number':
      return (value) => (typeof value === 'number' && Number.isFinite(value) ? value : UNDECIDED)
    case 'boolean':
      return (value) => (typeof value === 'boolean' ? value : UNDECIDED)
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}))
      return (value) => (values.has(value) ? value : UNDECIDED)
    }
    case 'literal': {
      const values = new Set(def.values ?? [])
      return (value) => (values.has(value) ? value : UNDECIDED)
    }
    case 'optional': {
      const parseInner = compile(def.innerType ?? unsupported('an optional without its type'))
      return (value) => (value === undefined ? undefined : parseInner(value))
    }
    case 'pipe': {
      const parseIn = compile(def.in ?? unsupported('a pipe without its input'))
      const parseOut = compile(def.out ?? unsupported('a pipe without its output'))
      return (value) => {
        const result = parseIn(value)
        return result === UNDECIDED ? UNDECIDED : parseOut(result)
      }
    }
    case 'transform': {
      const transform = def.transform ?? unsupported('a transform without a function')
      // A transform that reads its second argument may report issues of its own: zod must run it.
      if (transform.length > 1) unsupported('a transform that reports issues')
      return (value) => transform(value)
    }
    case 'object':
      return compileObject(def)
    case 'array':
      return compileArray(def)
    default:
      return unsupported(`the type ${def.type}`)
  }
}

function compile(schema: Schema): Parse {
  const def = schema._zod.def
  return withChecks(def, compileType(def))
}

/**
 * The fast path through `schema`: `parse(value)` is what `schema.parse(value)` returns when the value passes,
 * or UNDECIDED. Where zod would return a copy equal in every way to what it was given, the value itself is
 * returned.
 */
export function fastPathOf<S extends z.ZodType>(
  schema: S,
): (value: unknown) => z.output<S> | typeof UNDECIDED {
  return compile(schema as unknown as Schema) as (value: unknown) => z.output<S> | typeof UNDECIDED
}
