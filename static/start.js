// Starts Calcinosis Aid: loads the wasm-bindgen glue and the WebAssembly module.
// It lives in its own file, not inline in index.html, so that the page can run under a
// Content-Security-Policy with script-src 'self' 'wasm-unsafe-eval' and no 'unsafe-inline'.
import init from './calcinosis-aid.js';

const wasm = new URL('calcinosis-aid_bg.wasm', import.meta.url);

init({ module_or_path: wasm }).catch((error) => {
  console.error('Calcinosis Aid could not start:', error);
  // The wasm could not load or start: say so plainly instead of "Loading…" forever.
  const root = document.getElementById('calcinosis-aid');
  if (root) {
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent =
      'Calcinosis Aid could not start. It needs a browser with JavaScript and ' +
      'WebAssembly turned on. Please reload the page or try another browser.';
    root.replaceChildren(message);
  }
});

// After one visit the app works offline: the service worker (sw.js) keeps its files.
// Registered once the page has loaded, so that it never competes with the app's start.
if ('serviceWorker' in navigator) {
  const register = () =>
    navigator.serviceWorker.register(new URL('sw.js', import.meta.url)).catch(() => {
      // No service worker (blocked, or an insecure origin): the app works, only not offline.
    });
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
