import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../scripts/vite/content-security-policy-plugin'
import { appUrl, openPage, useBrowser } from './browser'

const browser = useBrowser()

describe('the Content Security Policy of the built page', () => {
  it('is in the page, and refuses inline script, eval and plugins while the app runs', async () => {
    const { page } = await openPage(browser())
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/of \d+ events/)
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content')
    expect(policy).toBe(CONTENT_SECURITY_POLICY)

    // The object's violation is reported only once the browser gets to the element, which on a loaded
    // machine can take far longer than the script's, so wait for both reports (or give up after 10 s).
    const refused = await page.evaluate(async () => {
      const violations: string[] = []
      const bothReported = new Promise<void>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => {
          violations.push(event.effectiveDirective)
          if (violations.includes('script-src-elem') && violations.includes('object-src')) resolve()
        })
      })
      const script = document.createElement('script')
      script.textContent = 'window.inlineScriptRan = true'
      document.body.append(script)
      const object = document.createElement('object')
      object.data = '/favicon.svg'
      document.body.append(object)
      await Promise.race([bothReported, new Promise((resolve) => setTimeout(resolve, 10_000))])
      return { inlineScriptRan: 'inlineScriptRan' in window, violations }
    })
    await page.addScriptTag({ url: appUrl('fixtures/csp-probe.js') })
    const evalResult = await page.evaluate(() => (window as { evalResult?: string }).evalResult)
    expect(refused.inlineScriptRan).toBe(false)
    expect(evalResult).toBe('EvalError')
    expect(refused.violations).toEqual(expect.arrayContaining(['script-src-elem', 'object-src']))
  })
})
