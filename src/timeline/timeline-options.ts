/** vis-timeline's options for a dataset, and keeping its DataSets in step with what is drawn. */
import type { DataSet } from 'vis-data/peer'
import type { TimelineOptions } from 'vis-timeline/peer'
import type { DatasetIndex } from '../data/dataset-index'
import { startOfDay } from './calendar-time'
import { MAX_VISIBLE_DAYS, MIN_VISIBLE_DAYS } from './zoom'

const MILLISECONDS_PER_DAY = 86_400_000
const PAN_MARGIN_DAYS = 365

export function timelineOptions(index: DatasetIndex): TimelineOptions {
  const days = index.chronological.map((event) => index.spans.get(event.id))
  const firstDay = Math.min(...days.map((span) => span?.firstDay ?? Infinity))
  const lastDay = Math.max(...days.map((span) => span?.lastDay ?? -Infinity))
  const hasEvents = Number.isFinite(firstDay) && Number.isFinite(lastDay)
  return {
    height: '100%',
    orientation: { axis: 'top', item: 'top' },
    stack: true,
    verticalScroll: true,
    zoomKey: '',
    horizontalScroll: false,
    selectable: true,
    multiselect: false,
    showCurrentTime: false,
    groupOrder: 'order',
    zoomMin: MIN_VISIBLE_DAYS * MILLISECONDS_PER_DAY,
    zoomMax: MAX_VISIBLE_DAYS * MILLISECONDS_PER_DAY,
    margin: { item: { horizontal: 6, vertical: 6 }, axis: 8 },
    ...(hasEvents
      ? {
          min: startOfDay(firstDay - PAN_MARGIN_DAYS),
          max: startOfDay(lastDay + PAN_MARGIN_DAYS),
        }
      : {}),
  }
}

export /** Replaces the DataSet's content with `records`, updating in place what is already there. */
function syncDataSet<T extends { id: string }>(dataSet: DataSet<T, 'id'>, records: T[]) {
  const nextIds = new Set(records.map((record) => record.id))
  const staleIds = dataSet.getIds().filter((id) => !nextIds.has(String(id)))
  dataSet.remove(staleIds)
  dataSet.update(records as Parameters<DataSet<T, 'id'>['update']>[0])
}
