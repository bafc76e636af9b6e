import { describe, expect, it } from 'vitest'
import { DEFAULT_EMBED_OPTIONS, embedCode, embedUrl } from '../../src/url/embed-code'
import { parseViewState } from '../../src/url/parse-view-state'

const page = 'https://example.org/timeline/index.html?type=negotiations&event=x'

describe(embedUrl.name, () => {
  it('pins the view explicitly and switches to embed mode on the same path', () => {
    const { view } = parseViewState('?type=negotiations&event=x&range=2025-05-01,2025-08-01')
    expect(embedUrl(view, DEFAULT_EMBED_OPTIONS, page)).toBe(
      'https://example.org/timeline/index.html?type=negotiations&group=category&view=timeline&mode=embed&event=x&theme=auto&controls=none&range=2025-05-01,2025-08-01',
    )
    expect(
      embedUrl(view, { ...DEFAULT_EMBED_OPTIONS, theme: 'dark', canChangeFilters: true }, page),
    ).toContain('&theme=dark&controls=filters')
  })
})

describe(embedCode.name, () => {
  it('writes a titled, lazy, borderless iframe and the auto-height snippet next to the app', () => {
    const code = embedCode(
      'https://example.org/timeline/?mode=embed&a=1',
      'Conflict Timeline: "Talks" & <more>',
      DEFAULT_EMBED_OPTIONS,
      page,
    )
    expect(code).toBe(
      '<iframe src="https://example.org/timeline/?mode=embed&amp;a=1" title="Conflict Timeline: &quot;Talks&quot; &amp; &lt;more&gt;" width="100%" height="520" style="border:0;max-width:100%" loading="lazy" allow="fullscreen; clipboard-write" referrerpolicy="strict-origin-when-cross-origin" data-conflict-timeline></iframe>\n' +
        '<script src="https://example.org/timeline/embed.js" async></script>',
    )
  })

  it('uses a fixed width when asked and leaves the snippet out without auto-height', () => {
    const code = embedCode(
      'https://e.org/?mode=embed',
      'T',
      { ...DEFAULT_EMBED_OPTIONS, widthPx: 640, hasAutoHeight: false },
      page,
    )
    expect(code).toContain('width="640"')
    expect(code).not.toContain('<script')
  })
})
