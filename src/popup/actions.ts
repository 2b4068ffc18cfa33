// The popup's own browser actions: opening a court's site or one of the extension's pages in
// a new tab, bringing the guide into a tab, saving a file to the downloads. (Asking the
// background for the state is shared with the other pages: shared/client.ts.)
import browser from 'webextension-polyfill';
import { sendToBackground } from '../shared/browser-api';

export async function openCourtSite(url: string): Promise<void> {
  await browser.tabs.create({ url });
  window.close();
}

/** Opens one of the extension's own pages (e.g. the printable list) in a new tab. */
export async function openExtensionPage(path: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path) });
  window.close();
}

/** Saves text as a file in the user's downloads, through the page itself (no permission needed). */
export function saveFile(name: string, content: string, type: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([content], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** Adds courts to the user's list; true once the popup shows the answer. */
export type AddCourts = (courts: string[]) => Promise<boolean>;
/** Removes a court (and, if asked, its progress); true once the popup shows the answer. */
export type RemoveCourt = (court: string, reset: boolean) => Promise<boolean>;

/** Asks the background to bring the guide into a tab; true once it shows there (then the popup closes). */
export async function showGuideInTab(tabId: number): Promise<boolean> {
  const reply = await sendToBackground({ type: 'show-guide-in-tab', tabId });
  if (reply?.shown !== true) return false;
  window.close();
  return true;
}
