// Recognise the page, tell the background its enumerated facts, draw what the answer says.
// The background decides what the guide says (it has the progress, the trail, the settings and
// the words); the page keeps only what must stay on it: its elements, and what the user types.
// It reads nothing stored. Re-runs when the page changes (late menus, dialogs); never polls.
import { HOST_COURTS } from '../core/courts/naming';
import { readSite } from '../core/courts/sites';
import { dependsOnMenuBar, targetOf } from '../core/flow/target';
import { arrivalAt } from '../core/flow/trail';
import { updatedView, type CalloutLabels, type ShownView } from '../core/flow/words';
import type { FlowEvidence, PageAddress, Recognition } from '../core/recognition/types';
import type { LinkingOutcome, LinkingQuestion, LinkingReading } from '../core/recognition/linking';
import { changesOnlyMenus, isDropDownOpen } from '../core/recognition/menubar';
import type { PageReply } from '../shared/messages';
import { pageReport } from './report';
import { parseArriveReply, parsePageReply } from '../shared/to-page';
import { Overlay } from '../overlay/overlay';
import { extensionApi as browser, sendToBackground } from '../shared/browser-api';
import { TypedLoginCheck } from './typed-login';

/** How a bundle of the guide reads its kind of page: whole, and (court pages) after a change confined to the menu bar. */
export interface PageReader {
  readonly read: (doc: Document, address: PageAddress) => Recognition;
  readonly readMenus?: (doc: Document, recognition: Recognition, pageUrl: string) => Recognition | null;
  /** What the background needs to judge a possible linking page's message. */
  readonly question?: (linking: LinkingReading) => LinkingQuestion;
  /** A possible linking page settled to what its message, judged in the background, makes it. */
  readonly settle?: (recognition: Recognition, outcome: LinkingOutcome | null) => Recognition;
}

export class GuideController {
  /** Made when first shown: most court pages need no guide, and the host costs a little. */
  private overlay: Overlay | null = null;
  private recognition: Recognition | null = null;
  /** The facts last sent, and the answer to them once it came (what the guide says now). */
  private asked = '';
  /** The page's own facts last reported (what it is, apart from how the guide is asked): a visit is recorded once. */
  private reported = '';
  private answer: { readonly facts: string; readonly reply: PageReply } | null = null;
  /** The callout's own words, kept from the last answer: they say "reload" if the extension goes away. */
  private labels: CalloutLabels | null = null;
  /** The coach mark's stylesheet, from the first answer that had something to show. */
  private style: string | null = null;
  private closedByUser = false;
  /** The user asked for the guide on this page (shortcut, popup): it answers even where it has nothing to point at. */
  private askedFor = false;
  /** Focus goes into the callout once, when the guide the user asked for shows: never again by itself. */
  private focusWhenShown = false;
  /** The extension was reloaded or updated under this page: only a page reload brings the guide back. */
  private orphaned = false;
  private readonly typed = new TypedLoginCheck(() => this.render());
  private readonly reloaded: boolean;
  /** The control this page answers (flow evidence), as the background said when the page started. */
  private cameFrom: FlowEvidence | null = null;

  /** @param reader reads this page: each bundle of the guide brings the reader for its kind of site. */
  constructor(private readonly reader: PageReader) {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    this.reloaded = navigation?.type === 'reload';
  }

