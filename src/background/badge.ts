// The toolbar: each court tab's icon and badge (its court's step, or a tick once linked and
// verified), and every other tab's default badge (the user's courts left). A tab's icon is set
// from images decoded once per background lifetime, from the PNGs the build puts in this
// script (packaged:tab-icons): given a path, the browser reads and decodes the icon's three
// files again on every call, on the background's thread, as a new tab of the linking path
// waits for its answer.
import browser, { type Action } from 'webextension-polyfill';
import { stepById } from '../core/flow/steps';
import type { CourtProgress } from '../core/progress/progress';
import { countBadge, storedCounts } from '../core/planner/plan';
import { loadStored } from './store';
import TAB_ICONS from 'packaged:tab-icons';

type IconVariant = 'icon' | 'icon-progress' | 'icon-linked';
const ICON_SIZES = [16, 32, 48] as const;

/**
 * The icon variant each tab shows now (lost when the worker stops; then it is simply set again).
 * A closed tab's entry stays until then: tab ids are not reused, and listening for closed tabs
 * would start the worker each time the user closes any tab, anywhere, for years.
 */
const tabIcons = new Map<number, IconVariant>();
/** Court tabs whose tooltip is the extension's own name rather than the count of courts left. */
const courtTitled = new Set<number>();

const decoded = new Map<IconVariant, Promise<Record<string, Action.ImageDataType> | null>>();

/** A variant's images, decoded once from the PNGs built into this script; null where the browser cannot (then its files are named). */
function iconImages(variant: IconVariant): Promise<Record<string, Action.ImageDataType> | null> {
  let images = decoded.get(variant);
  if (!images) {
    images = Promise.all(ICON_SIZES.map(async (size) => {
      const png = Uint8Array.from(atob(TAB_ICONS[`${variant}-${size}`] ?? ''), (char) => char.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([png], { type: 'image/png' }));
      const context = new OffscreenCanvas(size, size).getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.drawImage(bitmap, 0, 0, size, size);
      return [size, context.getImageData(0, 0, size, size)] as const;
    })).then(Object.fromEntries, () => null);
    decoded.set(variant, images);
  }
  return images;
}

async function setTabIcon(tabId: number, variant: IconVariant): Promise<void> {
  const imageData = await iconImages(variant);
  if (imageData) {
    try {
      return await browser.action.setIcon({ tabId, imageData });
    } catch {
      // Refused (the tab closed, or a browser that takes no decoded images): the files, then.
    }
  }
  await browser.action.setIcon({ tabId, path: Object.fromEntries(ICON_SIZES.map((size) => [size, `icons/${variant}-${size}.png`])) });
}

/**
 * The icon and badge for a tab. A court page (`court` true) shows its court's current step, or
 * a tick once linked and verified. Any other page shows what every tab shows by default: how
 * many of the user's courts are left (see refreshCountBadge).
 */
export async function setBadge(tabId: number, progress: CourtProgress | null, court = progress !== null): Promise<void> {
  const label = !progress ? '' : progress.status === 'verified' ? '✓' : progress.current ? String(stepById(progress.current).number) : '';
  const variant: IconVariant = !progress || progress.status === 'not-started' || progress.status === 'not-nextgen' ? 'icon' : progress.status === 'verified' ? 'icon-linked' : 'icon-progress';
  try {
    // Only when the tab's variant changes.
    if (tabIcons.get(tabId) !== variant) {
      await setTabIcon(tabId, variant);
      tabIcons.set(tabId, variant);
    }
    if (!court) {
      // null, not '': the tab falls back to the default badge and tooltip, the courts left.
      await browser.action.setBadgeText({ tabId, text: null });
      if (courtTitled.delete(tabId)) await browser.action.setTitle({ tabId, title: null });
      return;
    }
    await browser.action.setBadgeText({ tabId, text: label });
    await browser.action.setBadgeBackgroundColor({ tabId, color: progress?.status === 'verified' ? '#15803d' : '#012967' });
    if (!courtTitled.has(tabId)) {
      await browser.action.setTitle({ tabId, title: browser.i18n.getMessage('actionTitle') });
      courtTitled.add(tabId);
    }
  } catch {
    // The tab closed meanwhile.
  }
}

/** The default badge, on every tab that is not a court page: courts left, a tick when none is, nothing without courts. */
let countBadgeShown: string | null = null;
export async function refreshCountBadge(): Promise<void> {
  const { state, planner } = await loadStored();
  const counts = storedCounts(planner.courts, state.courts);
  const label = countBadge(counts);
  const title = counts.total === 0 ? browser.i18n.getMessage('actionTitle') : counts.left === 0 ? browser.i18n.getMessage('badge_title_done') : browser.i18n.getMessage('badge_title_left', [String(counts.left), String(counts.total)]);
  const shown = `${label}|${title}`;
  if (shown === countBadgeShown) return;
  countBadgeShown = shown;
  await browser.action.setBadgeText({ text: label });
  await browser.action.setBadgeBackgroundColor({ color: counts.total > 0 && counts.left === 0 ? '#15803d' : '#4b5563' });
  await browser.action.setTitle({ title });
}
