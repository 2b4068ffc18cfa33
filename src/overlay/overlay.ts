// The overlay's host: one element on the court page holding a closed-to-the-page shadow
// root. Only this host, and a `data-guide-target` attribute on the highlighted control,
// are added to the court page.
import { CoachMark, type CoachMarkActions, type CoachMarkContent } from './coach-mark';

export const HOST_TAG = 'cmecf-link-guide';
export const TARGET_ATTRIBUTE = 'data-guide-target';
/** How many times the guide comes back after the page removes it. */
export const MAX_REMOVALS = 3;

export class Overlay {
  readonly host: HTMLElement;
  private readonly coachMark: CoachMark;
  private readonly live: HTMLElement;
  private markedTarget: Element | null = null;
  /** The host is meant to be on the page (shown, and not hidden by us). */
  private placed = false;
  /** Times the page took the host away: past MAX_REMOVALS the guide stands aside on this page. */
  private removedByPage = 0;
  private lastAnnouncement = '';

  /** @param css the coach mark's stylesheet (src/overlay/guide.css), as the background sent it. */
  constructor(actions: CoachMarkActions, css: string) {
    this.host = document.createElement(HOST_TAG);
    const shadow = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = css;
    this.live = document.createElement('div');
    this.live.className = 'sr-only';
    this.live.setAttribute('aria-live', 'polite');
    this.live.setAttribute('role', 'status');
    const mount = document.createElement('div');
    shadow.append(style, this.live, mount);
    this.coachMark = new CoachMark(mount, actions);
  }

  /**
   * Puts the host on the page, again if the page removed it; a page that keeps removing it
   * wins, and the guide stands aside rather than fight it. Returns whether the host is there.
   */
  attach(): boolean {
    if (this.host.isConnected) return true;
    if (this.placed) this.removedByPage += 1;
    if (this.removedByPage > MAX_REMOVALS) return false;
    (document.body ?? document.documentElement).append(this.host);
    this.placed = true;
    return true;
  }

  /** Shows the guide on a page of kind `page` (the host says which, and the step: the tests and the page may read them). */
  show(content: CoachMarkContent & { readonly page: string }): void {
    if (!this.attach()) {
      this.hide();
      return;
    }
    const { view, targets, page } = content;
    this.host.setAttribute('data-guide-page', page);
    if (view.step) this.host.setAttribute('data-guide-step', String(view.step));
    else this.host.removeAttribute('data-guide-step');
    this.markTarget(targets.element, view.target?.control ?? null);
    this.coachMark.show(content);
    this.announce(view.step ? `${view.words.label}: ${view.words.title}` : view.words.title);
  }

  hide(): void {
    this.coachMark.remove();
    this.markTarget(null, null);
    this.host.removeAttribute('data-guide-step');
    this.host.remove();
    this.placed = false;
    this.lastAnnouncement = '';
  }

  /** Moves focus into the callout: only when the user asked for the guide (the shortcut). */
  focus(): void {
    if (this.coachMark.callout.isConnected) this.coachMark.callout.focus();
  }

  private markTarget(element: Element | null, control: string | null): void {
    if (this.markedTarget && this.markedTarget !== element) this.markedTarget.removeAttribute(TARGET_ATTRIBUTE);
    this.markedTarget = element;
    if (element && control) element.setAttribute(TARGET_ATTRIBUTE, control);
  }

  /** One polite announcement per new step or message; repeats of the same one are skipped. */
  private announce(words: string): void {
    if (words === this.lastAnnouncement) return;
    this.lastAnnouncement = words;
    // A fresh text node in an existing live region is what screen readers announce reliably.
    this.live.textContent = '';
    requestAnimationFrame(() => {
      this.live.textContent = words;
    });
  }
}
