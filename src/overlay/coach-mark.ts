// The coach mark: an outline around the next control (it never takes a click) and a
// non-modal callout beside it. Drawn in the overlay's shadow root with plain DOM: this runs
// on every court page, and a UI library would double the content script.
import type { ViewTargets } from '../core/flow/target';
import { fillSlot, type CalloutLabels, type ShownView } from '../core/flow/words';
import type { Recognition } from '../core/recognition/types';
import { mainContent, menuBarOf } from '../core/recognition/page-shape';
import { followElement } from './follow';
import { placeCallout } from './placement';

export interface CoachMarkContent {
  readonly view: ShownView;
  /** The elements the view names, on this page. */
  readonly targets: ViewTargets;
  readonly labels: CalloutLabels;
  /** The accounts the verification page shows, repeated by name (read from the page, never stored or sent). */
  readonly accounts: Recognition['accounts'];
  /** Characters typed in the CM/ECF login that cannot be linked (computed locally, not kept). */
  readonly typedBadCharacters: readonly string[];
  /** Who to call and the support code to read them (and, when unsure, how to save the page), as the background gave them. */
  readonly supportLines: readonly string[];
}

export interface CoachMarkActions {
  readonly onClose: () => void;
  readonly onHideCourt: () => void;
  readonly onHideEverywhere: () => void;
  readonly onReload: () => void;
}

type Child = Node | string | false | null | undefined;

/** A small element builder: tag, attributes (false or null leaves one out), children. */
function h(tag: string, attributes: Record<string, string | false | null>, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== false && value !== null) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** A button that acts only on real clicks: a page script cannot press it for the user. */
function button(label: string, action: () => void, attributes: Record<string, string | false | null> = {}): HTMLElement {
  const element = h('button', { type: 'button', ...attributes }, label);
  element.addEventListener('click', (event) => {
    if (event.isTrusted) action();
  });
  return element;
}

/** Boxes of the elements the callout should keep clear, at most 30. */
function boxesOf(elements: Iterable<Element>, target: Element | null): DOMRect[] {
  const boxes: DOMRect[] = [];
  for (const element of elements) {
    if (element === target || target?.contains(element) || element.contains(target)) continue;
    const box = element.getBoundingClientRect();
    if (box.width > 0 && box.height > 0) boxes.push(box);
    if (boxes.length >= 30) break;
  }
  return boxes;
}

/** The other controls of the target's form: the user needs them next, so keep them clear. */
function controlsNear(target: Element): DOMRect[] {
  const form = target.closest('form');
  return form ? boxesOf(form.querySelectorAll('input:not([type=hidden]), button, select, textarea, label'), target) : [];
}

/** The court's own message (its paragraphs and headings): the user must be able to read it whole. */
function messageNear(target: Element | null): DOMRect[] {
  const root = mainContent(document);
  if (!root) return [];
  const blocks = Array.from(root.querySelectorAll('p, h1, h2, h3, h4, li, td, font, b, strong, center, div')).filter(
    (element) => !menuBarOf(element) && !element.querySelector('p, div, table, ul, ol, h1, h2, h3, h4') && (element.textContent ?? '').trim() !== '',
  );
  return [...(target ? [target.getBoundingClientRect()] : []), ...boxesOf(blocks, target)];
}

/** Targets already scrolled into view: scroll once per control, never fight the user. */
const scrolled = new WeakSet<Element>();

export class CoachMark {
  readonly callout = h('div', { class: 'callout', role: 'dialog', 'aria-labelledby': 'guide-title', 'aria-describedby': 'guide-why', tabindex: '-1' });
  private readonly outline = h('div', { class: 'outline', 'aria-hidden': 'true' });
  /** Dashed outlines of the other candidates, when the guide is unsure which control is next. */
  private candidateOutlines: Array<{ ring: HTMLElement; stop: () => void }> = [];
  private content: CoachMarkContent | null = null;
  private drawn = '';
  private codeAsked = false;
  private target: Element | null = null;
  private stopFollowing: (() => void) | null = null;

