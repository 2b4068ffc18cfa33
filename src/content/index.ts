// Runs on court pages only. Recognises the page, tells the background the enumerated facts,
// and watches for late content (menus built by script) without polling.
import browser from 'webextension-polyfill';
import { parseSite } from '../core/courts/hosts';
import { classify } from '../core/recognition/classify';
import type { Recognition } from '../core/recognition/types';
import type { PageMessage } from '../shared/messages';

function toMessage(recognition: Recognition): PageMessage {
  return {
    type: 'page',
    court: recognition.court?.id ?? null,
    next: recognition.next?.control ?? null,
    event: { page: recognition.page, filer: recognition.filer, reason: recognition.reason, training: recognition.training, at: Date.now() },
  };
}

function start(): void {
  // Nothing to do on pages that are not a court's (the manifest's globs are only a first filter).
  if (!parseSite(location.href)) return;
  let lastSignature = '';
  let scheduled = false;

  const recognise = (): void => {
    scheduled = false;
    const recognition = classify(document, { url: location.href });
    const message = toMessage(recognition);
    const signature = JSON.stringify([message.court, message.next, message.event.page, message.event.filer, message.event.reason]);
    if (signature === lastSignature) return;
    lastSignature = signature;
    browser.runtime.sendMessage(message).catch(() => {
      // The extension was reloaded or updated under this page: nothing to report to.
    });
  };

  recognise();
  // Menus and dialogs arrive late; coalesce bursts of mutations into one look per frame.
  const observer = new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(recognise);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'aria-hidden', 'class', 'hidden'] });
}

start();
