// Recognise the page, decide what the guide says, draw it, report enumerated facts.
// Re-runs when the page changes (late menus, dialogs) or settings change; never polls.
import { NAMED_COURTS } from '../core/courts/naming';
import { courtOfSite, readSite } from '../core/courts/sites';
import { EXTENSION_UPDATED_VIEW, guideFor } from '../core/flow/guide';
import { cameFrom, pathKey, pointerOf, type Trail } from '../core/flow/trail';
import type { CourtProgress } from '../core/progress/progress';
import type { FlowEvidence, PageAddress, Recognition } from '../core/recognition/types';
import { isDropDownOpen } from '../core/recognition/menubar';
import { parsePageReply, type PageMessage } from '../shared/messages';
import { templateTranslator, useTranslator, type TextTemplates } from '../core/flow/texts';
import { readGuideStored, readStoredTexts, readStoredTrail, STORAGE_KEY, TEXTS_KEY, TRAIL_KEY, type GuideStored } from '../shared/storage-schema';
import { Overlay } from '../overlay/overlay';
import { extensionApi as browser, sendToBackground } from '../shared/browser-api';
import { TypedLoginCheck } from './typed-login';

export class GuideController {
  /** Made when first shown: most court pages need no guide, and the host costs a little. */
  private overlay: Overlay | null = null;
  private stored: GuideStored | null = null;
  private recognition: Recognition | null = null;
  private closedByUser = false;
  /** The user asked for the guide on this page (shortcut): show it even where it is hidden. */
  private askedFor = false;
  private reported = '';
  /** The guide's words arrived (from storage, or the background's PageReply); nothing shows before. */
  private hasTexts = false;
  private textsAsked = false;
  /** The extension was reloaded or updated under this page: only a page reload brings the guide back. */
  private orphaned = false;
  private readonly typed = new TypedLoginCheck(() => this.render());
  /** Who to call and the code to read them, from the background's answer to this page's report. */
  private support: readonly string[] = [];
  private readonly reloaded: boolean;
  /** Where the guide last pointed in this court, as read when the page started. */
  private trail: Trail = {};
  /** The control this page answers (flow evidence), decided once, before this page's own pointer replaces it. */
  private cameFrom: FlowEvidence | null | undefined = undefined;

  /** @param classify reads this page: each bundle of the guide brings the reader for its kind of site. */
  constructor(private readonly classify: (doc: Document, address: PageAddress) => Recognition) {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    this.reloaded = navigation?.type === 'reload';
  }

