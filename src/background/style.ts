// The coach mark's stylesheet (src/overlay/guide.css, minified by the build), read from the
// package once per background lifetime and sent with the guide's first answer on each page.
import browser from 'webextension-polyfill';

let style: Promise<string> | null = null;

export function guideStyle(): Promise<string> {
  style ??= fetch(browser.runtime.getURL('guide.css')).then((response) => response.text());
  // A failed read is tried again next time (the callout then shows unstyled, never not at all).
  style.catch(() => {
    style = null;
  });
  return style.catch(() => '');
}
