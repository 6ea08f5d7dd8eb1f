// Starts Calcinosis Aid: has the page's settings checked (settings.js), gives the app a shadow root,
// loads the wasm-bindgen glue and the WebAssembly module, and mounts the app.
//
// One path for every page: the aid's own page (index.html, in a tab or an iframe) and a
// clinic's page with <div id="calcinosis-aid"> and this file in one script tag. The shadow
// root keeps the page's styles out of the aid and the aid's out of the page. A file, not
// inline script, so that pages can run under script-src 'self' 'wasm-unsafe-eval'.
// Nothing here reads, logs or posts an answer: all that leaves the page is the aid's
// height, rounded, posted to the page that frames it when that page is of the aid's own site.
//
// (The build deletes comment lines from the copy in dist/.)

const ID = 'calcinosis-aid';
// The modules the glue imports (its snippets), written here by scripts/post-build: fetched
// with the glue, not after it. (index.html preloads them itself on the aid's own page.)
const SNIPPETS = [];
// The source of this very build, "<commit>[+] <KB>" ("+": with local changes), written here
// by scripts/post-build beside calcinosis-aid-source.tar.gz; empty without (About then shows
// no link, src/config.rs).
const SOURCE = '';
const warn = (text) => console.warn(`Calcinosis Aid: ${text}`);
// The key of answers kept on this device (localStorage) or for this tab (sessionStorage)
// (src/keep.rs).
const KEPT = 'calcinosis-aid';
// What the page says before the app (and its catalog) has started, or when it cannot start,
// in the aid's other language; index.html has the English. These are the texts of
// engine/src/text/page.rs: a native test fails when they differ.
const TEXTS = {
  en: {
    failed:
      'Calcinosis Aid could not start. It needs a browser with JavaScript and WebAssembly turned on. Please reload the page or try another browser.',
  },
  es: {
    loading: 'Cargando…',
    description:
      'Una herramienta privada que le ayuda a preparar la consulta médica por una calcinosis, bultos duros de calcio debajo de la piel. Todo se queda en su navegador.',
    failed:
      'Calcinosis Aid no pudo empezar. Necesita un navegador con JavaScript y WebAssembly activados. Vuelva a cargar la página o pruebe con otro navegador.',
  },
};

/**
 * The origin of the page that frames the aid when that page is of the aid's own site (it may
 * set the clinic and gets the height); null at the top, or in another site's frame, whose
 * origin the aid does not trust (frame-ancestors should keep such frames out anyway).
 */
function parentOrigin() {
  try {
    return window.parent !== window && window.parent.location.origin === location.origin ? location.origin : null;
  } catch {
    return null;
  }
}

/** Whether `v` names a folder of this site (http or https): true, or what is wrong. */
const siteFolder = (v) => {
  try {
    const url = new URL(v, document.baseURI);
    return (url.origin === location.origin && /^https?:$/.test(url.protocol)) || 'use a folder of this site';
  } catch {
    return 'use a folder of this site';
  }
};

/**
 * The app's root element, inside the shadow root of `host`: index.html declares one with
 * the first screens as static HTML; a clinic's page gets a new one. `first`: show those
 * (the aid starts in English at its intro), else the loading text. Returns the root, and
 * the function that ends the static screens' own behaviour when they are shown (called
 * when the app takes over), else null.
 */
function shadowMount(host, base, first) {
  const declared = host.shadowRoot;
  // Closed on a clinic's page: the page's scripts cannot reach the aid through
  // host.shadowRoot (a script that replaces attachShadow before this runs still can: the
  // README says so). The aid's own page declares an open one: no other script runs there.
  const shadow = declared ?? host.attachShadow({ mode: 'closed' });
  const style = declared?.querySelector('link') ?? document.createElement('link');
  style.rel = 'stylesheet';
  style.href = new URL('main.css', base);
  // The browser's default font size is the stylesheet's unit (rem would follow the page's
  // html { font-size }), measured with the initial font so the page's cannot sway it.
  const probe = shadow.appendChild(document.createElement('i'));
  probe.style.setProperty('all', 'initial');
  probe.style.setProperty('font-size', 'medium');
  const root = declared?.querySelector('.aid') ?? document.createElement('div');
  root.className = 'aid';
  root.style.setProperty('--r', getComputedStyle(probe).fontSize);
  probe.remove();
  declared?.querySelector('slot')?.remove();
  const stop = first ? staticScreens(root) : null;
  // What the page shows until the app starts ("Loading…") moves inside, or, beside the
  // static screens, goes.
  if (stop) host.replaceChildren();
  else root.replaceChildren(...host.childNodes);
  // Shown once styled (the sheet is in the cache: main.css is in the page's head).
  const show = () => root.removeAttribute('hidden');
  if (!stop || style.sheet) show();
  else {
    style.addEventListener('load', show, { once: true });
    style.addEventListener('error', show, { once: true });
  }
  if (!declared) shadow.append(style, root);
  // Links to #id: the document cannot see ids in a shadow root, and a clinic's address
  // must not change. Move the focus instead.
  shadow.addEventListener('click', (event) => {
    const link = event.target.closest?.('a[href^="#"]');
    if (!link || event.defaultPrevented) return;
    event.preventDefault();
    shadow.getElementById(link.hash.slice(1))?.focus();
  });
  return { root, stop };
}

