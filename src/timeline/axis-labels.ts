/**
 * vis-timeline writes a year's or a month's label from where it starts, even left of the canvas, where all but
 * its last digits are cut off: such a label is hidden rather than read as a stray "0".
 */
export function hideAxisLabelsCutAtStart(container: HTMLElement): void {
  for (const label of container.querySelectorAll<HTMLElement>(
    '.vis-time-axis .vis-text.vis-minor',
  )) {
    const x = Number.parseFloat(label.style.transform.slice('translate('.length))
    label.classList.toggle('is-cut', x < 0)
  }
}
