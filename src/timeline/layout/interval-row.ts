/**
 * One row of a lane: the horizontal intervals its marks take, kept sorted and never overlapping, so that asking
 * whether a new mark fits and taking its place both cost a binary search (O(log n)).
 */
export class IntervalRow {
  private readonly starts: number[] = []
  private readonly ends: number[] = []

  /** The position of the last interval that starts before `end`, or -1. */
  private lastStartingBefore(end: number): number {
    let low = 0
    let high = this.starts.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((this.starts[middle] ?? 0) < end) low = middle + 1
      else high = middle
    }
    return low - 1
  }

  /** Whether [start, end) overlaps no interval of the row. */
  isFree(start: number, end: number): boolean {
    const before = this.lastStartingBefore(end)
    return before < 0 || (this.ends[before] ?? -Infinity) <= start
  }

  /** Takes [start, end) when it is free; returns whether it did. */
  take(start: number, end: number): boolean {
    if (!this.isFree(start, end)) return false
    const position = this.lastStartingBefore(end) + 1
    this.starts.splice(position, 0, start)
    this.ends.splice(position, 0, end)
    return true
  }

  /** Where the first interval that starts after `position` starts; Infinity when none does. */
  nextStartAfter(position: number): number {
    let low = 0
    let high = this.starts.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((this.starts[middle] ?? 0) <= position) low = middle + 1
      else high = middle
    }
    return this.starts[low] ?? Infinity
  }

  /** Moves the end of the interval that starts at `start`, into room that must be free. */
  extend(start: number, end: number): void {
    const position = this.lastStartingBefore(start + 1e-9)
    if (this.starts[position] === start) this.ends[position] = end
  }

  get size(): number {
    return this.starts.length
  }
}
