/*
 * The benchmark's baseline: the same dataset given to vis-timeline as a reader would without this app, every
 * event an item in a lane per category, with vis-timeline's defaults (stacking on, the window fitted to all).
 */
/* global vis */
const CATEGORIES = ['diplomatic', 'military', 'political', 'humanitarian', 'economic']

function endOf(date) {
  const [year, month, day] = date.split('-').map(Number)
  if (day) return new Date(year, month - 1, day + 1)
  if (month) return new Date(year, month, 1)
  return new Date(year + 1, 0, 1)
}

function startOf(date) {
  const [year, month = 1, day = 1] = date.split('-').map(Number)
  return new Date(year, month - 1, day)
}

async function draw() {
  const address = new URLSearchParams(location.search).get('data')
  const dataset = await (await fetch(address)).json()
  const categoryOf = new Map(dataset.eventTypes.map((type) => [type.id, type.category]))
  const items = dataset.events.map((event) => {
    const isRange = event.endDate !== undefined || event.date.length < 10
    return {
      id: event.id,
      content: event.title,
      start: startOf(event.date),
      ...(isRange ? { end: endOf(event.endDate ?? event.date), type: 'range' } : {}),
      group: categoryOf.get(event.type),
    }
  })
  const groups = CATEGORIES.map((id, order) => ({ id, content: id, order }))
  new vis.Timeline(document.getElementById('timeline'), new vis.DataSet(items), groups, {
    height: '100%',
    orientation: { axis: 'top', item: 'top' },
    zoomMin: 3 * 86_400_000,
    zoomMax: 40 * 365 * 86_400_000,
  })
}

void draw()
