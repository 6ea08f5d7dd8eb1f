// Browser plumbing for the app's Rust side (src/exchange.rs), where it is naturally
// JavaScript: saving a file, reading a chosen file, and loading the exchange module on
// demand. Nothing here sends anything anywhere: files are made and read in the browser.

// Trusted Types. The aid's own page may be served with require-trusted-types-for 'script'
// (README): the browser then refuses a plain string as innerHTML, which is how Yew writes the
// app's static markup (src/raw.rs). A default policy (Yew has no hook for a named one) lets
// through exactly the markup the app made (`trust`, called before Yew inserts it) and the
// service worker's address, nothing else. Only on the aid's own page (index.html marks its
// element data-page): a clinic's page keeps its own policies.
const made = new Set();

/** The app made this markup (src/raw.rs): the policy lets it through. */
export function trust(markup) {
  made.add(markup);
}

if (globalThis.trustedTypes && !trustedTypes.defaultPolicy && document.querySelector('#calcinosis-aid[data-page]')) {
  trustedTypes.createPolicy('default', {
    createHTML: (markup) => (made.has(markup) ? markup : null),
    createScriptURL: (url) => (url === new URL('sw.js', document.baseURI).href ? url : null),
  });
}

// The exchange module (src/bin/calcinosis-exchange.rs): the JSON reader and the FHIR
// export, loaded from the app's own folder the first time they are needed.
let module;

function loadExchange(base) {
  module ??= import(new URL('calcinosis-exchange.js', base).href).then(async (m) => {
    await m.default({ module_or_path: new URL('calcinosis-exchange_bg.wasm', base) });
    return m;
  });
  // After a failure (offline, say) the next request tries again.
  module.catch(() => {
    module = undefined;
  });
  return module;
}

/** Runs `op` in the exchange module (loaded from the folder `base`, the page's address when
 * empty); `done([kind, detail])`, `kind` null on success and "failed" when the module
 * could not be loaded. */
export function exchange(op, text, lang, authored, base, done) {
  loadExchange(base || document.baseURI).then(
    (m) => done(m.exchange(op, text, lang, authored)),
    () => done(['failed', '']),
  );
}

/** Fetches the texts of `lang` (`en.pack`, `es.pack`, src/texts.rs) from the folder `base` (the
 * page's address when empty): `done(bytes)`, or `done(undefined)` when they could not be
 * fetched. */
export function loadPack(lang, base, done) {
  const url = new URL(`${lang}.pack`, base || document.baseURI);
  fetch(url)
    .then((response) => (response.ok ? response.arrayBuffer() : Promise.reject(response.status)))
    .then(
      (bytes) => {
        done(new Uint8Array(bytes));
        // Fetched before the service worker took over (a first visit): once it has, again,
        // so that it keeps the file and the aid speaks offline too.
        const workers = navigator.serviceWorker;
        if (workers && !workers.controller && document.querySelector('#calcinosis-aid[data-page]')) {
          workers.addEventListener('controllerchange', () => fetch(url).then((r) => r.arrayBuffer()).catch(() => {}), {
            once: true,
          });
        }
      },
      () => done(undefined),
    );
}

let warmed = false;

/** Fetches the exchange module's files without running them, once, so that the service
 * worker keeps them: after that, resuming kept answers and making files work offline too. */
export function warm(base) {
  if (warmed) return;
  warmed = true;
  for (const file of ['calcinosis-exchange.js', 'calcinosis-exchange_bg.wasm']) {
    fetch(new URL(file, base || document.baseURI))
      .then((response) => response.arrayBuffer())
      .catch(() => {
        warmed = false;
      });
  }
}

/** Saves `text` as a file named `name`, made in the browser (nothing is uploaded). */
export function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Reads the file chosen in `input` as text: `done(text, size)`, or `done(undefined,
 * size)` without reading it when it is larger than `max` bytes, or `done(undefined, -1)`
 * when it cannot be read. Clears the input so that the same file can be chosen again. */
export function readFile(input, max, done) {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  if (file.size > max) {
    done(undefined, file.size);
    return;
  }
  file.text().then(
    (text) => done(text, file.size),
    () => done(undefined, -1),
  );
}

// The browser's history on the aid's own page (src/components/page.rs): each screen is an
// entry whose state is the step only ("calcinosis-aid:labs"), never an answer. Back and
// Forward enter the step into the app's hidden field for it, as an input event (no
// callback to keep across the boundary).
const STEP = 'calcinosis-aid:';
let unsaved = false;

addEventListener('popstate', (e) => {
  const field = document.getElementById('calcinosis-aid')?.shadowRoot?.getElementById('history-step');
  if (field && typeof e.state === 'string' && e.state.startsWith(STEP)) {
    field.value = e.state.slice(STEP.length);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
});
addEventListener('beforeunload', (e) => {
  if (unsaved) {
    e.preventDefault();
    e.returnValue = '';
  }
});

/** The screen shown is `step` (a history entry: the first replaces the page's own, each
 * later one is new), and whether leaving would lose answers (then the browser asks first). */
export function screen(step, unsavedNow) {
  unsaved = unsavedNow;
  const state = STEP + step;
  const current = history.state;
  if (current === state) return;
  if (typeof current === 'string' && current.startsWith(STEP)) history.pushState(state, '');
  else history.replaceState(state, '');
}