  constructor(
    private readonly mount: HTMLElement,
    private readonly actions: CoachMarkActions,
  ) {}

  show(content: CoachMarkContent): void {
    this.content = content;
    const target = content.targets.element;
    if (!this.callout.isConnected) this.mount.append(this.outline, this.callout);
    this.outline.hidden = !target;
    const redrawn = this.draw(content);
    if (!this.stopFollowing || target !== this.target) this.follow(target);
    else if (redrawn) this.place(this.target ? this.target.getBoundingClientRect() : null);
    this.outlineCandidates(content.targets.others);
  }

  private outlineCandidates(candidates: readonly Element[]): void {
    if (this.candidateElements.length === candidates.length && candidates.every((candidate, i) => this.candidateElements[i] === candidate)) return;
    this.clearCandidates();
    this.candidateElements = [...candidates];
    candidates.forEach((candidate) => {
      const ring = h('div', { class: 'outline candidate', 'aria-hidden': 'true' });
      ring.hidden = true;
      this.mount.append(ring);
      const stop = followElement(candidate, (box) => {
        ring.hidden = !box || box.width + box.height === 0;
        if (box) ringAround(ring, box);
      });
      this.candidateOutlines.push({ ring, stop });
    });
  }

  private candidateElements: Element[] = [];

  private clearCandidates(): void {
    for (const { ring, stop } of this.candidateOutlines) {
      stop();
      ring.remove();
    }
    this.candidateOutlines = [];
    this.candidateElements = [];
  }

  remove(): void {
    this.stopFollowing?.();
    this.stopFollowing = null;
    this.target = null;
    this.content = null;
    this.drawn = '';
    this.codeAsked = false;
    this.clearCandidates();
    this.outline.remove();
    this.callout.remove();
  }

  /**
   * Rebuilds the callout's words and buttons when they change, and only then: page changes
   * re-run the guide often, and a rebuild must not take the keyboard focus from a button.
   * Returns whether anything was redrawn.
   */
  private draw(content: CoachMarkContent): boolean {
    const { view, typedBadCharacters, labels } = content;
    const words = view.words;
    const showSupport = view.tone === 'error' || view.tone === 'unsure' || this.codeAsked;
    // The view's words and shape, what this page adds to them, and the callout's own state.
    const accounts = words.accounts && content.accounts;
    const signature = JSON.stringify([view, accounts, typedBadCharacters, showSupport, showSupport && content.supportLines, labels]);
    if (signature === this.drawn) return false;
    this.drawn = signature;
    const shadow = this.mount.getRootNode() as ShadowRoot;
    const focused = shadow.activeElement;
    const focusedAction = focused instanceof HTMLElement ? focused.dataset.action : undefined;

    this.callout.className = `callout ${view.tone}`;
    this.callout.dataset.tone = view.tone;
    const parts: Child[] = [
      h('div', { class: 'head' }, h('span', { class: 'step-label' }, words.label), button('×', this.actions.onClose, { class: 'close', 'aria-label': labels.close, title: labels.close, 'data-action': 'close' })),
      h('p', { class: 'title', id: 'guide-title' }, words.title),
      h('p', { class: 'why', id: 'guide-why' }, words.why),
      words.accounts && accounts && h('div', { class: 'accounts' }, accounts.cmecf && h('p', {}, fillSlot(words.accounts.cmecf, accounts.cmecf)), accounts.pacer && h('p', {}, fillSlot(words.accounts.pacer, accounts.pacer))),
      words.typed && typedBadCharacters.length > 0 && h('p', { class: 'typed' }, fillSlot(words.typed, typedBadCharacters.join(' '))),
      words.warnings.length > 0 && h('ul', { class: 'warnings' }, ...words.warnings.map((warning) => h('li', {}, warning))),
      ...(showSupport ? content.supportLines.map((line) => h('p', { class: 'support' }, line)) : []),
      h(
        'div',
        { class: 'actions' },
        view.offerReload && button(labels.reload, this.actions.onReload, { class: 'primary', 'data-action': 'reload' }),
        view.tone !== 'error' && view.tone !== 'unsure' && button(labels.code, () => this.toggleCode(), { 'aria-expanded': String(this.codeAsked), 'data-action': 'code' }),
        button(labels.hideCourt, this.actions.onHideCourt, { 'data-action': 'hide-court' }),
        button(labels.hideEverywhere, this.actions.onHideEverywhere, { 'data-action': 'hide-everywhere' }),
      ),
    ];
    this.callout.replaceChildren(...parts.filter((part): part is Node => part instanceof Node));
    // The user was on one of the callout's buttons: keep them there, or on the callout.
    if (focusedAction && focused instanceof HTMLElement && !focused.isConnected) {
      (this.callout.querySelector<HTMLElement>(`[data-action="${focusedAction}"]`) ?? this.callout).focus();
    }
    return true;
  }

