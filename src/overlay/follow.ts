// Keeps a callback informed of a target's box as the page scrolls (any scrolling container),
// resizes, or shifts its layout. Event-driven, batched per frame: no polling timers. The
// first box comes from the observers' first callbacks, which run after the browser's own
// layout: measuring at once would force the page's first layout inside the content script.
export function followElement(target: Element, onBox: (box: DOMRect | null) => void): () => void {
  let frame = 0;
  const measure = () => {
    frame = 0;
    onBox(target.isConnected ? target.getBoundingClientRect() : null);
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(measure);
  };
  // Capture catches scrolls of inner containers too; scroll events do not bubble.
  window.addEventListener('scroll', schedule, { capture: true, passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  // Resize observations arrive after layout, before paint: measure right there, in the same frame.
  const resizes = new ResizeObserver(() => {
    if (frame) cancelAnimationFrame(frame);
    measure();
  });
  resizes.observe(target);
  resizes.observe(document.documentElement);
  if (document.body) resizes.observe(document.body);
  return () => {
    if (frame) cancelAnimationFrame(frame);
    window.removeEventListener('scroll', schedule, { capture: true });
    window.removeEventListener('resize', schedule);
    resizes.disconnect();
  };
}
