// Starts Calcinosis Aid: reads and checks the page's settings, gives the app a shadow root,
// loads the wasm-bindgen glue and the WebAssembly module, and mounts the app.
//
// One path for every page: the aid's own page (index.html, in a tab or an iframe) and a
// clinic's page with <div id="calcinosis-aid"> and this file in one script tag. The shadow
// root keeps the page's styles out of the aid and the aid's out of the page. A file, not
// inline script, so that pages can run under script-src 'self' 'wasm-unsafe-eval'.
// Nothing here reads, logs or posts an answer: all that leaves the page is the aid's
// height, posted to the page that frames it.
//
// (The build deletes comment lines from the copy in dist/.)

const ID = 'calcinosis-aid';
// The modules the glue imports (its snippets), written here by scripts/post-build: fetched
// with the glue, not after it. (index.html preloads them itself on the aid's own page.)
const SNIPPETS = [];
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

// Settings: data-<name> on the mount element, or ?<name>= in the address of the aid's own
// page. Each check returns true, or a string saying what is wrong with the value.
const COLOUR = (v) => /^#([0-9a-f]{3}){1,2}$/i.test(v) || 'use #rgb or #rrggbb';
const CHECKS = {
  lang: (v) => /^(en|es)$/i.test(v) || 'use en or es',
  'clinic-name': (v) => /^[^\0-\x1f\x7f]{1,80}$/.test(v.trim()) || 'use 1 to 80 characters',
  'clinic-phone': (v) =>
    (/^[\d +\-().]{3,30}$/.test(v) && /\d.*\d.*\d/.test(v)) ||
    'use digits, spaces and + - ( ) ., 30 at most',
  'hide-intro': (v) => /^(|true|false)$/.test(v) || 'use true or false',
  'theme-primary': COLOUR,
  'theme-background': COLOUR,
  // Names of letters, digits and hyphens (words start with a letter), no CSS keyword: a
  // value CSS rejects would hand the aid the page's own font.
  'theme-font': (v) =>
    (v.length <= 120 &&
      /^[a-z][\w-]*( [a-z][\w-]*)*(, ?[a-z][\w-]*( [a-z][\w-]*)*)*$/i.test(v) &&
      !/\b(inherit|initial|unset|revert|default)\b/i.test(v)) ||
    'use family names, such as Georgia, serif',
  'theme-radius': (v) => (/^\d+(\.\d+)?(px)?$/.test(v) && parseFloat(v) <= 40) || 'use 0 to 40px',
  base: (v) => {
    try {
      const url = new URL(v, document.baseURI);
      return (url.origin === location.origin && /^https?:$/.test(url.protocol)) || 'use a folder of this site';
    } catch {
      return 'use a folder of this site';
    }
  },
};

/** The settings that pass their check (attributes win over the address); warns of others. */
function readSettings(host, ownPage) {
  const given = [];
  // The address counts only on the aid's own page: a clinic's page keeps its own.
  if (ownPage) {
    for (const [name, value] of new URLSearchParams(location.search)) {
      // A phone in an address could be anyone's: only a framing page may set the clinic
      // (narrow frame-ancestors to your site), and only attributes may load code (base).
      if (name === 'base' || (name.startsWith('clinic-') && window.parent === window)) {
        warn(`?${name} ignored: set it as an attribute${name === 'base' ? '' : ' or in an iframe'}`);
      } else given.push([name, value, `?${name}`]);
    }
  }
  for (const { name, value } of host.attributes) {
    if (name.startsWith('data-') && name !== 'data-page') given.push([name.slice(5), value, name]);
  }
  const settings = {};
  for (const [name, value, from] of given) {
    const ok = CHECKS[name]?.(value.trim()) ?? `unknown; known: ${Object.keys(CHECKS)}`;
    if (ok === true) settings[name] = value.trim();
    else warn(`${from}="${value.slice(0, 40)}" ignored: ${ok}`);
  }
  if (settings['clinic-name'] && !settings['clinic-phone']) warn('clinic-name ignored: needs clinic-phone');
  return settings;
}

// A theme colour counts only if text stays readable (WCAG AA, 4.5:1) on the light scheme.
const rgb = (hex) => {
  const n = hex.length === 4 ? hex.replace(/\w/g, '$&$&') : hex;
  return [1, 3, 5].map((i) => parseInt(n.slice(i, i + 2), 16));
};
const lum = (c) =>
  c.reduce((sum, v, i) => {
    const s = v / 255;
    return sum + [0.2126, 0.7152, 0.0722][i] * (s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4);
  }, 0);
const readable = (a, b) => (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05) >= 4.5;

