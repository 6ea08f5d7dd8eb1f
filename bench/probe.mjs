// The code the benchmark injects into every page before the page's own scripts run (with
// Playwright's addInitScript, through the DevTools protocol, so a page's CSP does not
// apply to it). It is one function, serialised: it must not use anything from this module.
//
// It records, in the page's own clock (performance.now(), 0 = navigation start):
//   startInteractive  ours only: the Start button is rendered, visible and hit-testable;
//                     the probe clicks it at once (the first question is behind it)
//   firstQuestion     the first choice question's first option ("Female", the radio of the
//                     Sex question on the first screen beside Age) is visible, enabled and
//                     hit-testable (a tap there would reach it), and that frame is painted
// and, for each trusted click on an answer, from the click event's timestamp (the time
// the browser received the input):
//   work              until the task that handled the click and its microtasks are done
//   paint             until the first frame after that is rendered (the rendering update
//                     of the next frame has run): "input to next paint", as INP measures it
//   reveal            for the one answer that opens a follow-up question (cfg.reveal): until
//                     the follow-up's first option is visible, hit-testable and painted
// It also gives the walk its next step: the first option of the first visible unanswered
// question, or the button that goes on.

export function probe(cfg) {
  const B = {
    cfg,
    marks: {},
    answers: [],
    pending: null,
  };
  window.__bench = B;
  const now = () => performance.now();

  // WebAssembly linear memory is not part of the JavaScript heap: keep a handle on every
  // Memory an instantiated module exports, to report its size after the walk.
  const memories = [];
  const keep = (fn) =>
    async function (...args) {
      const result = await fn.apply(this, args);
      const exports = (result.instance ?? result).exports ?? {};
      for (const value of Object.values(exports)) {
        if (value instanceof WebAssembly.Memory) memories.push(value);
      }
      return result;
    };
  WebAssembly.instantiateStreaming = keep(WebAssembly.instantiateStreaming);
  WebAssembly.instantiate = keep(WebAssembly.instantiate);
  B.wasmMemory = () => memories.reduce((sum, m) => sum + m.buffer.byteLength, 0);
  B.timing = () => {
    const nav = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      fcp: fcp ? fcp.startTime : null,
      domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
      load: nav?.loadEventEnd ?? null,
    };
  };

  // Ours renders in the open shadow root of #calcinosis-aid (README, "Embedding"): look
  // there too. The peers have no such element, so this costs them one lookup.
  const qsa = (selector) => {
    const shadow = document.getElementById('calcinosis-aid')?.shadowRoot;
    const found = [...document.querySelectorAll(selector)];
    return shadow ? found.concat([...shadow.querySelectorAll(selector)]) : found;
  };
  const labelOf = (input) => input.labels?.[0] ?? input.closest('label') ?? input;
  // Checked as the page shows it: the input's state, or (ng-zorro in LHC-Forms, which keeps
  // the native input unchecked) a "…-checked" class on its wrapper.
  const checkedClass = /(^|\s)[\w-]*-checked(\s|$)/;
  const isChecked = (input) =>
    input.checked ||
    input.getAttribute('aria-checked') === 'true' ||
    checkedClass.test(`${labelOf(input).className} ${input.parentElement?.className ?? ''}`);
  const textOf = (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

  function hittable(el) {
    if (!el || !el.isConnected) return false;
    if (el.disabled) return false;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return false;
    if (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true, opacityProperty: false })) {
      return false;
    }
    const x = r.left + Math.min(r.width / 2, 12);
    const y = r.top + r.height / 2;
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return true; // off screen: visible is all we can say
    const hit = (el.getRootNode().elementFromPoint ? el.getRootNode() : document).elementFromPoint(x, y);
    return !!hit && (hit === el || el.contains(hit) || hit.contains(el) || labelOf(hit) === el);
  }
  B.hittable = hittable;

  function firstOption() {
    for (const input of qsa('input[type=radio]')) {
      if (textOf(labelOf(input)) === cfg.firstOption && !input.disabled) return input;
    }
    return null;
  }

  function buttonNamed(names) {
    const buttons = [...qsa('button, input[type=button], input[type=submit]')];
    for (const name of names) {
      const b = buttons.find((x) => (x.value && x.tagName === 'INPUT' ? x.value : textOf(x)) === name);
      if (b && hittable(b)) return b;
    }
    return null;
  }

  // ---- Load: Start (ours), then the first question ----
  let loadDone = false;
  let resolveLoad;
  B.loaded = new Promise((r) => (resolveLoad = r));
  function check() {
    if (loadDone) return;
    if (cfg.start && B.marks.startInteractive === undefined) {
      const start = buttonNamed([cfg.start]);
      if (!start) return;
      B.marks.startInteractive = now();
      start.click();
      return;
    }
    const option = firstOption();
    if (option && hittable(labelOf(option))) {
      // Laid out and hit-testable now; on screen once this frame is painted.
      B.marks.firstQuestionLaidOut = now();
      loadDone = true;
      observer.disconnect();
      requestAnimationFrame(() => {
        const painted = new MessageChannel();
        painted.port1.onmessage = () => {
          B.marks.firstQuestion = now();
          resolveLoad(B.marks);
        };
        painted.port2.postMessage(0);
      });
    }
  }
  const observer = new MutationObserver(check);
  const frame = () => {
    check();
    if (!loadDone) requestAnimationFrame(frame);
  };
  // Installed only for the walk (Lighthouse's flow): no watching, nothing to perturb.
  if (cfg.watchLoad !== false) {
    observer.observe(document, { childList: true, subtree: true });
    requestAnimationFrame(frame);
  } else {
    loadDone = true;
  }

  // ---- Answers: input to next paint ----
  addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted || !B.pending || B.pending.t0 !== undefined) return;
      const rec = B.pending;
      rec.t0 = event.timeStamp;
      rec.result = {};
      let waiting = rec.reveal ? 2 : 1;
      const finish = () => {
        if (--waiting === 0) {
          rec.result.checked = !!rec.input && isChecked(rec.input);
          rec.resolve(rec.result);
        }
      };
      // After the frame now being rendered is painted (a message posted from its rAF).
      const afterPaint = (record) =>
        requestAnimationFrame(() => {
          const after = new MessageChannel();
          after.port1.onmessage = () => record(now() - rec.t0);
          after.port2.postMessage(0);
        });
      // The next frame's rAF runs once the click's task and its microtasks are done (the
      // app's handlers and synchronous re-render); a message posted from it runs once that
      // frame's style, layout and paint are done.
      requestAnimationFrame(() => {
        rec.result.work = now() - rec.t0;
        const after = new MessageChannel();
        after.port1.onmessage = () => {
          rec.result.paint = now() - rec.t0;
          finish();
        };
        after.port2.postMessage(0);
      });
      // An answer that opens a follow-up question: until the follow-up's first option is
      // visible and hit-testable, and painted (however the page defers it).
      if (rec.reveal) {
        const t0 = now();
        const look = () => {
          const follow = [...qsa('input[type=radio], input[type=checkbox]')].find(
            (i) => textOf(labelOf(i)) === cfg.reveal.follow,
          );
          if (follow && hittable(labelOf(follow))) {
            afterPaint((t) => {
              rec.result.reveal = t;
              finish();
            });
          } else if (now() - t0 > 10_000) {
            rec.result.reveal = null;
            finish();
          } else {
            requestAnimationFrame(look);
          }
        };
        requestAnimationFrame(look);
      }
    },
    true,
  );

  /** Arms the measurement of the next trusted click; resolves to its { work, paint }. */
  B.arm = (input, reveal = false) => {
    const rec = { input, reveal };
    rec.promise = new Promise((r) => (rec.resolve = r));
    B.pending = rec;
  };
  B.measured = async () => {
    const rec = B.pending;
    // A click that reached nothing of the page would leave this waiting: give up after 10 s.
    const result = await Promise.race([
      rec.promise,
      new Promise((r) => setTimeout(() => r({ checked: false, timedOut: true }), 10_000)),
    ]);
    B.pending = null;
    B.answers.push(result);
    return result;
  };
  /** The measured answer, then the walk's next step (one round trip instead of two). */
  B.measuredThenStep = async () => {
    const result = await B.measured();
    if (!result.checked) await B.stable();
    return { result, next: B.step() };
  };

  // ---- The walk ----
  const visible = (input) => hittable(labelOf(input)) || hittable(input);

  /** Groups the visible choice inputs by question, in document order. */
  function groups() {
    const map = new Map();
    for (const input of qsa('input[type=radio], input[type=checkbox]')) {
      const label = labelOf(input);
      const r = label.getBoundingClientRect();
      if (r.width < 1 || r.height < 1 || input.disabled) continue;
      if (label.checkVisibility && !label.checkVisibility({ visibilityProperty: true })) continue;
      // Radios share a name; checkboxes may not (SurveyJS names each one apart), so they
      // go by the question's container.
      const container = input.closest(
        'fieldset, [role=group], [role=radiogroup], nz-checkbox-group, lhc-item',
      );
      const key =
        (input.type === 'radio' ? input.name || container : container || input.name) ||
        input.parentElement?.parentElement;
      if (!map.has(key)) map.set(key, []);
      map.get(key).push(input);
    }
    // A lone checkbox ("Don't know" / "Not done" beside a number) is not a choice question.
    return [...map.values()].filter((g) => g.length > 1);
  }

  /** The walk's next step: { answer: {x, y} } | { next: {x, y}, key } | { done: true }. */
  B.step = () => {
    if (B.done()) return { done: true };
    for (const group of groups()) {
      if (group.some(isChecked)) continue;
      // The first option; but the option that opens the follow-up question (kidney
      // disease: on dialysis → how long on dialysis?) where there is one.
      const reveal = cfg.reveal && group.find((i) => textOf(labelOf(i)) === cfg.reveal.option);
      const input = reveal || group[0];
      const target = labelOf(input);
      target.scrollIntoView({ block: 'center', behavior: 'instant' });
      const r = target.getBoundingClientRect();
      B.arm(input, !!reveal);
      return {
        answer: { x: r.left + Math.min(r.width / 2, 12), y: r.top + r.height / 2 },
        name: textOf(target),
      };
    }
    const next = buttonNamed(cfg.next);
    if (next) {
      next.scrollIntoView({ block: 'center', behavior: 'instant' });
      const r = next.getBoundingClientRect();
      return { next: { x: r.left + r.width / 2, y: r.top + r.height / 2 }, key: B.screenKey() };
    }
    return { stuck: true, key: B.screenKey() };
  };

  B.screenKey = () => {
    if (cfg.app === 'surveyjs') return `${window.__survey?.currentPageNo}:${window.__survey?.state}`;
    const h = qsa('h2')[0] ?? qsa('h1')[0];
    return h ? textOf(h) : '';
  };

  B.done = () => {
    if (cfg.app === 'ours') {
      return [...qsa('h2')].some((h) => textOf(h) === cfg.summary);
    }
    if (cfg.app === 'surveyjs') return window.__survey?.state === 'completed';
    // LHC-Forms: one page; done when every visible question has an answer.
    return loadDone && groups().every((g) => g.some(isChecked));
  };

  B.visible = visible;

  /** Resolves once the layout has not moved for 3 frames in a row (at most `max` ms). */
  B.stable = (max = 5000) =>
    new Promise((resolve) => {
      const t0 = now();
      let last = '';
      let same = 0;
      const tick = () => {
        const g = groups()[0];
        const r = g ? labelOf(g[0]).getBoundingClientRect() : { top: 0, left: 0 };
        const sig = `${document.documentElement.scrollHeight}:${scrollY}:${r.top}:${r.left}:${g?.length}`;
        same = sig === last ? same + 1 : 0;
        last = sig;
        if (same >= 3 || now() - t0 > max) resolve(same >= 3);
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
}
