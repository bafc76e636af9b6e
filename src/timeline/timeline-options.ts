/** vis-timeline's options for a dataset, and keeping a DataSet in step with a list of records. */
import type { DataSet } from 'vis-data/esnext'
import type { TimelineOptions } from 'vis-timeline/esnext'
import type { DatasetIndex } from '../data/dataset-index'
import { formatYear } from '../data/partial-date'
import { startOfDay } from './calendar-time'
import { maxVisibleDays, MIN_VISIBLE_DAYS } from './zoom'

const MILLISECONDS_PER_DAY = 86_400_000
/** 1 January 1000, in days since 1970 (partial-date.ts). */
const FIRST_DAY_OF_AD_1000 = -354_285
/** Room to pan beyond the first and last event: a year, or a fifth of a span of centuries (labels need it). */
const PAN_MARGIN_DAYS = 365
const PAN_MARGIN_SHARE = 0.2

/** vis-timeline's own label formats (moment), but years written as readers write them: "800", "44 BC". */
const MINOR_FORMATS: Record<string, string> = {
  weekday: 'ddd D',
  day: 'D',
  week: 'w',
  month: 'MMM',
  year: 'YYYY',
}
const MAJOR_FORMATS: Record<string, string> = {
  weekday: 'MMMM YYYY',
  day: 'MMMM YYYY',
  week: 'MMMM YYYY',
  month: 'YYYY',
  year: '',
}
type AxisDate = { format: (pattern: string) => string; year: () => number }

function axisLabel(formats: Record<string, string>, fallback: string) {
  return (date: Date | AxisDate, scale: string) => {
    const moment = date as AxisDate
    const pattern = (formats[scale] ?? fallback).replace('YYYY', `[${formatYear(moment.year())}]`)
    return pattern === '' ? '' : moment.format(pattern)
  }
}

export function timelineOptions(index: DatasetIndex): TimelineOptions {
  const { extent } = index
  const hasEvents = extent !== null
  const { firstDay, lastDay } = extent ?? { firstDay: 0, lastDay: 0 }
  const margin = Math.max(PAN_MARGIN_DAYS, (lastDay - firstDay) * PAN_MARGIN_SHARE)
  return {
    height: '100%',
    orientation: { axis: 'top', item: 'top' },
    // The layout (layout/lane-layout.ts) gives every mark its row; vis-timeline's own stacking is quadratic.
    stack: false,
    // The widget tells vis-timeline of a new size (timeline-widget.ts).
    autoResize: false,
    verticalScroll: true,
    zoomKey: '',
    horizontalScroll: false,
    selectable: true,
    multiselect: false,
    showCurrentTime: false,
    groupOrder: 'order',
    zoomMin: MIN_VISIBLE_DAYS * MILLISECONDS_PER_DAY,
    zoomMax: maxVisibleDays(extent) * MILLISECONDS_PER_DAY,
    margin: { item: { horizontal: 0, vertical: 2 }, axis: 4 },
    // Only a timeline that reaches back before AD 1000 needs its years rewritten ("0800", "-0043" otherwise):
    // the rest keep vis-timeline's own formats, and its cheaper redraw.
    ...(hasEvents && firstDay < FIRST_DAY_OF_AD_1000
      ? {
          format: {
            minorLabels: axisLabel(MINOR_FORMATS, 'HH:mm'),
            majorLabels: axisLabel(MAJOR_FORMATS, 'D MMMM YYYY'),
          },
        }
      : {}),
    ...(hasEvents
      ? {
          min: startOfDay(firstDay - margin),
          max: startOfDay(lastDay + margin),
        }
      : {}),
  }
}

/** Replaces the DataSet's content with `records`, updating in place what is already there. */
export function syncDataSet<T extends { id: string }>(dataSet: DataSet<T, 'id'>, records: T[]) {
  const nextIds = new Set(records.map((record) => record.id))
  const staleIds = dataSet.getIds().filter((id) => !nextIds.has(String(id)))
  dataSet.remove(staleIds)
  dataSet.update(records as Parameters<DataSet<T, 'id'>['update']>[0])
}