/** The theme as --cai-* custom properties (styles/main.css uses them). */
function theme(s) {
  const out = {};
  let accent = rgb('#1a5b88');
  if (s['theme-primary']) {
    // White text on it (buttons); it as text on white and on its tint (selected options).
    const p = rgb(s['theme-primary']);
    const soft = p.map((v) => Math.round(v * 0.12 + 255 * 0.88));
    if (readable(p, [255, 255, 255]) && readable(p, soft)) {
      accent = p;
      out['--cai-primary'] = s['theme-primary'];
      out['--cai-primary-soft'] = `rgb(${soft})`;
    } else warn('theme-primary ignored: too little contrast with white');
  }
  if (s['theme-background']) {
    // The page's text, muted, alert and accent colours on it.
    const texts = ['#1c2226', '#4a545e', '#9b1c1c', '#7d4500', '#1d6437'].map(rgb);
    if ([...texts, accent].every((t) => readable(rgb(s['theme-background']), t))) {
      out['--cai-background'] = s['theme-background'];
    } else warn('theme-background ignored: too little contrast with the text');
  }
  if (s['theme-font']) out['--cai-font'] = s['theme-font'];
  if (s['theme-radius']) out['--cai-radius'] = `${parseFloat(s['theme-radius'])}px`;
  return out;
}

/**
 * The app's root element, inside the shadow root of `host`: index.html declares one with
 * the first screens as static HTML; a clinic's page gets a new one. `first`: show those
 * (the aid starts in English at its intro), else the loading text. Returns the root, and
 * the function that ends the static screens' own behaviour when they are shown (called
 * when the app takes over), else null.
 */
function shadowMount(host, base, first) {
  const declared = host.shadowRoot;
  const shadow = declared ?? host.attachShadow({ mode: 'open' });
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
 * The language the aid starts in, as src/lib.rs chooses it: the setting, else the browser's
 * language, English when neither is one the aid has.
 */
const language = (s) => ((s.lang ?? navigator.language ?? '').toLowerCase().startsWith('es') ? 'es' : 'en');

/** Whether the settings hide the intro (hide-intro="" or "true"). */
const hidesIntro = (s) => s['hide-intro'] !== undefined && s['hide-intro'] !== 'false';

/** In an iframe: tell the framing page the aid's height (embed.js sets the frame's). */
function postHeight() {
  const post = () =>
    window.parent.postMessage(
      { type: 'calcinosis-aid:height', height: Math.ceil(document.documentElement.getBoundingClientRect().height) },
      '*',
    );
  new ResizeObserver(post).observe(document.documentElement);
  addEventListener('message', (e) => e.source === window.parent && e.data?.type === 'calcinosis-aid:ping' && post());
}

async function start() {
  let host = document.getElementById(ID);
  if (!host) {
    warn(`no element with id="${ID}": adding one at the end of the page`);
    host = document.body.appendChild(document.createElement('div'));
    host.id = ID;
  }
  // index.html marks its element: the aid's own page, in a tab or an iframe.
  const ownPage = host.hasAttribute('data-page');
  const s = readSettings(host, ownPage);
  const base = new URL(s.base ? s.base.replace(/\/?$/, '/') : './', s.base ? document.baseURI : import.meta.url);
  // On its own page the theme colours the whole page; on a clinic's, the aid only.
  const themed = ownPage ? document.documentElement : host;
  for (const [name, value] of Object.entries(theme(s))) themed.style.setProperty(name, value);
  if (ownPage && window.parent !== window) postHeight();

  const lang = language(s);
  // The aid's own page, starting in Spanish: its words and its language until the app takes
  // over (the loading text, the description, lang).
  if (ownPage && lang !== 'en') {
    document.documentElement.lang = lang;
    document.querySelector('meta[name="description"]')?.setAttribute('content', TEXTS[lang].description);
    const loading = host.querySelector(':scope > p');
    if (loading) loading.textContent = TEXTS[lang].loading;
  }
  const { root, stop } = shadowMount(host, base, ownPage && opensAtEnglishIntro(s));
  // On a clinic's page the links go once the glue is in: the page's head is left as it was.
  const preloads = (ownPage ? [] : SNIPPETS).map((file) => {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(file, base);
    return document.head.appendChild(link);
  });
  try {
    const glue = await import(new URL('calcinosis-aid.js', base)).finally(() => {
      for (const link of preloads) link.remove();
    });
    await glue.default({ module_or_path: new URL('calcinosis-aid_bg.wasm', base) });
    // The settings the app reads (src/config.rs), on its root element.
    if (s.lang) root.lang = s.lang.toLowerCase();
    if (s['clinic-phone']) {
      root.dataset.clinicPhone = s['clinic-phone'];
      root.dataset.clinicName = s['clinic-name'] ?? '';
    }
    if (hidesIntro(s)) root.dataset.hideIntro = '';
    if (!ownPage) root.dataset.embedded = '';
    // Where the exchange module is loaded from when it is needed (src/io.js).
    root.dataset.base = base.href;
    // Beside the static screens: first let the browser paint what the person just did there
    // (the app's start is one long task), then end them.
    if (stop) await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
    const then = stop?.();
    glue.mount(root);
    // The app renders in a microtask of its own, done before this timer.
    if (then) setTimeout(then);
  } catch (error) {
    console.error('Calcinosis Aid could not start:', error);
    // Say so plainly instead of "Loading…" forever.
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.lang = lang;
    message.textContent = TEXTS[lang].failed;
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
    if (document.readyState === 'complete') register();
    else addEventListener('load', register, { once: true });
  }
}

start().catch((error) => console.error('Calcinosis Aid could not start:', error));
