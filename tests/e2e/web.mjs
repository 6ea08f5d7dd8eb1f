// What every page server and browser of the tests and of the benchmark (bench/) share: the
// Content-Security-Policy the aid ships with (README, "Deploying"), the content types of a
// static host, and Chromium's flags. No imports, so bench/ can use it with its own packages.

// The policy the app must run under: no inline script, no eval, nothing from elsewhere,
// Trusted Types enforced (src/io.js has the aid's policy), and framed only by pages of its
// own site (a clinic narrows 'self' to its own page's origin: README, "Deploying").
export const CSP_DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types default',
  "frame-ancestors 'self'",
];
export const CSP = CSP_DIRECTIVES.join('; ');

// The same policy in index.html's <meta>, for hosts that send no header: all but
// frame-ancestors, which a <meta> cannot set, and the directives that only say what their
// fallback says (worker-src: script-src's 'self'; object-src: default-src's 'none') or less
// (manifest-src: the aid has no manifest). Every byte of index.html is in a first visit.
const FALLBACKS = ['frame-ancestors', 'worker-src', 'object-src', 'manifest-src'];
export const META_CSP = CSP_DIRECTIVES.filter((d) => !FALLBACKS.includes(d.split(' ')[0])).join('; ');

// The other headers of the aid's files (README, "Deploying"): no MIME sniffing, no referrer,
// and a page that opened the aid's tab keeps no handle on it.
export const HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};
