/**
 * View state → canonical query string: defaults omitted, parameters in a fixed order, commas and slashes left
 * readable. Equal views give equal links.
 */
import { dayToIsoDate } from '../data/partial-date'
import { DEFAULT_VIEW_STATE, type ViewState } from './view-state'

export function serializeViewState(
  view: ViewState,
  unknownParams: readonly [string, string][] = [],
): string {
  const entries: [string, string][] = []
  const add = (param: string, value: string | null | undefined) => {
    if (value !== null && value !== undefined && value !== '') entries.push([param, value])
  }
  add('data', view.dataUrl)
  add('type', view.types.join(','))
  add('actor', view.actors.join(','))
  add('location', view.locations.join(','))
  add('tag', view.tags.join(','))
  add('q', view.query.trim())
  add('from', view.from)
  add('to', view.to)
  if (view.grouping !== DEFAULT_VIEW_STATE.grouping) add('group', view.grouping)
  if (view.view !== DEFAULT_VIEW_STATE.view) add('view', view.view)
  if (view.mode !== DEFAULT_VIEW_STATE.mode) add('mode', view.mode)
  add('event', view.selectedEventId)
  if (view.theme !== DEFAULT_VIEW_STATE.theme) add('theme', view.theme)
  if (view.range) {
    add('range', `${dayToIsoDate(view.range.startDay)},${dayToIsoDate(view.range.endDay)}`)
  }
  entries.push(...unknownParams)
  return entries.map(([param, value]) => `${encode(param)}=${encode(value)}`).join('&')
}

/** Percent-encodes what must be, but keeps `,` `/` and `:` as they are: they are legal in a query. */
function encode(text: string): string {
  return encodeURIComponent(text).replace(/%2C/gi, ',').replace(/%2F/gi, '/').replace(/%3A/gi, ':')
}
