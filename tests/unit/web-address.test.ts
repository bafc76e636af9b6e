/**
 * Which links a dataset may carry (src/data/schema.ts): absolute http(s) addresses only, as the browser's own
 * parser reads them, most of them recognised by a plain pattern without asking the parser.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isWebAddress, PLAIN_WEB_ADDRESS } from '../../src/data/schema'

describe(isWebAddress.name, () => {
  /** The rule itself, by the browser's parser: an absolute address whose scheme is http or https. */
  const byParser = (value: string) => {
    try {
      return ['http:', 'https:'].includes(new URL(value).protocol)
    } catch {
      return false
    }
  }

  it('knows a plain address is good only when the parser would say so', () => {
    // Built from the parts the pattern names, and their near misses (punycode, numbers, long ports).
    const label = fc.string({
      unit: fc.constantFrom(...'abxnXN0189-'.split('')),
      minLength: 1,
      maxLength: 6,
    })
    const address = fc
      .record({
        scheme: fc.constantFrom('http', 'https', 'HTTPS'),
        labels: fc.array(
          fc.oneof(
            label,
            label.map((text) => `xn--${text}`),
          ),
          { maxLength: 3 },
        ),
        last: fc.oneof(label, fc.constantFrom('org', 'xn--p1ai', '0x1f', '255')),
        port: fc.option(fc.stringMatching(/^[0-9]{1,6}$/), { nil: undefined }),
        rest: fc.option(fc.string({ unit: fc.constantFrom(...'/?#%az\\`{}|^~!'.split('')) }), {
          nil: undefined,
        }),
      })
      .map(
        ({ scheme, labels, last, port, rest }) =>
          `${scheme}://${[...labels, last].join('.')}${port === undefined ? '' : `:${port}`}${rest === undefined ? '' : `/${rest}`}`,
      )
    let plainCount = 0
    fc.assert(
      fc.property(address, (value) => {
        if (!PLAIN_WEB_ADDRESS.test(value)) return
        plainCount += 1
        expect(URL.canParse(value)).toBe(true)
        expect(byParser(value)).toBe(true)
      }),
      { numRuns: 3000 },
    )
    // The test must reach the pattern often enough to mean something.
    expect(plainCount).toBeGreaterThan(200)
  })

  it.each([
    'https://example.org/news/2025/05/16/talks?lang=en#top',
    'HTTP://Example.ORG',
    'https://xn--80ak6aa92e.com/',
    'https://1.2.3/',
    'https://999.1.1.1/',
    'https://a.1/',
    'https://example.org:99999/',
    'https://user:secret@example.org/',
    ' https://example.org/',
    'https://exa mple.org/',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '//example.org/',
    'example.org',
    'ftp://example.org/',
  ])('agrees with the parser on %j', (value) => {
    expect(isWebAddress(value)).toBe(byParser(value))
  })

  it('agrees with the parser on any text that starts like an address', () => {
    const addressLike = fc
      .tuple(
        fc.constantFrom('https://', 'http://', 'HTTPS://', 'https:/', 'ftp://', ' https://'),
        fc.string({ unit: fc.constantFrom(...'ax-0.9:@/?#%[] \\'.split('')), maxLength: 16 }),
      )
      .map(([scheme, rest]) => scheme + rest)
    fc.assert(
      fc.property(addressLike, (value) => {
        expect(isWebAddress(value)).toBe(byParser(value))
      }),
      { numRuns: 3000 },
    )
  })
})
