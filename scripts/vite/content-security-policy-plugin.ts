/**
 * The built page's Content Security Policy, as a meta tag in index.html (README, "Content Security Policy"):
 * scripts and styles only from the app's own files, no inline script and no eval, no plugins, no <base>. Only
 * in the build: the development server injects an inline script of its own for hot reload.
 *
 * `connect-src` and `img-src` allow any http(s) address because the reader may open a dataset from any site and
 * ask for an imported image from its host; the app fetches nothing else (the browser tests record requests).
 * `frame-ancestors` cannot be set by a meta tag; hosts send it as a header.
 */
import type { Plugin } from 'vite'

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: https: http:",
  "font-src 'self'",
  "connect-src 'self' https: http:",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'conflict-timeline:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  }
}