  start(): void {
    // Listen before the first report: the browser forwards storage changes only to contexts it
    // knows are listening, and the background writes what that report changes.
    browser.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local' || !(STORAGE_KEY in changes)) return;
      this.stored = readGuideStored(changes[STORAGE_KEY]?.newValue);
      this.render();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && event.isTrusted && this.overlay?.host.isConnected) this.close();
    });
    // The state and the guide's words come from storage in one call, asked for as the page
    // starts to load (document_start), so they are here when its markup is: the guide shows
    // then, without waiting for the background (which may be asleep) to answer the report.
    void Promise.all([this.readStored(), parsed()]).then(() => {
      this.update();
      this.observe();
    });
  }

  private async readStored(): Promise<void> {
    try {
      const stored = await browser.storage.local.get([STORAGE_KEY, TEXTS_KEY, TRAIL_KEY]);
      const texts = readStoredTexts(stored[TEXTS_KEY], browser.runtime.getManifest().version);
      if (texts) this.useTexts(texts);
      this.stored = readGuideStored(stored[STORAGE_KEY]);
      this.trail = readStoredTrail(stored[TRAIL_KEY]);
    } catch {
      // The extension was reloaded under this page: the update() that follows says so.
    }
  }

  private useTexts(templates: TextTemplates): void {
    useTranslator(templateTranslator(templates));
    this.hasTexts = true;
  }

  private shownOverlay(): Overlay {
    this.overlay ??= new Overlay({
      onClose: () => this.close(),
      onHideCourt: () => this.hide('court'),
      onHideEverywhere: () => this.hide('everywhere'),
      onReload: () => location.reload(),
    });
    return this.overlay;
  }

  /** The guide asked back by the keyboard shortcut or the popup. */
  showAgain(): void {
    this.closedByUser = false;
    this.askedFor = true;
    this.render();
    this.overlay?.focus();
  }

  private observe(): void {
    let scheduled = false;
    let lastUpdate = 0;
    const ours = (host: Element) => (record: MutationRecord) =>
      record.target === host || (record.type === 'childList' && [...record.addedNodes, ...record.removedNodes].every((node) => node === host));
    // At most one look per frame, and at most one per MIN_UPDATE_GAP_MS while a page churns.
    const tick = () => {
      if (performance.now() - lastUpdate < MIN_UPDATE_GAP_MS) {
        requestAnimationFrame(tick);
        return;
      }
      scheduled = false;
      lastUpdate = performance.now();
      this.update();
    };
    // A ticked checkbox changes no markup (the redaction notice's box, a notice's box): look again.
    document.addEventListener('change', (event) => {
      const target = event.target;
      if (scheduled || !(target instanceof HTMLInputElement) || target.type !== 'checkbox') return;
      scheduled = true;
      requestAnimationFrame(tick);
    }, true);
    const observer = new MutationObserver((records) => {
      // Our own host's changes are no reason to look again, unless the page took it away.
      const host = this.overlay?.host;
      if (scheduled || (host && records.every(ours(host)) && host.isConnected)) return;
      scheduled = true;
      requestAnimationFrame(tick);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'aria-hidden', 'hidden', 'class'] });
  }

  /** The flow evidence for this page: decided at its first look, from the trail read at its start. */
  private evidence(): FlowEvidence | null {
    if (this.cameFrom === undefined) {
      const site = readSite(location.href, NAMED_COURTS);
      const court = site ? courtOfSite(site, location.href, NAMED_COURTS).court : null;
      this.cameFrom = court ? cameFrom(this.trail[court.id], location.href, document.referrer, Date.now()) : null;
    }
    return this.cameFrom;
  }

  private update(): void {
    if (!extensionAlive()) this.orphaned = true;
    this.recognition = this.classify(document, { url: location.href, cameFrom: this.evidence() });
    this.report(this.recognition);
    this.render();
  }

  private progress(): CourtProgress | null {
    const court = this.recognition?.court;
    return court ? this.stored?.progressOf(court.id) ?? null : null;
  }

  private shouldShow(): boolean {
    if (this.closedByUser) return false;
    if (this.askedFor) return true;
    const settings = this.stored;
    const court = this.recognition?.court;
    return !settings || (!settings.guideHidden && !(court && settings.hiddenCourts.includes(court.id)));
  }

  private render(): void {
    const recognition = this.recognition;
    if (!recognition || !this.hasTexts) return;
    const menuOpen = recognition.menuLinkItem ? isDropDownOpen(recognition.menuLinkItem) : false;
    const view = this.orphaned ? EXTENSION_UPDATED_VIEW : guideFor(recognition, { progress: this.progress(), reloaded: this.reloaded, menuOpen, cameFrom: this.evidence(), asked: this.askedFor });
    this.typed.watch(view?.checkTypedLogin ? view.target?.element ?? null : null);
    if (!view || !this.shouldShow()) {
      this.overlay?.hide();
      return;
    }
    this.shownOverlay().show(view, recognition.page, this.typed.characters, this.support);
  }

  private close(): void {
    this.closedByUser = true;
    this.askedFor = false;
    this.overlay?.hide();
  }

  private hide(scope: 'court' | 'everywhere'): void {
    const court = this.recognition?.court?.id;
    const settings = this.stored ?? { guideHidden: false, hiddenCourts: [] };
    const change = scope === 'everywhere' ? { guideHidden: true } : { hiddenCourts: [...new Set([...settings.hiddenCourts, ...(court ? [court] : [])])] };
    this.askedFor = false;
    this.overlay?.hide();
    sendToBackground({ type: 'set-settings', settings: change }).catch(() => undefined);
  }

  private report(recognition: Recognition): void {
    if (this.orphaned) return;
    const wantTexts = !this.hasTexts;
    const message: PageMessage = {
      type: 'page',
      court: recognition.court?.id ?? null,
      next: recognition.next?.control ?? null,
      event: { page: recognition.page, filer: recognition.filer, reason: recognition.reason, training: recognition.training, courtConfirmed: recognition.courtConfirmed, at: Date.now() },
      wantTexts,
      points: pointer(recognition),
      unsure: recognition.unsure,
      display: { reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches, forcedColors: matchMedia('(forced-colors: active)').matches },
    };
    const signature = JSON.stringify([message.court, message.next, message.event.page, message.event.filer, message.event.reason, message.points, message.unsure]);
    // The same page again is no news, unless the words are still missing and nobody is asking.
    if (signature === this.reported && !(wantTexts && !this.textsAsked)) return;
    this.reported = signature;
    if (wantTexts) this.textsAsked = true;
    // The state after this report, when it changed, arrives through storage.onChanged; the
    // answer brings the support lines, and the words when they were missing. The extension may
    // also have been reloaded under this page, and then there is no one to tell.
    sendToBackground(message)
      .then((reply) => {
        const { texts, support } = parsePageReply(reply);
        if (support) this.support = support;
        if (texts && !this.hasTexts) this.useTexts(texts);
        this.render();
      })
      .catch(() => {
        if (extensionAlive()) return;
        this.orphaned = true;
        this.render();
      })
      .finally(() => {
        if (wantTexts) this.textsAsked = false;
      });
  }
}

/** Where the guide points on this page, for the next page's flow evidence: path hashes only. */
function pointer(recognition: Recognition): PageMessage['points'] {
  const from = pathKey(location.href);
  const points = recognition.unsure ? null : pointerOf(recognition.next, location.href);
  return from && points ? { ...points, from } : null;
}

/** While a page churns (a live docket, a hostile script), the guide looks again at most this often. */
const MIN_UPDATE_GAP_MS = 100;

/** Resolves once the page's markup is all there (at once if it already is). */
function parsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/** Whether this content script still belongs to a running extension (an update or reload ends that). */
function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}
