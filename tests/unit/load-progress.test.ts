import { describe, expect, it } from 'vitest'
import type { LoadProgress } from '../../src/load/loaded-dataset'
import { readProgress } from '../../src/load/load-progress'

const at = (progress: Partial<LoadProgress>): LoadProgress => ({
  stage: 'downloading',
  loadedBytes: 0,
  totalBytes: null,
  checkedEvents: 0,
  totalEvents: null,
  ...progress,
})

describe('readProgress', () => {
  it.each([
    [undefined, 'Loading the events…', null, null],
    [
      at({ loadedBytes: 2_345_678, totalBytes: 5_100_000 }),
      'Downloading the events… 2.3 of 5.1 MB',
      2_345_678,
      5_100_000,
    ],
    [
      at({ loadedBytes: 12_001, totalBytes: 250_000 }),
      'Downloading the events… 13 of 250 kB',
      12_001,
      250_000,
    ],
    [at({ loadedBytes: 3_200_000 }), 'Downloading the events… 3.2 MB', null, null],
    // gzip: the header names the compressed size, smaller than what arrives
    [
      at({ loadedBytes: 6_000_000, totalBytes: 900_000 }),
      'Downloading the events… 6.0 MB',
      null,
      null,
    ],
    [at({ stage: 'reading' }), 'Reading the file…', null, null],
    [
      at({ stage: 'checking', checkedEvents: 4000, totalEvents: 10_000 }),
      'Checking the events… 4,000 of 10,000',
      4000,
      10_000,
    ],
    [at({ stage: 'checking' }), 'Checking the events…', null, null],
    [at({ stage: 'indexing' }), 'Preparing the timeline…', null, null],
  ])('%o reads %s', (progress, text, done, total) => {
    expect(readProgress(progress)).toEqual({ text, done, total })
  })
})
