import type { Figure } from './schema'
import { formatNumber } from './format-number'

const BOUND_WORDS = { 'more-than': 'more than', 'at-least': 'at least', 'up-to': 'up to' } as const

/** "more than 220,000", "about 97%", "up to 48 hours": the number as a reader should say it. */
export function formatFigureValue(figure: Figure): string {
  const number = formatNumber(figure.value)
  const withUnit =
    figure.unit === undefined
      ? number
      : figure.unit === '%'
        ? `${number}%`
        : `${number} ${figure.unit}`
  const qualifier = figure.bound ? BOUND_WORDS[figure.bound] : figure.approximate ? 'about' : ''
  return qualifier ? `${qualifier} ${withUnit}` : withUnit
}
