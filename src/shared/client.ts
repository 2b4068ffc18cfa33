// How extension pages (popup, settings) talk to the background: one message, the state back.
import browser from 'webextension-polyfill';
import type { Message, StateReply } from './messages';
import type { StoredState } from './storage-schema';

export async function ask(message: Message): Promise<StoredState> {
  const reply = (await browser.runtime.sendMessage(message)) as StateReply | undefined;
  if (!reply?.state) throw new Error('no answer from the extension');
  return reply.state;
}
