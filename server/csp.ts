// The Content-Security-Policy of every page of Puljestyr (browser mode sends it as a header; the
// desktop app's index.html carries the same policy in a meta tag). No remote content at all.
// 'unsafe-inline' for styles only: MUI's emotion injects <style> elements at run time.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')
