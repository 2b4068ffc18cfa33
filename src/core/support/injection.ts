// How the popup reaches the page capture: it injects the capture's script into the active tab
// (scripting.executeScript, on the user's click and only then), which leaves one
// function in the extension's isolated world; a second call runs it and returns the copy.
// Shared by the injected script (src/content/capture.ts) and the popup (src/popup/support.ts).

/** The injected script, as built (build.mjs, INJECTED_SCRIPTS). */
export const CAPTURE_SCRIPT = 'capture.js';

/** The function it leaves, by name, in the extension's isolated world (the page cannot see it). */
export const CAPTURE_FUNCTION = 'cmecfLinkGuideCapturePage';
