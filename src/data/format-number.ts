/**
 * Numbers as the app writes them ("10,000", "4.2"). Each formatter is built once, on first use:
 * `toLocaleString` builds a new one on every call, which costs milliseconds each and made every progress update
 * of a large load a long task.
 */
let whole: Intl.NumberFormat | undefined
let oneDecimal: Intl.NumberFormat | undefined

export function formatNumber(value: number): string {
  whole ??= new Intl.NumberFormat('en-GB')
  return whole.format(value)
}

/** With exactly one decimal: "4.0", "12.5". */
export function formatOneDecimal(value: number): string {
  oneDecimal ??= new Intl.NumberFormat('en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  })
  return oneDecimal.format(value)
}
