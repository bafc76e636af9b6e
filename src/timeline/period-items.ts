/**
 * Periods on the timeline: a tinted band over every lane for each period, and its name in the lane of names under
 * the others, written only where placePeriodNames finds room (see layout/period-names.ts). The names are
 * rewritten on every pan and zoom by changing their own elements, without touching vis-timeline's items.
 */
import type { DatasetIndex } from '../data/dataset-index'
import { formatDateSpan } from '../data/partial-date'
import { rangeToWindow } from './calendar-time'
import { PERIOD_LANE_ID } from './lanes'
import { placePeriodNames, PERIOD_NAME_ROWS } from './layout/period-names'
import type { MarkItem } from './mark-items'
import type { TitleMeasurer } from './measure-title'

export const PERIOD_ITEM_PREFIX = 'period::'
export const PERIOD_ROW_PX = 24
export const PERIOD_LANE_PX = PERIOD_NAME_ROWS * PERIOD_ROW_PX + 4

/** Periods overlap (a round of talks inside a phase of the war): their tints take turns. */
const TINTS = 3

export type PeriodName = {
  id: string
  firstDay: number
  lastDay: number
  element: HTMLElement
  widthPx: number
}

/** The periods' bands, and their names unless `measureName` is null (a strip too short for names). */
export function toPeriodItems(
  index: DatasetIndex,
  measureName: TitleMeasurer | null,
): { items: MarkItem[]; names: PeriodName[] } {
  const items: MarkItem[] = []
  const names: PeriodName[] = []
  const periods = [...(index.dataset.periods ?? [])].sort(
    (a, b) =>
      (index.periodSpans.get(a.id)?.firstDay ?? 0) - (index.periodSpans.get(b.id)?.firstDay ?? 0),
  )
  periods.forEach((period, order) => {
    const span = index.periodSpans.get(period.id)
    if (!span) return
    const window = rangeToWindow({ startDay: span.firstDay, endDay: span.lastDay })
    items.push({
      id: `${PERIOD_ITEM_PREFIX}band::${period.id}`,
      ...window,
      type: 'background',
      content: document.createElement('span'),
      className: `ct-period ct-period-${order % TINTS}`,
    })
    if (!measureName) return
    const holder = document.createElement('span')
    holder.className = 'ct-period-names'
    const name = document.createElement('span')
    name.className = 'ct-period-name'
    name.textContent = period.label
    name.title = `${period.label}, ${formatDateSpan(span.start, span.end)}`
    name.dataset.periodId = period.id
    holder.append(name)
    items.push({
      id: `${PERIOD_ITEM_PREFIX}${period.id}`,
      group: PERIOD_LANE_ID,
      ...window,
      type: 'range',
      content: holder,
      className: 'ct-period-item',
    })
    names.push({
      id: period.id,
      firstDay: span.firstDay,
      lastDay: span.lastDay,
      element: name,
      // The name's padding and border (timeline.css) around its text.
      widthPx: Math.ceil(measureName(period.label)) + 14,
    })
  })
  return { items, names }
}

/** Shows the names that fit the window, each on its row, and hides the others. */
export function placeNames(
  names: readonly PeriodName[],
  window: { startDay: number; pxPerDay: number; widthPx: number },
): void {
  const toPx = (day: number) => (day - window.startDay) * window.pxPerDay
  const rows = placePeriodNames(
    names.map((name) => ({
      id: name.id,
      fromPx: toPx(name.firstDay),
      toPx: toPx(name.lastDay + 1),
      nameWidthPx: name.widthPx,
    })),
    window.widthPx,
  )
  for (const name of names) {
    const row = rows.get(name.id)
    name.element.classList.toggle('is-hidden', row === undefined)
    name.element.style.setProperty('--period-row', String(row ?? 0))
  }
}
