/** Both counts as the reader reads them, already formatted ("1,024"). */
type StatusLineProps = { shown: string; total: string }

/** The stable hook of GUIDE §2: a polite status with "N of M events". */
export function StatusLine({ shown, total }: StatusLineProps) {
  return (
    <p role="status" className="ct-muted text-sm whitespace-nowrap tabular-nums">
      {shown} of {total} events
    </p>
  )
}
