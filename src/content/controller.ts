// Recognise the page, decide what the guide says, draw it, report enumerated facts.
// Re-runs when the page changes (late menus, dialogs) or settings change; never polls.
import { guideFor, unlinkableCharacters, type GuideView } from '../core/flow/guide';
import type { CourtProgress } from '../core/progress/progress';
import { classify } from '../core/recognition/classify';
import { shownByMarkup } from '../core/recognition/pacer-login';
import type { Recognition } from '../core/recognition/types';
import type { PageMessage } from '../shared/messages';
import { reportablePath } from '../core/support/privacy';
import { encodeSupportCode } from '../core/support/code';
import { contactLine } from '../core/support/contact';
import { supportStateFrom } from '../core/support/state';
import { text } from '../core/flow/texts';
import { readStoredState, STORAGE_KEY, type StoredState } from '../shared/storage-schema';
import { Overlay } from '../overlay/overlay';
import { extensionApi as browser } from '../shared/browser-api';

export class GuideController {
  private readonly overlay: Overlay;
  private stored: StoredState | null = null;
  private recognition: Recognition | null = null;
  private closedByUser = false;
  /** The user asked for the guide on this page (shortcut): show it even where it is hidden. */
  private askedFor = false;
  private reported = '';
  private typedBadCharacters: string[] = [];
  private watchedField: Element | null = null;
  private readonly reloaded: boolean;

  constructor() {
    this.overlay = new Overlay({
      onClose: () => this.close(),
      onHideCourt: () => this.hide('court'),
      onHideEverywhere: () => this.hide('everywhere'),
      onReload: () => location.reload(),
    });
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    this.reloaded = navigation?.type === 'reload';
  }

  async start(): Promise<void> {
    // Listen before the first report: the browser forwards storage changes only to contexts it
    // knows are listening, and the background answers that report with a write.
    browser.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local' || !(STORAGE_KEY in changes)) return;
      this.stored = readStoredState(changes[STORAGE_KEY]?.newValue).state;
      this.render();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && event.isTrusted && this.overlay.host.isConnected) this.close();
    });
    this.stored = await this.readState();
    this.update();
    this.observe();
  }

  /** The guide asked back by the keyboard shortcut or the popup. */
  showAgain(): void {
    this.closedByUser = false;
    this.askedFor = true;
    this.render();
    this.overlay.focus();
  }

  private async readState(): Promise<StoredState | null> {
    try {
      return readStoredState((await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY]).state;
    } catch {
      return null;
    }
  }

  private observe(): void {
    let scheduled = false;
    const host = this.overlay.host;
    const ours = (record: MutationRecord) =>
      record.target === host || (record.type === 'childList' && [...record.addedNodes, ...record.removedNodes].every((node) => node === host));
    const observer = new MutationObserver((records) => {
      // Our own host's changes are no reason to look again, unless the page took it away.
      if (scheduled || (records.every(ours) && host.isConnected)) return;
      scheduled = true;
      requestAnimationFrame(() => {
        scheduled = false;
        this.update();
      });
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'aria-hidden', 'hidden', 'class'] });
  }

  private update(): void {
    this.recognition = classify(document, { url: location.href });
    this.report(this.recognition);
    this.render();
  }

  private progress(): CourtProgress | null {
    const court = this.recognition?.court;
    return court ? this.stored?.courts[court.id] ?? null : null;
  }

  private shouldShow(): boolean {
    if (this.closedByUser) return false;
    if (this.askedFor) return true;
    const settings = this.stored?.settings;
    const court = this.recognition?.court;
    return !settings || (!settings.guideHidden && !(court && settings.hiddenCourts.includes(court.id)));
  }

  private render(): void {
    const recognition = this.recognition;
    if (!recognition) return;
    const menuOpen = recognition.menuLinkItem ? shownByMarkup(recognition.menuLinkItem.closest('.yuimenu') ?? recognition.menuLinkItem) : false;
    const view = guideFor(recognition, { progress: this.progress(), reloaded: this.reloaded, menuOpen });
    this.watchTypedLogin(view);
    if (!view || !this.shouldShow()) {
      this.overlay.hide();
      return;
    }
    this.overlay.show(view, recognition.page, this.typedBadCharacters, () => this.supportLine(recognition));
  }

  /** Who to call, and the code to read them, for an error callout. */
  private supportLine(recognition: Recognition): string {
    const settings = this.stored?.settings;
    const court = recognition.court?.id ?? null;
    const code = encodeSupportCode(
      supportStateFrom({
        extensionVersion: browser.runtime.getManifest().version,
        userAgent: navigator.userAgent,
        court,
        page: recognition.page,
        training: recognition.training,
        progress: this.progress(),
        reason: recognition.reason,
        guideHidden: false,
        reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
        forcedColors: matchMedia('(forced-colors: active)').matches,
      }),
    );
    return settings?.helpDesk ? text('call_help_desk', contactLine(settings.helpDesk), code) : text('call_default', code);
  }

  /** On the link form, checks what is typed in the CM/ECF login for characters that cannot be linked. Keeps nothing. */
  private watchTypedLogin(view: GuideView | null): void {
    const field = view?.checkTypedLogin ? view.target?.element ?? null : null;
    if (field === this.watchedField) return;
    this.watchedField?.removeEventListener('input', this.onTyped);
    this.watchedField = field;
    this.typedBadCharacters = [];
    if (field instanceof HTMLInputElement && field.type !== 'password') field.addEventListener('input', this.onTyped);
  }

  private readonly onTyped = (event: Event): void => {
    const characters = unlinkableCharacters((event.target as HTMLInputElement).value);
    if (characters.join('') === this.typedBadCharacters.join('')) return;
    this.typedBadCharacters = characters;
    this.render();
  };

  private close(): void {
    this.closedByUser = true;
    this.askedFor = false;
    this.overlay.hide();
  }

  private hide(scope: 'court' | 'everywhere'): void {
    const court = this.recognition?.court?.id;
    const settings = this.stored?.settings ?? { guideHidden: false, hiddenCourts: [] };
    const change = scope === 'everywhere' ? { guideHidden: true } : { hiddenCourts: [...new Set([...settings.hiddenCourts, ...(court ? [court] : [])])] };
    this.askedFor = false;
    this.overlay.hide();
    browser.runtime.sendMessage({ type: 'set-settings', settings: change }).catch(() => undefined);
  }

  private report(recognition: Recognition): void {
    const message: PageMessage = {
      type: 'page',
      court: recognition.court?.id ?? null,
      next: recognition.next?.control ?? null,
      path: reportablePath(location.href),
      event: { page: recognition.page, filer: recognition.filer, reason: recognition.reason, training: recognition.training, at: Date.now() },
    };
    const signature = JSON.stringify([message.court, message.next, message.event.page, message.event.filer, message.event.reason]);
    if (signature === this.reported) return;
    this.reported = signature;
    // The background answers with the state after this page; the extension may also have
    // been reloaded under this page, and then there is no one to tell.
    browser.runtime
      .sendMessage(message)
      .then((reply) => {
        const state = (reply as { state?: unknown } | undefined)?.state;
        if (!state) return;
        this.stored = readStoredState(state).state;
        this.render();
      })
      .catch(() => undefined);
  }
}

