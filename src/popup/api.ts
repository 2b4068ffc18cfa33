// The popup's own browser actions: opening a court's site in a new tab.
import browser from 'webextension-polyfill';

export async function openCourtSite(url: string): Promise<void> {
  await browser.tabs.create({ url });
  window.close();
}
