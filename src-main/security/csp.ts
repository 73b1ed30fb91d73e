/**
 * The renderer's Content Security Policy, also present as a `<meta>` tag in `index.html` (a test
 * keeps them identical). Nothing is allowed by default; scripts, styles and fonts come only from the
 * app itself; no inline script, no eval, no plugins, no form posts. (`frame-ancestors` is left out: browsers ignore
 * it in a `<meta>` tag, and the page is never served to be framed.) `connect-src 'self'`
 * lets the browser test bridge reach its own origin; the desktop app loads from `file:` and makes
 * no requests at all.
 */
export const RENDERER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