  private toggleCode(): void {
    this.codeAsked = !this.codeAsked;
    if (this.content) this.show(this.content);
  }

  private follow(target: Element | null): void {
    this.stopFollowing?.();
    this.target = target;
    if (!target) {
      // No control to point at: keep the message in place as its size or the window's changes.
      const onResize = () => this.place(null);
      const resizes = new ResizeObserver(onResize);
      resizes.observe(this.callout);
      addEventListener('resize', onResize, { passive: true });
      this.stopFollowing = () => {
        resizes.disconnect();
        removeEventListener('resize', onResize);
      };
      return;
    }
    this.stopFollowing = followElement(target, (box) => {
      // Scroll a control out of sight into view once, on its first measurement; never fight the user.
      if (box && !scrolled.has(target) && (box.bottom < 0 || box.top > innerHeight || box.right < 0 || box.left > innerWidth)) {
        // Asked only here: most controls are in view, and the question costs a little on every page.
        const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
        target.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reducedMotion ? 'auto' : 'smooth' });
      }
      scrolled.add(target);
      this.place(box);
    });
  }

  /** Puts the callout beside the target's box (or centred below the top without one) and rings the target. */
  private place(rect: DOMRect | null): void {
    const box = this.callout;
    const target = this.target;
    const viewport = { width: document.documentElement.clientWidth || innerWidth, height: innerHeight };
    const targetBox = rect && rect.width + rect.height > 0 ? rect : null;
    const inMenu = target ? menuBarOf(target) : null;
    // Measure at full size; a previous shrink must not decide the next placement.
    box.style.maxWidth = '';
    box.style.maxHeight = '';
    // Keep clear what the user needs next: the rest of the target's form, or the court's own message.
    const protect = this.content?.view.protect === 'message' ? messageNear(target) : targetBox && target ? controlsNear(target) : [];
    const spot = placeCallout(targetBox, { width: box.offsetWidth, height: box.offsetHeight }, viewport, target && !inMenu ? 'beside' : 'below', protect);
    box.style.top = `${Math.round(spot.top)}px`;
    box.style.left = `${Math.round(spot.left)}px`;
    if (spot.maxWidth !== undefined) box.style.maxWidth = `${spot.maxWidth}px`;
    if (spot.maxHeight !== undefined) box.style.maxHeight = `${spot.maxHeight}px`;
    this.outline.hidden = !targetBox;
    if (targetBox) ringAround(this.outline, targetBox);
  }
}

/** Puts an outline 5 px around a box. */
function ringAround(ring: HTMLElement, box: DOMRect): void {
  ring.style.top = `${box.top - 5}px`;
  ring.style.left = `${box.left - 5}px`;
  ring.style.width = `${box.width + 10}px`;
  ring.style.height = `${box.height + 10}px`;
}
