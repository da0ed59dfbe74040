/**
 * The Content-Security-Policy of the app page, sent as a header by the app:// protocol and
 * written into index.html at build time, so the two can never disagree. No eval, no inline or
 * remote scripts, no plugins, no forms, no frames, and no network beyond the app itself.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'"
].join('; ')