/**
 * The static first screens (static/first-screens.html, rendered from the app): the intro,
 * and the first questions in a template. Start shows the questions, Back the intro again,
 * Next is noted; `data-screen` says which is shown (the app opens there, src/lib.rs).
 * What cannot work before the app (the language switch, the section links, the footer) is
 * inert. Returns the function that ends this, or null when the screens are not there.
 */
function staticScreens(root) {
  const template = root.querySelector('template[data-screen="person"]');
  if (!template) return null;
  template.remove();
  const screens = { intro: [...root.childNodes], person: [...template.content.childNodes] };
  const shown = (name) => {
    root.replaceChildren(...screens[name]);
    root.dataset.screen = name;
    for (const part of root.querySelectorAll('.lang-switch, .progress, footer')) part.inert = true;
  };
  shown('intro');
  let next = false;
  const ended = new AbortController();
  root.addEventListener(
    'click',
    (event) => {
      const button = event.target.closest?.('button');
      if (!button) return;
      if (button.matches('.intro .actions .primary')) {
        shown('person');
        root.querySelector('#screen-heading')?.focus();
      } else if (button.matches('.nav-buttons .secondary')) {
        shown('intro');
        root.querySelector('.intro .actions .primary')?.focus();
      } else if (button.matches('.nav-buttons .primary')) {
        next = true;
        button.setAttribute('aria-busy', 'true');
      }
    },
    { signal: ended.signal },
  );
  // Ends this, before the app mounts; returns what to do once it has rendered: enter what
  // was answered on the static questions into the app's own fields, through the events a
  // person's input fires (the app reads them as it reads typing), then give the focus back,
  // or press Next.
  return () => {
    ended.abort();
    if (root.dataset.screen !== 'person') return null;
    const entered = [...root.querySelectorAll('select, input')].filter((field) =>
      field.type === 'radio' || field.type === 'checkbox'
        ? field.checked
        : field.value !== (field.tagName === 'SELECT' ? field.querySelector('[selected]')?.value : ''),
    );
    const focused = root.getRootNode().activeElement?.id;
    return () => {
      const find = (id) => root.querySelector(`#${CSS.escape(id)}`);
      for (const field of entered) {
        const own = find(field.id);
        if (!own) continue;
        if (field.type === 'radio' || field.type === 'checkbox') {
          if (!own.checked) own.click();
        } else {
          own.value = field.value;
          own.dispatchEvent(new Event(field.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
        }
      }
      if (next) root.querySelector('.nav-buttons .primary')?.click();
      else if (focused) find(focused)?.focus();
    };
  };
}

/**
 * Whether the aid opens at its English intro, as the static first screen shows it: English
 * (the setting, else the browser's language as src/components/page.rs reads it, English
 * when neither is one the aid has), the intro not hidden, and no answers kept on this
 * device or for this tab (the app then opens where the person was).
 */
function opensAtEnglishIntro(s) {
  if (language(s) === 'es' || hidesIntro(s)) return false;
  try {
    return localStorage.getItem(KEPT) === null && sessionStorage.getItem(KEPT) === null;
  } catch {
    return true;
  }
}

/**
 * The language of the answers kept on this device, else for this tab, as src/keep.rs reads
 * them first (the app resumes in it): undefined when none are kept, or they do not say one
 * the aid has. Only to fetch the right texts early; the app reads the answers itself.
 */
function keptLanguage() {
  try {
    const kept = localStorage.getItem(KEPT) ?? sessionStorage.getItem(KEPT);
    const code = String(JSON.parse(kept)?.lang ?? '').toLowerCase();
    return code.startsWith('es') ? 'es' : code.startsWith('en') ? 'en' : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The language the aid starts in, as src/lib.rs chooses it: the setting, else the browser's
 * language, English when neither is one the aid has.
 */
const language = (s) => ((s.lang ?? navigator.language ?? '').toLowerCase().startsWith('es') ? 'es' : 'en');

/** Whether the settings hide the intro (hide-intro="" or "true"). */
const hidesIntro = (s) => s['hide-intro'] !== undefined && s['hide-intro'] !== 'false';

/**
 * The height posted for `height` px: rounded up to a multiple of an eighth of its power of
 * two (at most 1/8 more, at least 64 px), so that a line shown for some answers shows in
 * the height only when it crosses a step (and only a page of the aid's own site gets it).
 */
const rounded = (height) => {
  const step = 2 ** Math.max(6, Math.floor(Math.log2(Math.max(height, 1))) - 3);
  return Math.ceil(height / step) * step;
};

/** In an iframe on a page of `origin`: tell it the aid's height (embed.js sets the frame's). */
function postHeight(origin) {
  let last = 0;
  const post = (again) => {
    const height = rounded(Math.ceil(document.documentElement.getBoundingClientRect().height));
    if (height !== last || again) window.parent.postMessage({ type: 'calcinosis-aid:height', height }, origin);
    last = height;
  };
  new ResizeObserver(() => post(false)).observe(document.documentElement);
  addEventListener(
    'message',
    (e) => e.source === window.parent && e.origin === origin && e.data?.type === 'calcinosis-aid:ping' && post(true),
  );
}

/**
 * The folder the aid's files come from: `data-base` on the script element that loads this
 * file (any folder of this site), or on the mount element (only the folder of this file or
 * one below it: markup slipped into a page cannot point start.js at an uploaded file), else
 * the folder of this file. Null when both say where (which one did the clinic write?).
 */
function baseFolder(host) {
  const here = new URL('./', import.meta.url);
  const script = [...document.querySelectorAll('script[src]')].find((s) => s.src === import.meta.url);
  const given = [
    [script, false],
    [host, true],
  ].filter(([element]) => element?.hasAttribute('data-base'));
  if (given.length > 1) return null;
  if (!given.length) return here;
  const [[element, below]] = given;
  const value = element.getAttribute('data-base').trim();
  const ok = siteFolder(value);
  const url = ok === true && new URL(value.replace(/\/?$/, '/'), document.baseURI);
  if (url && (!below || url.href.startsWith(here.href))) return url;
  warn(`data-base="${value.slice(0, 40)}" ignored: ${below ? 'on the element, only start.js\'s folder or below' : ok}`);
  return here;
}

async function start() {
  // Exactly one element to mount in: a second one (markup slipped into the page ahead of the
  // clinic's, say) would decide where the aid is and where its code comes from.
  const hosts = document.querySelectorAll(`[id="${ID}"]`);
  if (hosts.length > 1) {
    console.error(`Calcinosis Aid did not start: ${hosts.length} elements with id="${ID}"`);
    return;
  }
  let host = hosts[0];
  if (!host) {
    warn(`no element with id="${ID}": adding one at the end of the page`);
    host = document.body.appendChild(document.createElement('div'));
    host.id = ID;
  }
  // index.html marks its element: the aid's own page, in a tab or an iframe.
  const ownPage = host.hasAttribute('data-page');
  const base = baseFolder(host);
  if (!base) {
    console.error('Calcinosis Aid did not start: data-base is set twice');
    return;
  }
  const parent = ownPage && parentOrigin();
  if (parent) postHeight(parent);
  // The settings (the address of the aid's own page, data-* on a clinic's) are checked by
  // settings.js, fetched only when the page sets any: the aid's own page opened without a
  // query never waits for it. On its own page the theme colours the whole page; on a
  // clinic's, the aid only.
  const given = ownPage ? location.search.length > 1 : [...host.attributes].some((a) => /^data-(?!base$)/.test(a.name));
  const themed = ownPage ? document.documentElement : host;
  const load = given
    ? import(new URL('settings.js', base)).then((m) => m.settings(host, ownPage, Boolean(parent), themed))
    : Promise.resolve({});
  // (A failure shows below, once the root is there.)
  const early = ownPage && given ? await load.catch(() => ({})) : {};
  const lang = keptLanguage() ?? language(early);
  // The aid's own page, starting in Spanish: its words and its language until the app takes
  // over (the loading text, the description, lang).
  if (ownPage && lang !== 'en') {
    document.documentElement.lang = lang;
    document.querySelector('meta[name="description"]')?.setAttribute('content', TEXTS[lang].description);
    const loading = host.querySelector(':scope > p');
    if (loading) loading.textContent = TEXTS[lang].loading;
  }
  // On the aid's own page, its texts (src/texts.rs) are on their way with the wasm, and
  // given to the app as it mounts: it then renders at once, in place of the static first
  // screens. (On a clinic's page, and if this fails, the app fetches them itself.)
  const packURL = new URL(`${lang}.pack`, base);
  const pack = ownPage
    ? fetch(packURL)
        .then((response) => (response.ok ? response.arrayBuffer() : undefined))
        .catch(() => undefined)
    : undefined;
  const { root, stop } = shadowMount(host, base, ownPage && opensAtEnglishIntro(early));
  // On a clinic's page the links go once the glue is in: the page's head is left as it was.
  const preloads = (ownPage ? [] : SNIPPETS).map((file) => {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(file, base);
    return document.head.appendChild(link);
  });
  try {
    const [glue, s, texts] = await Promise.all([
      import(new URL('calcinosis-aid.js', base)).finally(() => {
        for (const link of preloads) link.remove();
      }),
      load,
      pack,
    ]);
    await glue.default({ module_or_path: new URL('calcinosis-aid_bg.wasm', base) });
    // The settings the app reads (src/config.rs), on its root element.
    if (s.lang) root.lang = s.lang.toLowerCase();
    if (s['clinic-phone']) {
      root.dataset.clinicPhone = s['clinic-phone'];
      root.dataset.clinicName = s['clinic-name'] ?? '';
    }
    if (hidesIntro(s)) root.dataset.hideIntro = '';
    // Answers may be kept (localStorage) on the aid's own page, and on a clinic's only when
    // it opted in with data-keep (src/keep.rs).
    if (!ownPage && (s.keep === undefined || s.keep === 'false')) root.dataset.keepOff = '';
    if (!ownPage) root.dataset.embedded = '';
    // Where the exchange module is loaded from when it is needed (src/io.js).
    root.dataset.base = base.href;
    if (SOURCE) root.dataset.source = SOURCE;
    // Beside the static screens: first let the browser paint what the person just did there
    // (the app's start is one long task), then end them.
    if (stop) await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
    const then = stop?.();
    glue.mount(root, texts && new Uint8Array(texts));
    // The app renders in a microtask of its own, done before this timer.
    if (then) setTimeout(then);
  } catch (error) {
    console.error('Calcinosis Aid could not start:', error);
    // Say so plainly instead of "Loading…" forever.
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    // (On a clinic's page, in the language it set, if its settings could be read.)
    const said = ownPage ? lang : language(await load.catch(() => ({})));
    message.lang = said;
    message.textContent = TEXTS[said].failed;
    root.replaceChildren(message);
    return;
  }
  // After one visit the aid's own page works offline: the service worker (sw.js) keeps its
  // files. Registered once the page has loaded, so that it never competes with the start,
  // and never from a clinic's page (the clinic's site is theirs to cache or not).
  if (ownPage && 'serviceWorker' in navigator) {
    const register = () =>
      navigator.serviceWorker.register(new URL('sw.js', base)).catch(() => {
        // No service worker (blocked, or an insecure origin): the aid works, only not offline.
      });
    // The texts were fetched before the worker took over (a first visit): once it has,
    // again, so that it keeps them and the aid speaks offline too.
    if (!navigator.serviceWorker.controller) {
      const again = () => fetch(packURL).then((response) => response.arrayBuffer()).catch(() => {});
      navigator.serviceWorker.addEventListener('controllerchange', again, { once: true });
    }
    if (document.readyState === 'complete') register();
    else addEventListener('load', register, { once: true });
  }
}

start().catch((error) => console.error('Calcinosis Aid could not start:', error));
