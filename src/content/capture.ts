// The sanitised page capture for the user's help desk: a script the popup injects into the
// active tab when the user clicks "Save this page for support" (see
// src/core/support/injection.ts), so it is neither a content script nor a file web pages can
// reach. It runs in the extension's isolated world, never the page's, and only leaves a
// function there for the popup's next call to run.
import { capturePage, type Capture } from '../core/support/capture';
import { CAPTURE_FUNCTION } from '../core/support/injection';

(globalThis as unknown as Record<string, () => Capture>)[CAPTURE_FUNCTION] = () => capturePage(document, location.href);
