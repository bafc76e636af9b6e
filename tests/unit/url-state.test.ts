import { describe, expect, it } from 'vitest'
import { parseViewState } from '../../src/url/parse-view-state'
import { serializeViewState } from '../../src/url/serialize-view-state'
import { DEFAULT_VIEW_STATE } from '../../src/view/view-state'

function roundTrip(query: string): string {
  const parsed = parseViewState(query)
  return serializeViewState(parsed.view, parsed.unknownParams)
}

describe(parseViewState.name, () => {
  it('reads an empty query as the default view, without notices', () => {
    expect(parseViewState('')).toEqual({ view: DEFAULT_VIEW_STATE, notices: [], unknownParams: [] })
  })

  it('reads every parameter of the contract', () => {
    const { view, notices } = parseViewState(
      '?data=/samples/mine.json&type=negotiations,prisoner-exchange&actor=ukraine&location=istanbul' +
        '&tag=istanbul-talks-2025&q=Istanbul%20talks&from=2025-05&to=2025-07-31&group=type&view=list' +
        '&mode=present&event=2025-07-23-istanbul-third-round&theme=contrast&controls=filters' +
        '&range=2025-05-01,2025-08-01&map=48.5,31.2,5',
    )
    expect(notices).toEqual([])
    expect(view).toEqual({
      dataUrl: '/samples/mine.json',
      types: ['negotiations', 'prisoner-exchange'],
      actors: ['ukraine'],
      locations: ['istanbul'],
      tags: ['istanbul-talks-2025'],
      query: 'Istanbul talks',
      from: '2025-05',
      to: '2025-07-31',
      grouping: 'type',
      view: 'list',
      mode: 'present',
      theme: 'contrast',
      controls: 'filters',
      selectedEventId: '2025-07-23-istanbul-third-round',
      range: { startDay: 20209, endDay: 20301 },
      map: { lat: 48.5, lon: 31.2, zoom: 5 },
    })
  })

  it.each([
    ['group=lanes', 'group'],
    ['view=grid', 'view'],
    ['mode=fullscreen', 'mode'],
    ['theme=purple', 'theme'],
    ['controls=everything', 'controls'],
    ['tag=Not%20An%20Id', 'tag'],
    ['from=yesterday', 'from'],
    ['to=2025-02-30', 'to'],
    ['range=2025-05-01', 'range'],
    ['range=2025-08-01,2025-05-01', 'range'],
    ['range=a,b', 'range'],
    ['event=<script>', 'event'],
    ['data=javascript:alert(1)', 'data'],
    ['data=data:application/json,{}', 'data'],
    ['type=Negotiations', 'type'],
    ['utm_source=newsletter', 'utm_source'],
  ])('falls back to the default for %s and names the parameter in a notice', (query, param) => {
    const { view, notices } = parseViewState(query)
    expect(notices).toHaveLength(1)
    expect(notices[0]?.param).toBe(param)
    expect(notices[0]?.message).toContain(param)
    const { range, ...rest } = view
    expect(range).toBeNull()
    expect(rest).toMatchObject({ grouping: 'category', view: 'timeline', mode: 'default' })
  })

  it('keeps the valid ids of a list and reports the invalid ones', () => {
    const { view, notices } = parseViewState('type=negotiations,Bad%20Id,,strike,negotiations')
    expect(view.types).toEqual(['negotiations', 'strike'])
    expect(notices[0]?.message).toBe('"type" has ids that are not valid: Bad Id.')
  })

  it('drops a "to" before "from"', () => {
    const { view, notices } = parseViewState('from=2025-07&to=2025-06-30')
    expect(view.from).toBe('2025-07')
    expect(view.to).toBeNull()
    expect(notices[0]?.param).toBe('to')
  })

  it('uses the first of a repeated parameter', () => {
    const { view, notices } = parseViewState('view=list&view=timeline')
    expect(view.view).toBe('list')
    expect(notices[0]?.param).toBe('view')
  })

  const garbage = [
    '%',
    '%E0%A4%A',
    '&&&==&',
    '?type=%00%01',
    'range=,,,',
    'range=9999-99-99,0000-00-00',
    'range=0001-01-01,9999-12-31',
    'q=' + 'x'.repeat(5000),
    'event=' + encodeURIComponent('"><img src=x onerror=alert(1)>'),
    'data=%2F%2Fevil.example%2Fx.json',
    'constructor=1&__proto__=x&toString=y',
    'type=__proto__',
  ]
  it.each(garbage)('never throws on %j', (query) => {
    expect(() => parseViewState(query)).not.toThrow()
    expect(() => roundTrip(query)).not.toThrow()
  })

  it('never throws on random bytes', () => {
    let seed = 42
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let run = 0; run < 500; run += 1) {
      const length = Math.floor(random() * 40)
      const text = Array.from({ length }, () =>
        String.fromCharCode(Math.floor(random() * 128)),
      ).join('')
      expect(() => roundTrip(text)).not.toThrow()
    }
  })
})

describe(serializeViewState.name, () => {
  it('omits every default', () => {
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toBe('')
  })

  it('pins the lanes, view, theme and controls when asked to, for embed codes', () => {
    expect(
      serializeViewState({ ...DEFAULT_VIEW_STATE, mode: 'embed' }, [], { isExplicit: true }),
    ).toBe('group=category&view=timeline&mode=embed&theme=auto&controls=none')
  })

  it('writes parameters in a fixed order with readable commas', () => {
    const { view } = parseViewState(
      'range=2025-05-01,2025-08-01&theme=dark&event=x&mode=embed&view=list&group=none&to=2025&from=2024&q=kyiv&tag=grain-deal&location=kyiv&actor=russia,ukraine&type=strike&data=https://example.org/d.json',
    )
    expect(serializeViewState(view)).toBe(
      'data=https://example.org/d.json&type=strike&actor=russia,ukraine&location=kyiv&tag=grain-deal&q=kyiv&from=2024&to=2025&group=none&view=list&mode=embed&event=x&theme=dark&range=2025-05-01,2025-08-01',
    )
  })

  it.each([
    ['', ''],
    ['view=timeline&group=category&mode=default', ''],
    ['type=b,a', 'type=b,a'],
    ['q=Zaporizhzhia%20%26%20Kherson', 'q=Zaporizhzhia%20%26%20Kherson'],
    ['q=caf%C3%A9', 'q=caf%C3%A9'],
    ['range=2022,2022', 'range=2022-01-01,2022-12-31'],
    ['utm_source=blog&view=list', 'view=list&utm_source=blog'],
  ])('round-trips %j to the canonical %j', (query, canonical) => {
    expect(roundTrip(query)).toBe(canonical)
    expect(roundTrip(canonical)).toBe(canonical)
  })
})
