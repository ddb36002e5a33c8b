// The flags Puljestyr starts headless Chromium with, for its PDFs (chromium.ts) and for the tests that
// drive the renderer (tests/support/chromium.ts): one list, with no imports, so that Playwright's
// config can load it too.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]
