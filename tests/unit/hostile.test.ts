/**
 * The hostile corpus (tests/fixtures/hostile/): files a stranger could hand the app. Each is read as the page
 * reads it and gives either a dataset with a specific report, or a specific refusal; none pollutes prototypes,
 * and no address that is not http(s) survives. tests/e2e/hostile.test.ts opens each in the browser too.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { countSetAside, formatIssue } from '../../src/data/dataset-issues'
import { validateDataset } from '../../src/data/validate-dataset'
import { withImportFindings } from '../../src/load/import-document'
import { decodeText } from '../../src/load/download'
import { readAnyFormat } from '../../src/import/read-any-format'
import { HOSTILE_OUTCOMES } from '../fixtures/hostile-outcomes'

function open(file: string) {
  const text = decodeText(new Uint8Array(readFileSync(`tests/fixtures/hostile/${file}`)))
  const imported = readAnyFormat(text, file)
  return withImportFindings(validateDataset(imported.document), imported)
}

describe('the hostile corpus', () => {
  it('has at least 40 files, each with its expected outcome', () => {
    const files = readdirSync('tests/fixtures/hostile').sort()
    expect(files.length).toBeGreaterThanOrEqual(40)
    expect(Object.keys(HOSTILE_OUTCOMES).sort()).toEqual(files)
  })

  it.each(Object.entries(HOSTILE_OUTCOMES))('%s', (file, outcome) => {
    if ('refused' in outcome) {
      let message = ''
      try {
        const report = open(file)
        expect(report.dataset).toBeNull()
        message = report.issues.map(formatIssue).join('\n')
      } catch (error) {
        message = (error as Error).message
      }
      expect(message).toMatch(outcome.refused)
      return
    }
    const report = open(file)
    expect(report.dataset?.events).toHaveLength(outcome.shown)
    expect(countSetAside(report)).toBe(outcome.setAside ?? 0)
    const lines = [
      ...(report.imported?.setAside ?? []).map(
        ({ origin, field, message }) => `${origin} › ${field}: ${message}`,
      ),
      ...report.issues.map(formatIssue),
    ].join('\n')
    if (outcome.says) expect(lines).toMatch(outcome.says)
    const text = JSON.stringify(report.dataset)
    expect(text).not.toMatch(/"(url|thumbnail)":"(?!https?:)/)
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
  })
})
