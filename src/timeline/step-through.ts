/** Stepping through events in time order (details panel arrows, present mode, keyboard on the timeline). */

export type StepDirection = 'previous' | 'next' | 'first' | 'last'

/**
 * The id of the event to go to from `currentId` among `orderedIds` (already in time order). From no selection,
 * or a selection that the filters hide, "next" starts at the first event and "previous" at the last.
 */
export function stepEvent(
  orderedIds: readonly string[],
  currentId: string | null,
  direction: StepDirection,
): string | null {
  if (orderedIds.length === 0) return null
  if (direction === 'first') return orderedIds[0] ?? null
  if (direction === 'last') return orderedIds[orderedIds.length - 1] ?? null
  const index = currentId === null ? -1 : orderedIds.indexOf(currentId)
  if (index === -1) {
    return direction === 'next'
      ? (orderedIds[0] ?? null)
      : (orderedIds[orderedIds.length - 1] ?? null)
  }
  const nextIndex = direction === 'next' ? index + 1 : index - 1
  return orderedIds[Math.min(orderedIds.length - 1, Math.max(0, nextIndex))] ?? null
}
