// How extension pages (popup, settings, the printable list) ask the background: one message
// through the one sender, and the answer they need back, or an error when there is none.
import type { StoredState } from '../core/state/state';
import { sendToBackground } from './browser-api';
import type { DataReply, ToBackground } from './messages';

/** Messages the background answers with the state and the user's courts. */
type DataMessage = Exclude<ToBackground, { type: 'page' | 'arrive' | 'start-guide' | 'show-guide-in-tab' }>;

/** One message; the state back. */
export async function ask(message: DataMessage): Promise<StoredState> {
  const reply = await sendToBackground(message);
  if (!reply?.state) throw new Error('no answer from the extension');
  return reply.state;
}

/** One message; the state and the user's courts back. */
export async function askData(message: DataMessage): Promise<DataReply> {
  const reply = await sendToBackground(message);
  if (!reply?.state || !reply.planner) throw new Error('no answer from the extension');
  return reply;
}
