// The popup's conversation with the background, and what it knows about the active tab.
import browser from 'webextension-polyfill';
import type { Message, StateReply } from '../shared/messages';
import type { StoredState } from '../shared/storage-schema';

export async function ask(message: Message): Promise<StoredState> {
  const reply = (await browser.runtime.sendMessage(message)) as StateReply | undefined;
  if (!reply?.state) throw new Error('no answer from the extension');
  return reply.state;
}

export async function openCourtSite(url: string): Promise<void> {
  await browser.tabs.create({ url });
  window.close();
}
