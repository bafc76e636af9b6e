/**
 * ACLED's CSV export (acleddata.com): one row per event, with event_id_cnty, event_date, time_precision,
 * disorder_type, event_type, sub_event_type, actor1, assoc_actor_1, actor2, assoc_actor_2, country, admin1,
 * location, latitude, longitude, source, notes and fatalities among its columns. The sub-event type is the
 * event type, its lane the category its event type belongs to; fatalities become a figure; the source column
 * names publishers without addresses.
 */
import type { Category } from '../data/vocabulary'
import type { CsvTable } from './csv'
import { dateFromText } from './date-parts'
import { DatasetBuilder, slugOf } from './dataset-builder'
import type { ImportResult } from './import-result'

export const ACLED_COLUMNS = ['event_id_cnty', 'event_date']

const CATEGORY_OF_EVENT_TYPE: Record<string, Category> = {
  battles: 'military',
  'explosions/remote violence': 'military',
  'violence against civilians': 'humanitarian',
  protests: 'political',
  riots: 'political',
  'strategic developments': 'political',
}

/** ISO 3166-1 codes by English country name, from the browser's own list of region names. */
function countryCodes(): Map<string, string> {
  const names = new Intl.DisplayNames(['en'], { type: 'region' })
  const codes = new Map<string, string>()
  for (let first = 65; first <= 90; first += 1) {
    for (let second = 65; second <= 90; second += 1) {
      const code = String.fromCharCode(first, second)
      try {
        const name = names.of(code)
        // The first code wins: a withdrawn code ("SU") comes after the one in use ("RU") for the same name.
        if (name && name !== code && !codes.has(name.toLowerCase()))
          codes.set(name.toLowerCase(), code)
      } catch {
        // Not a region code: nothing to add.
      }
    }
  }
  return codes
}

function actorKind(name: string): string {
  return /^(military|police|rebel|militia|unidentified armed|wagner|private security)/i.test(name)
    ? 'armed-group'
    : 'organization'
}

function splitList(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean)
}

export function importAcled(table: CsvTable, fileName: string): ImportResult {
  const builder = new DatasetBuilder('acled')
  builder.noteFileProblems(table.problems)
  const codes = countryCodes()
  let first = ''
  let last = ''
  for (const { number, cells } of table.rows) {
    const origin = `row ${number}`
    const parsed = dateFromText(cells.get('event_date') ?? '')
    if ('error' in parsed) {
      builder.setAsideRecord(origin, 'event_date', parsed.error)
      continue
    }
    // time_precision 3: ACLED knows only the month; 2: a date within a week, kept as ACLED gives it.
    const precision = cells.get('time_precision')
    const date = precision === '3' ? parsed.date.slice(0, 7) : parsed.date
    if (precision === '3')
      builder.adjust(
        'ACLED knows only the month (time_precision 3), so the day was left out',
        origin,
      )
    if (precision === '2')
      builder.adjust(
        'ACLED places the date within a week (time_precision 2); its day is kept',
        origin,
      )
    const eventType = cells.get('event_type') ?? ''
    const subType = cells.get('sub_event_type') || eventType || 'Event'
    const category = CATEGORY_OF_EVENT_TYPE[eventType.toLowerCase()] ?? 'political'
    const place = cells.get('location') ?? ''
    const region = cells.get('admin1') ?? ''
    const country = cells.get('country') ?? ''
    const lat = Number(cells.get('latitude'))
    const lon = Number(cells.get('longitude'))
    const hasCoordinates =
      cells.get('latitude') !== '' && Number.isFinite(lat) && Number.isFinite(lon)
    const code = codes.get(country.toLowerCase())
    const locations = place
      ? [
          builder.locationId(region ? `${place}, ${region}` : place, {
            kind: 'other',
            ...(code && { country: code }),
            ...(hasCoordinates && { lat, lon }),
          }),
        ]
      : []
    const actors = [
      ...[cells.get('actor1'), cells.get('actor2')].filter((name): name is string => Boolean(name)),
      ...splitList(cells.get('assoc_actor_1')),
      ...splitList(cells.get('assoc_actor_2')),
    ].map((name) => builder.actorId(name, actorKind(name)))
    const fatalities = Number(cells.get('fatalities'))
    const notes = cells.get('notes') ?? ''
    const title = place ? `${subType} in ${place}` : subType
    const disorder = cells.get('disorder_type')
    builder.addEvent(
      origin,
      {
        date,
        title,
        summary: notes || title,
        type: builder.typeId(subType, category),
        actors: [...new Set(actors)],
        locations,
        ...(cells.get('fatalities') &&
          Number.isFinite(fatalities) &&
          fatalities > 0 && {
            figures: [{ label: 'reported fatalities (ACLED)', value: fatalities }],
          }),
        sources: splitList(cells.get('source')).map((publisher) => ({ publisher })),
        ...(disorder && { tags: [slugOf(disorder, 'disorder')] }),
      },
      cells.get('event_id_cnty') || undefined,
    )
    if (!first || date < first) first = date
    if (!last || date > last) last = date
  }
  const span = first ? `, ${first === last ? first : `${first} to ${last}`}` : ''
  return builder.build({
    title: `ACLED events${span}`,
    description: `Imported from the ACLED export ${fileName}. Data: Armed Conflict Location & Event Data (ACLED), acleddata.com, under its terms of use.`,
  })
}
