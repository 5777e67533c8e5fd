// Headers on every page the web servers send (the Vite preview used by `npm start`, and
// docker/web-server.mjs): the app loads only its own scripts, talks only to its own origin, and is
// never framed (clickjacking). Styles allow inline attributes, which the charts set.
export const WEB_SECURITY_HEADERS = Object.freeze({
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
});
