import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatFigureValue } from '../../src/data/format-figure'
import { formatNumber, formatOneDecimal } from '../../src/data/format-number'
import type { Dataset } from '../../src/data/schema'
import { contrastRatio, readableTextColor } from '../../src/ui/color-contrast'

describe(formatFigureValue.name, () => {
  it.each([
    [{ label: 'x', value: 1200 }, '1,200'],
    [{ label: 'x', value: 220000, bound: 'more-than' as const }, 'more than 220,000'],
    [{ label: 'x', value: 1200, bound: 'at-least' as const }, 'at least 1,200'],
    [{ label: 'x', value: 48, unit: 'hours', bound: 'up-to' as const }, 'up to 48 hours'],
    [{ label: 'x', value: 97, unit: '%', approximate: true }, 'about 97%'],
    [{ label: 'x', value: 3000, approximate: true }, 'about 3,000'],
  ])('writes %j as "%s"', (figure, expected) => {
    expect(formatFigureValue(figure)).toBe(expected)
  })
})

describe(formatNumber.name, () => {
  const values = [
    0, 7, 999, 1000, 12345, 1234567, 80_000_000_000, 2.5, 0.125, 1234.5678, 3.9996, -4200, -0.0001,
  ]
  it.each(values)('writes %d as British English does', (value) => {
    expect(formatNumber(value)).toBe(value.toLocaleString('en-GB'))
  })

  it.each([0, 4, 12.54, 999.96, 1_500_000.04])('writes %d with one decimal', (value) => {
    expect(formatOneDecimal(value)).toBe(
      value.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    )
  })

  it('writes the bundled figures exactly as before', () => {
    const bundled = JSON.parse(readFileSync('data/events.json', 'utf8')) as Dataset
    const figures = bundled.events.flatMap((event) => event.figures ?? [])
    expect(figures.length).toBeGreaterThan(100)
    for (const figure of figures)
      expect(formatNumber(figure.value)).toBe(figure.value.toLocaleString('en-GB'))
  })
})

describe(contrastRatio.name, () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5)
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
  })

  it('picks the readable text colour for light and dark backgrounds', () => {
    expect(readableTextColor('#1d4ed8')).toBe('#ffffff')
    expect(readableTextColor('#fde68a')).toBe('#111827')
  })

  it('gives every event type of the bundled dataset a colour that carries white text at AA (4.5:1)', () => {
    const dataset = JSON.parse(
      readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8'),
    ) as Dataset
    const failing = dataset.eventTypes
      .map((type) => ({ id: type.id, ratio: contrastRatio('#ffffff', type.color) }))
      .filter(({ ratio }) => ratio < 4.5)
    expect(failing).toEqual([])
  })
})
