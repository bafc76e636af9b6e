/**
 * Numbers as the app writes them, in British English: "10,000", "2.5", "4.0". Written out here rather than by
 * Intl.NumberFormat or toLocaleString, whose first use loads the browser's number data and cost every page
 * load 10–40 ms before the first events were drawn.
 */
const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g

/** At most `fractionDigits` decimals, trailing zeros dropped unless `isFixed`. */
function written(value: number, fractionDigits: number, isFixed: boolean): string {
  if (!Number.isFinite(value)) return String(value)
  const [whole = '0', fraction = ''] = Math.abs(value).toFixed(fractionDigits).split('.')
  const shownFraction = isFixed ? fraction : fraction.replace(/0+$/, '')
  const sign = value < 0 ? '-' : ''
  return `${sign}${whole.replace(THOUSANDS, ',')}${shownFraction ? `.${shownFraction}` : ''}`
}

/** Up to three decimals, as `toLocaleString('en-GB')` writes them. */
export function formatNumber(value: number): string {
  return written(value, 3, false)
}

/** With exactly one decimal: "4.0", "12.5". */
export function formatOneDecimal(value: number): string {
  return written(value, 1, true)
}
