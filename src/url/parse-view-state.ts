/**
 * Query string → view state. Never throws: each parameter is valid, invalid or missing; an invalid one falls
 * back to its default and yields a notice naming it. Unknown parameters are kept (so they survive a round trip)
 * and noticed.
 */
import { firstDayOf, lastDayOf, parsePartialDate } from '../data/partial-date'
import { parseMapViewport } from './map-param'
import {
  DEFAULT_VIEW_STATE,
  EMBED_CONTROLS,
  GROUPINGS,
  LOCAL_DATA_PREFIX,
  MAP_ZOOM_LIMITS,
  MAX_MAP_LATITUDE,
  MODES,
  THEMES,
  VIEWS,
  type ViewState,
  type VisibleRange,
} from '../view/view-state'

/** A parameter the parser could not use, shown to the user as a dismissable notice. */
export type UrlNotice = { param: string; value: string; message: string }

export type ParsedViewState = {
  view: ViewState
  notices: UrlNotice[]
  /** Parameters this app does not know, in their original order. */
  unknownParams: [string, string][]
}

export const KNOWN_PARAMS = [
  'data',
  'type',
  'actor',
  'location',
  'tag',
  'q',
  'from',
  'to',
  'group',
  'view',
  'mode',
  'event',
  'range',
  'map',
  'theme',
  'controls',
] as const

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/
const MAX_QUERY_LENGTH = 200
/** As far back and forward as partial dates go: four-digit years, BC and AD. */
const MAX_RANGE_DAYS = 20_000 * 366

export function parseViewState(search: URLSearchParams | string): ParsedViewState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search
  const notices: UrlNotice[] = []
  const unknownParams: [string, string][] = []
  const view: ViewState = { ...DEFAULT_VIEW_STATE }
  const notice = (param: string, value: string, message: string) =>
    notices.push({ param, value, message })
  const seen = new Set<string>()

  for (const [param, rawValue] of params) {
    if (!(KNOWN_PARAMS as readonly string[]).includes(param)) {
      unknownParams.push([param, rawValue])
      notice(param, rawValue, `"${param}" is not a parameter this app knows; it was ignored.`)
      continue
    }
    if (seen.has(param)) {
      notice(param, rawValue, `"${param}" appears more than once; only the first one is used.`)
      continue
    }
    seen.add(param)
    const value = rawValue.trim()
    switch (param) {
      case 'type':
      case 'actor':
      case 'location':
      case 'tag': {
        const ids = splitList(value)
        const invalid = ids.filter((id) => !ID_PATTERN.test(id))
        if (invalid.length > 0) {
          notice(param, rawValue, `"${param}" has ids that are not valid: ${invalid.join(', ')}.`)
        }
        const valid = unique(ids.filter((id) => ID_PATTERN.test(id)))
        if (param === 'type') view.types = valid
        else if (param === 'actor') view.actors = valid
        else if (param === 'tag') view.tags = valid
        else view.locations = valid
        break
      }
      case 'q':
        view.query = rawValue.slice(0, MAX_QUERY_LENGTH)
        if (rawValue.length > MAX_QUERY_LENGTH) {
          notice(param, rawValue, `The search was cut to ${MAX_QUERY_LENGTH} characters.`)
        }
        break
      case 'from':
      case 'to':
        if (value === '') break
        if (parsePartialDate(value)) view[param] = value
        else notice(param, rawValue, `"${param}" expects a date like 2022, 2022-09 or 2022-09-30.`)
        break
      case 'group':
        if (isOneOf(GROUPINGS, value)) view.grouping = value
        else notice(param, rawValue, `"group" expects one of ${GROUPINGS.join(', ')}.`)
        break
      case 'view':
        if (isOneOf(VIEWS, value)) view.view = value
        else notice(param, rawValue, `"view" expects one of ${VIEWS.join(', ')}.`)
        break
      case 'mode':
        if (isOneOf(MODES, value)) view.mode = value
        else notice(param, rawValue, `"mode" expects embed or present.`)
        break
      case 'event':
        if (ID_PATTERN.test(value)) view.selectedEventId = value
        else
          notice(
            param,
            rawValue,
            `"event" expects an event id such as 2022-02-24-full-scale-invasion.`,
          )
        break
      case 'range': {
        const range = parseRange(value)
        if (range) view.range = range
        else notice(param, rawValue, `"range" expects two dates like 2025-05-01,2025-07-31.`)
        break
      }
      case 'map': {
        const viewport = parseMapViewport(value)
        if (viewport) view.map = viewport
        else
          notice(
            param,
            rawValue,
            `"map" expects latitude, longitude and zoom like 48.5,31.2,5 (latitude up to ±${MAX_MAP_LATITUDE}, zoom ${MAP_ZOOM_LIMITS.min} to ${MAP_ZOOM_LIMITS.max}).`,
          )
        break
      }
      case 'theme':
        if (isOneOf(THEMES, value)) view.theme = value
        else notice(param, rawValue, `"theme" expects one of ${THEMES.join(', ')}.`)
        break
      case 'controls':
        if (isOneOf(EMBED_CONTROLS, value)) view.controls = value
        else notice(param, rawValue, `"controls" expects one of ${EMBED_CONTROLS.join(', ')}.`)
        break
      case 'data':
        if (isAllowedDataAddress(value)) view.dataUrl = value
        else
          notice(
            param,
            rawValue,
            `"data" expects an http(s) address, a path on this site, or local: and the name of a file opened in this browser.`,
          )
        break
    }
  }

  if (view.from && view.to && compareStart(view.from, view.to) > 0) {
    notice('to', view.to, `"to" (${view.to}) is before "from" (${view.from}); it was ignored.`)
    view.to = null
  }
  return { view, notices, unknownParams }
}

function compareStart(from: string, to: string): number {
  const start = parsePartialDate(from)
  const end = parsePartialDate(to)
  return start && end ? firstDayOf(start) - lastDayOf(end) : 0
}

export function parseRange(value: string): VisibleRange | null {
  const parts = value.split(',')
  if (parts.length !== 2) return null
  const start = parsePartialDate(parts[0]?.trim() ?? '')
  const end = parsePartialDate(parts[1]?.trim() ?? '')
  if (!start || !end) return null
  const range = { startDay: firstDayOf(start), endDay: lastDayOf(end) }
  if (range.endDay < range.startDay || range.endDay - range.startDay > MAX_RANGE_DAYS) return null
  return range
}

/** http(s) addresses, and paths on this site; never javascript:, data: or other schemes. */
export function isAllowedDataAddress(value: string): boolean {
  if (value === '') return false
  // A file the reader opened from disk, kept in this browser (src/load/local-files.ts).
  if (value.startsWith(LOCAL_DATA_PREFIX)) return value.length > LOCAL_DATA_PREFIX.length
  try {
    const { protocol } = new URL(value)
    return protocol === 'http:' || protocol === 'https:'
  } catch {
    // Not absolute: a relative path on this site, resolved against the page like any link.
    return !/^[a-z][a-z0-9+.-]*:/i.test(value)
  }
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}

function isOneOf<T extends string>(options: readonly T[], value: string): value is T {
  return (options as readonly string[]).includes(value)
}
