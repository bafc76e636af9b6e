type StatusLineProps = { shown: number; total: number }

/** The stable hook of GUIDE §2: a polite status with "N of M events". */
export function StatusLine({ shown, total }: StatusLineProps) {
  return (
    <p role="status" className="ct-muted text-sm whitespace-nowrap tabular-nums">
      {shown.toLocaleString('en-GB')} of {total.toLocaleString('en-GB')} events
    </p>
  )
}
