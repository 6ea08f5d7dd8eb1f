// Calcinosis Aid, the host page's side of an iframe embed: every <iframe data-calcinosis-aid>
// gets the height of the aid inside it, so that the page scrolls and the frame never does.
// The aid posts its height (rounded) and nothing else, never an answer, and only to a page
// of its own site; a message counts only when it comes from the window of such a frame and
// from the origin of the frame's address. Include it with
//   <script src="/calcinosis-aid/embed.js" defer></script>
// (a file, not inline script: it works under script-src 'self').
(() => {
  const frames = () => document.querySelectorAll('iframe[data-calcinosis-aid]');
  const origin = (frame) => new URL(frame.src, location.href).origin;
  addEventListener('message', (event) => {
    if (event.data?.type !== 'calcinosis-aid:height') return;
    const height = Math.ceil(Number(event.data.height));
    if (!(height > 0 && height < 100000)) return;
    for (const frame of frames()) {
      if (frame.contentWindow !== event.source || origin(frame) !== event.origin) continue;
      // The browser's default inset border, unless the page styles the frame itself.
      if (getComputedStyle(frame).borderTopStyle === 'inset') frame.style.border = '0';
      frame.style.height = `${height}px`;
    }
  });
  // Frames that started before this script ran: ask them again.
  for (const frame of frames()) {
    try {
      frame.contentWindow?.postMessage({ type: 'calcinosis-aid:ping' }, origin(frame));
    } catch {
      // A frame without an http(s) address: nothing to ask.
    }
  }
})();