  start(): void {
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && event.isTrusted && this.overlay?.host.isConnected) this.close();
    });
    // How the page was reached is told as it starts to load (document_start), so the answer,
    // which control it answers (the background keeps the trail), is here when the markup is:
    // the page is read with its flow evidence once, then reported.
    void Promise.all([this.arrive(), parsed()]).then(() => {
      this.update();
      this.observe();
    });
  }

  private async arrive(): Promise<void> {
    // Only a court's own pages answer a step of the flow (the central login's never do).
    const court = readSite(location.href, HOST_COURTS)?.court;
    const arrival = arrivalAt(location.href, document.referrer);
    if (!court || !arrival) return;
    // No answer (the extension was reloaded under this page): no evidence, and update() says so.
    this.cameFrom = parseArriveReply(await sendToBackground({ type: 'arrive', court: court.id, arrival }).catch(() => null)).cameFrom;
  }

  private shownOverlay(): Overlay {
    this.overlay ??= new Overlay(
      {
        onClose: () => this.close(),
        onHideCourt: () => this.hide('court'),
        onHideEverywhere: () => this.hide('everywhere'),
        onReload: () => location.reload(),
      },
      this.style ?? '',
    );
    return this.overlay;
  }

  /** The guide asked back by the keyboard shortcut or the popup. */
  showAgain(): void {
    this.closedByUser = false;
    this.askedFor = true;
    this.focusWhenShown = true;
    this.report(true);
  }

  /** What the guide says here may have changed elsewhere (another tab, a setting, a reset): ask again. */
  refresh(): void {
    this.report(true);
  }

  private observe(): void {
    let scheduled = false;
    let lastUpdate = 0;
    /** Every change since the last look stayed inside the menu bar: only what it holds is read again. */
    let menusOnly = true;
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
      const menus = menusOnly;
      menusOnly = true;
      if (menus) this.updateMenus();
      else this.update();
    };
    // A ticked checkbox changes no markup (the redaction notice's box, a notice's box): look again.
    document.addEventListener('change', (event) => {
      const target = event.target;
      if (!(target instanceof HTMLInputElement) || target.type !== 'checkbox') return;
      menusOnly = false;
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(tick);
    }, true);
    const observer = new MutationObserver((records) => {
      // Our own host's changes are no reason to look again, unless the page took it away.
      const host = this.overlay?.host;
      if (host && records.every(ours(host)) && host.isConnected) return;
      menusOnly &&= this.reader.readMenus !== undefined && changesOnlyMenus(host ? records.filter((record) => !ours(host)(record)) : records, document);
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(tick);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'aria-hidden', 'hidden', 'class'] });
  }

  private update(): void {
    if (!extensionAlive()) this.orphaned = true;
    this.recognition = this.reader.read(document, { url: location.href, cameFrom: this.cameFrom });
    this.report(false);
    this.render();
  }

  /** After a change inside the menu bar only (its drop-downs built): what the bar holds, or the whole page when more changed. */
  private updateMenus(): void {
    // The court's menu script builds its drop-downs on every page, just after the guide first
    // looks: read the bar again only where what the guide shows depends on it.
    const page = this.page();
    const answer = this.currentAnswer();
    if (page && answer && !dependsOnMenuBar(page, answer)) return;
    const recognition = this.recognition && this.reader.readMenus?.(document, this.recognition, location.href);
    if (!recognition) return this.update();
    this.recognition = recognition;
    this.render();
  }

  /** The answer to the facts this page now reports, once it came (one for the page as it was would point at what is gone). */
  private currentAnswer(): PageReply | null {
    return this.answer?.facts === this.asked ? this.answer.reply : null;
  }

  /** The page as it is: a possible linking page once its message is judged, else as read. */
  private page(): Recognition | null {
    const recognition = this.recognition;
    if (!recognition?.linking) return recognition;
    const answer = this.currentAnswer();
    return answer && this.reader.settle ? this.reader.settle(recognition, answer.outcome) : null;
  }

  /** What the guide says here now: the answer for the page as it is, with the drop-down open or not. */
  private view(recognition: Recognition): ShownView | null {
    if (this.orphaned) return this.labels && updatedView(this.labels);
    const answer = this.currentAnswer();
    if (!answer) return null;
    const menuOpen = recognition.menuLinkItem ? isDropDownOpen(recognition.menuLinkItem) : false;
    return (menuOpen && answer.openView) || answer.view;
  }

  private render(): void {
    // Until the first answer comes, nothing is drawn (and nothing already drawn is taken away).
    const recognition = this.orphaned ? this.recognition : this.page();
    if (!recognition || (!this.orphaned && !this.currentAnswer())) return;
    const view = this.view(recognition);
    const targets = view ? targetOf(view, recognition) : null;
    this.typed.watch(view?.checkTypedLogin ? targets?.element ?? null : null);
    if (!view || !targets || this.closedByUser) {
      this.overlay?.hide();
      return;
    }
    const labels = this.labels!;
    this.shownOverlay().show({ view, targets, page: recognition.page, labels, accounts: recognition.accounts, typedBadCharacters: this.typed.characters, supportLines: this.answer?.reply.support ?? [] });
    if (this.focusWhenShown) {
      this.focusWhenShown = false;
      this.overlay?.focus();
    }
  }

  private close(): void {
    this.closedByUser = true;
    this.askedFor = false;
    this.overlay?.hide();
  }

  private hide(scope: 'court' | 'everywhere'): void {
    const court = this.recognition?.court?.id;
    this.askedFor = false;
    this.overlay?.hide();
    // The background, which has the settings, hides it there, and tells the other tabs; this page hides now.
    const change = scope === 'everywhere' || !court ? sendToBackground({ type: 'set-settings', settings: { guideHidden: true } }) : sendToBackground({ type: 'hide-court', court });
    change.catch(() => undefined);
  }

  /** Tells the background what this page is (when that changed, or `again`), and draws its answer. */
  private report(again: boolean): void {
    const recognition = this.recognition;
    if (this.orphaned || !recognition) return;
    const message = pageReport(recognition, { reloaded: this.reloaded, cameFrom: this.cameFrom, asked: this.askedFor }, this.style !== null, this.reader.question);
    // The same page again is no news: its answer would be the one the guide already has.
    const { event } = message;
    const visit = JSON.stringify([message.court, message.next, event.page, event.filer, event.reason, event.training, event.courtConfirmed, message.points, message.unsure, message.linking]);
    const facts = JSON.stringify([visit, message.guide]);
    if (facts === this.asked && !again) return;
    this.asked = facts;
    // Asked again (the user, the background) about a page already reported: an answer, not a visit.
    const seen = visit === this.reported;
    this.reported = visit;
    // The extension may have been reloaded under this page: then there is no one to ask.
    sendToBackground({ ...message, seen })
      .then((raw) => {
        const reply = parsePageReply(raw);
        this.style ??= reply?.style ?? null;
        if (!reply || facts !== this.asked) return;
        this.answer = { facts, reply };
        this.labels = reply.labels;
        this.render();
      })
      .catch(() => {
        if (extensionAlive()) return;
        this.orphaned = true;
        this.render();
      });
  }
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
