// The coach mark's CSS, inside its shadow root: court CSS cannot reach it, and it cannot
// leak onto the court page. Installed fonts only (no network), and as few faces as possible:
// each face a page's first layout has not used yet costs it a font lookup (up to 7 ms each,
// measured). Arial is on Windows and macOS, Liberation Sans stands in for it on Linux, and
// the court sites' own menus are set in it, so the callout mostly reuses what the page has
// loaded; one bold weight (700) serves every emphasis. Against system-ui with weights 600
// and 700: 3 lookups instead of 6 on the PACER login, 2.9 ms instead of 4.9, and the coach
// mark 1.9 ms sooner (25 new tabs each, alternating).
//
// Why, rule by rule (the build minifies the string, so notes could sit in it, but read better here):
// - `.outline::after`: a wider halo shows as the guide points and goes 0.4 s later, in one step
//   (step-end), then the outline holds still: a page left open costs nothing. Not a fade: a
//   fade draws a frame of the court page every 16 ms while it runs (a 1 s fade cost the page
//   7 ms of main thread in a 5 s idle sample, measured headless); one step draws one.
// - `.outline.candidate`: links the guide is unsure about are outlined dashed and still, never pulsing.
export const OVERLAY_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.outline {
  position: fixed; pointer-events: none; border: 3px solid #c2410c; border-radius: 6px;
  box-shadow: 0 0 0 4px rgba(251, 191, 36, .55);
}
.outline::after {
  content: ""; position: absolute; inset: -7px; border-radius: 10px; pointer-events: none;
  box-shadow: 0 0 0 6px rgba(251, 191, 36, .35); opacity: 0;
  animation: halo .4s step-end 1;
}
@keyframes halo { from { opacity: 1; } }
.callout {
  position: fixed; width: min(360px, calc(100vw - 16px)); max-height: calc(100vh - 16px); overflow: auto;
  background: #fff; color: #1f2937; border: 1px solid #9ca3af; border-left: 6px solid #012967; border-radius: 8px;
  box-shadow: 0 8px 28px rgba(0, 0, 0, .28); padding: 12px 14px 10px; pointer-events: auto;
  font: 14px/1.45 Arial, sans-serif; text-align: left;
}
.callout.error { border-left-color: #b91c1c; }
.callout.success { border-left-color: #15803d; }
.callout.info { border-left-color: #6b7280; }
.callout.unsure { border-left-color: #b45309; }
.outline.candidate { border-style: dashed; border-width: 2px; box-shadow: none; }
.outline.candidate::after { display: none; }
.callout:focus { outline: 3px solid #2563eb; outline-offset: 2px; }
.head { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-bottom: 4px; }
.step-label { font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; color: #4b5563; }
.title { font-size: 16px; font-weight: 700; margin: 0 0 4px; color: #111827; }
.success .title { color: #166534; }
.error .title { color: #991b1b; }
.why { margin: 0 0 6px; }
ul.warnings { margin: 6px 0; padding-left: 18px; }
ul.warnings li { margin: 2px 0; }
.typed { margin: 6px 0; padding: 6px 8px; background: #fef2f2; border: 1px solid #fca5a5; border-radius: 4px; color: #991b1b; font-weight: 700; }
.accounts { margin: 6px 0; padding: 6px 8px; background: #eff6ff; border-radius: 4px; }
.accounts p { margin: 0; }
.support { margin: 6px 0; font-weight: 700; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
button {
  font: inherit; font-size: 13px; padding: 4px 10px; border-radius: 5px; border: 1px solid #6b7280;
  background: #f9fafb; color: #111827; cursor: pointer;
}
button:hover { background: #e5e7eb; }
button:focus-visible { outline: 3px solid #2563eb; outline-offset: 1px; }
button.primary { background: #15803d; border-color: #15803d; color: #fff; font-size: 15px; font-weight: 700; padding: 7px 14px; }
button.primary:hover { background: #166534; }
button.close { border: none; background: transparent; font-size: 18px; line-height: 1; padding: 2px 6px; }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
@media (prefers-reduced-motion: reduce) {
  .outline::after { animation: none; }
}
@media (prefers-color-scheme: dark) {
  .callout { background: #1f2937; color: #e5e7eb; border-color: #4b5563; }
  .title { color: #f9fafb; } .step-label { color: #9ca3af; }
  .success .title { color: #86efac; } .error .title { color: #fca5a5; }
  .accounts { background: #1e3a8a; } .typed { background: #450a0a; color: #fecaca; border-color: #991b1b; }
  button { background: #374151; color: #f9fafb; border-color: #6b7280; } button:hover { background: #4b5563; }
}
@media (forced-colors: active) {
  .outline { border-color: Highlight; box-shadow: none; forced-color-adjust: none; }
  .outline::after { display: none; animation: none; }
  .callout { background: Canvas; color: CanvasText; border: 2px solid CanvasText; box-shadow: none; }
  .title, .step-label, .success .title, .error .title { color: CanvasText; }
  .typed, .accounts { background: Canvas; color: CanvasText; border: 1px solid CanvasText; }
  button, button.primary { background: ButtonFace; color: ButtonText; border: 1px solid ButtonText; }
}
`;
