/** STYLE.md §15 and docs/decisions/0001: a file that passes 300 lines is two files. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const MAX_LINES = 300
const CODE_FILE = /\.(ts|tsx|css|mjs|js)$/

function codeFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name)
    if (entry.isDirectory()) return codeFiles(path)
    return CODE_FILE.test(entry.name) ? [path] : []
  })
}

describe('source files', () => {
  it(`stay within ${MAX_LINES} lines`, () => {
    const files = ['src', 'tests', 'scripts'].flatMap(codeFiles)
    expect(files.length).toBeGreaterThan(50)
    const tooLong = files
      .map((file) => ({ file, lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > MAX_LINES)
    expect(tooLong).toEqual([])
  })
})
