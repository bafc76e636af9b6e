/**
 * View state → canonical query string: defaults omitted, parameters in a fixed order, commas and slashes left
 * readable. Equal views give equal links.
 */
import { dayToIsoDate } from '../data/partial-date'
import { formatMapViewport } from './map-param'
import { DEFAULT_VIEW_STATE, type ViewState } from '../view/view-state'

export type SerializeOptions = {
  /**
   * Write the lanes, view, theme and controls even when they are the defaults: an embed code pins the view so
   * that a later change of our defaults does not change published embeds.
   */
  isExplicit?: boolean
}

export function serializeViewState(
  view: ViewState,
  unknownParams: readonly [string, string][] = [],
  { isExplicit = false }: SerializeOptions = {},
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
  const addUnlessDefault = <K extends 'grouping' | 'view' | 'mode' | 'theme' | 'controls'>(
    param: string,
    key: K,
  ) => {
    if (isExplicit || view[key] !== DEFAULT_VIEW_STATE[key]) add(param, view[key])
  }
  addUnlessDefault('group', 'grouping')
  addUnlessDefault('view', 'view')
  if (view.mode !== DEFAULT_VIEW_STATE.mode) add('mode', view.mode)
  add('event', view.selectedEventId)
  addUnlessDefault('theme', 'theme')
  addUnlessDefault('controls', 'controls')
  if (view.range) {
    add('range', `${dayToIsoDate(view.range.startDay)},${dayToIsoDate(view.range.endDay)}`)
  }
  if (view.map) add('map', formatMapViewport(view.map))
  entries.push(...unknownParams)
  return entries.map(([param, value]) => `${encode(param)}=${encode(value)}`).join('&')
}

/** Percent-encodes what must be, but keeps `,` `/` and `:` as they are: they are legal in a query. */
function encode(text: string): string {
  return encodeURIComponent(text).replace(/%2C/gi, ',').replace(/%2F/gi, '/').replace(/%3A/gi, ':')
}
