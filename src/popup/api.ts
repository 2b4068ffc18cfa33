// The popup's conversation with the background, and what it knows about the active tab.
import browser from 'webextension-polyfill';
import type { Message, StateReply } from '../shared/messages';
import type { StoredState } from '../shared/storage-schema';

export async function ask(message: Message): Promise<StoredState> {
  const reply = (await browser.runtime.sendMessage(message)) as StateReply | undefined;
  if (!reply?.state) throw new Error('no answer from the extension');
  return reply.state;
}

/** The court of the page in the active tab, as the content script last reported it. */
export async function activeTabCourt(): Promise<string | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  const key = `tab:${tab.id}`;
  const stored = await browser.storage.session.get(key);
  const report = stored[key] as { court?: unknown } | undefined;
  return typeof report?.court === 'string' ? report.court : null;
}

export async function openCourtSite(url: string): Promise<void> {
  await browser.tabs.create({ url });
  window.close();
}
