// Calcinosis Aid's settings, for start.js: checks each value a page sets (data-<name> on the
// mount element, or ?<name>= in the address of the aid's own page), warns about and drops
// the bad ones, and applies the theme. Loaded only when a page sets anything: the aid's own
// page opened without a query never fetches it.
//
// (The build deletes comment lines from the copy in dist/.)

const warn = (text) => console.warn(`Calcinosis Aid: ${text}`);

// Settings: data-<name> on the mount element, or ?<name>= in the address of the aid's own
// page. Each check returns true, or a string saying what is wrong with the value.
const COLOUR = (v) => /^#([0-9a-f]{3}){1,2}$/i.test(v) || 'use #rgb or #rrggbb';
const CHECKS = {
  lang: (v) => /^(en|es)$/i.test(v) || 'use en or es',
  // No control characters, and none that changes the direction of the text around it (a
  // right-to-left override would show the phone reversed).
  'clinic-name': (v) =>
    /^[^\0-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]{1,80}$/.test(v.trim()) ||
    'use 1 to 80 characters, no control characters',
  'clinic-phone': (v) =>
    (/^[\d +\-().]{3,30}$/.test(v) && /\d.*\d.*\d/.test(v)) ||
    'use digits, spaces and + - ( ) ., 30 at most',
  'hide-intro': (v) => /^(|true|false)$/.test(v) || 'use true or false',
  // On a clinic's page "Keep my answers" is offered only when the clinic opts in: whatever
  // is kept there, every script of that page can read.
  keep: (v) => /^(|true|false)$/.test(v) || 'use true or false',
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
};

/** The settings that pass their check (attributes win over the address); warns of others.
 * `framed`: the aid is in a frame of a page of its own site (start.js, parentOrigin). */
function readSettings(host, ownPage, framed) {
  const given = [];
  // The address counts only on the aid's own page: a clinic's page keeps its own.
  if (ownPage) {
    for (const [name, value] of new URLSearchParams(location.search)) {
      // A phone in an address could be anyone's: only a page of the aid's own site that frames
      // it may set the clinic, and only attributes may load code (base, keep).
      if (name === 'base' || name === 'keep' || (name.startsWith('clinic-') && !framed)) {
        warn(`?${name} ignored: set it as an attribute${name[0] === 'c' ? ', or frame the aid from this site' : ''}`);
      } else given.push([name, value, `?${name}`]);
    }
  }
  for (const { name, value } of host.attributes) {
    // (data-base: read by start.js.)
    if (name.startsWith('data-') && name !== 'data-page' && name !== 'data-base') given.push([name.slice(5), value, name]);
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
 * The settings `host`'s page sets, checked (see readSettings), with the theme applied to
 * `themed` as --cai-* custom properties.
 */
export function settings(host, ownPage, framed, themed) {
  const s = readSettings(host, ownPage, framed);
  for (const [name, value] of Object.entries(theme(s))) themed.style.setProperty(name, value);
  return s;
}
