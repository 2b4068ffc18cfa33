// The walk driver for Firefox: WebDriver BiDi through puppeteer-core, on a tab of the Firefox
// that firefox.ts launched. Controls are found in the page by their words or label and clicked
// with real (trusted) input. The guide is read from the page's side only: its host's
// attributes, the marked target, and its closed shadow root, reached through raw BiDi (bidi.ts).
// BiDi gives no way into the content script's realm or the extension's storage, so readReport is null.
import type { ElementHandle, KeyInput, Page } from 'puppeteer-core';
import { AXE_RUN, AXE_SOURCE, scratchDocument, type AxeViolation } from './axe';
import { BidiTab, setViewportSize, viewportSizeOf } from './bidi';
import { EMPTY_INSIDE, GUIDE_BUTTON_CENTRE, READ_INSIDE, SHADOW_HTML, coachMarkState, readOutside, type CoachMarkState, type InsideState, type OutsideState } from './coach-mark';
import { nameSpec, type Driver, type Name } from './driver';
import { findControl, type FindControlKind } from './find-control';
import { inFront, type GuidedFirefox } from './firefox';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How long a click may take to start a navigation before we take it that it did not (ms). */
// The guide's buttons navigate only to reload the page, at once (location.reload()).
const NAVIGATION_GRACE = { link: 10_000, button: 2_500, selector: 2_500, guide: 1_000, enter: 2_500, key: 100 } as const;

export class FirefoxDriver implements Driver {
  readonly browserName = 'firefox' as const;
  readonly readReport = null;
  readonly readProgress = null;
  private readonly tab: BidiTab;

  constructor(
    readonly firefox: GuidedFirefox,
    readonly page: Page,
  ) {
    this.tab = new BidiTab(firefox.browser, page);
  }

  static async open(firefox: GuidedFirefox): Promise<FirefoxDriver> {
    return new FirefoxDriver(firefox, await firefox.newPage());
  }

  /** Brings this tab to the front, as a person looks at the tab they work in. */
  async front(): Promise<void> {
    if (inFront.get(this.firefox.browser) === this.page) return;
    await this.page.bringToFront();
    inFront.set(this.firefox.browser, this.page);
  }

  /** The tab's WebDriver BiDi browsing-context id. */
  get context(): string {
    return this.tab.context;
  }

  /** A raw WebDriver BiDi command, for what puppeteer does not wrap (closed shadow roots). */
  bidi<T>(method: string, params: object): Promise<T> {
    return this.tab.send<T>(method, params);
  }

  /** Calls a function in the page with the guide's (closed) shadow root as `this`; null when there is no guide. */
  async inShadowRoot<T>(functionDeclaration: string, args: unknown[] = []): Promise<T | null> {
    const root = await this.tab.guideShadowRoot();
    if (!root) return null;
    return this.tab.callInPage<T>(functionDeclaration, { sharedId: root }, args);
  }

  /** The current document's identity and state, or null mid-navigation. */
  private async documentState(): Promise<{ origin: number; ready: string } | null> {
    try {
      return await Promise.race([this.page.evaluate(() => ({ origin: performance.timeOrigin, ready: document.readyState })), sleep(3_000).then(() => null)]);
    } catch {
      return null;
    }
  }

  /** Does `act`; if it starts a navigation within `graceMs`, waits until the new page has loaded. */
  private async acting(act: () => Promise<unknown>, graceMs: number): Promise<void> {
    await this.front();
    const before = await this.documentState();
    await act();
    const started = Date.now();
    while (Date.now() - started < 30_000) {
      const now = await this.documentState();
      if (now && before && now.origin !== before.origin && now.ready === 'complete') return;
      if (now && before && now.origin === before.origin && Date.now() - started > graceMs) return;
      if (now && !before && now.ready === 'complete') return;
      await sleep(30);
    }
    throw new Error(`the page did not finish loading after the action (at ${this.page.url()})`);
  }

  /**
   * Clicks like a person who then moves the mouse on: the pointer is taken off the control at
   * once. Left over the menu bar, Firefox would hover the next page's menu there (it replays
   * the pointer's position after a load) and open its drop-down at a random moment.
   */
  private async clickAndMoveOn(click: () => Promise<unknown>): Promise<void> {
    await click();
    const size = this.viewport() ?? { width: 800, height: 600 };
    await this.page.mouse.move(size.width - 2, size.height - 2).catch(() => undefined);
  }

  private async control(kind: FindControlKind, name: Name | null, selector: string | null = null): Promise<ElementHandle<Element>> {
    const deadline = Date.now() + 5_000;
    for (;;) {
      const handle = await this.page.evaluateHandle(findControl, kind, name === null ? null : nameSpec(name), selector).catch(() => null);
      const element = handle?.asElement() as ElementHandle<Element> | null | undefined;
      if (element) return element;
      await handle?.dispose();
      if (Date.now() > deadline) throw new Error(`no ${kind} ${selector ?? String(name)} on ${this.page.url()}`);
      await sleep(100);
    }
  }

  async goto(url: string): Promise<void> {
    await this.front();
    await this.page.goto(url, { waitUntil: 'load' });
  }

  async clickLink(name: Name): Promise<void> {
    const link = await this.control('link', name);
    await this.acting(() => this.clickAndMoveOn(() => link.click()), NAVIGATION_GRACE.link);
  }

  async clickButton(name: Name): Promise<void> {
    const button = await this.control('button', name);
    await this.acting(() => this.clickAndMoveOn(() => button.click()), NAVIGATION_GRACE.button);
  }

  async click(selector: string): Promise<void> {
    const element = await this.control('selector', null, selector);
    await this.acting(() => this.clickAndMoveOn(() => element.click()), NAVIGATION_GRACE.selector);
  }

  async hover(selector: string): Promise<void> {
    await this.front();
    const element = await this.control('selector', null, selector);
    await element.hover();
  }

  async press(key: string): Promise<void> {
    // Enter and Space may follow a link or submit a form; Tab, Escape and the arrows do not.
    await this.acting(() => this.page.keyboard.press(key as KeyInput), key === 'Enter' || key === ' ' ? NAVIGATION_GRACE.enter : NAVIGATION_GRACE.key);
  }

  async fill(label: Name, value: string): Promise<void> {
    await this.front();
    const field = await this.control('field', label);
    await field.evaluate((el) => {
      (el as HTMLInputElement).value = '';
    });
    await field.focus();
    // Real keystrokes: the guide checks what is typed in the CM/ECF login as it is typed.
    await field.type(value);
  }

  async textAt(url: string, selector: string): Promise<string> {
    const other = await FirefoxDriver.open(this.firefox);
    try {
      await other.goto(url);
      await other.waitFor(selector);
      return await other.evaluate((s: string) => document.querySelector(s)?.textContent ?? '', selector);
    } finally {
      await other.close();
      await this.front();
    }
  }

  async check(label: Name): Promise<void> {
    await this.front();
    const box = await this.control('field', label);
    if (await box.evaluate((el) => (el as HTMLInputElement).checked)) return;
    await box.click();
    if (!(await box.evaluate((el) => (el as HTMLInputElement).checked))) throw new Error(`could not tick ${String(label)}`);
  }

  async reload(): Promise<void> {
    await this.front();
    await this.page.reload({ waitUntil: 'load' });
  }

  async pressGuideButton(words: string): Promise<void> {
    const centre = await this.inShadowRoot<{ x: number; y: number } | null>(GUIDE_BUTTON_CENTRE, [words]);
    if (!centre) throw new Error(`the guide on ${this.page.url()} has no button "${words}"`);
    await this.acting(() => this.clickAndMoveOn(() => this.page.mouse.click(centre.x, centre.y)), NAVIGATION_GRACE.guide);
  }

  async url(): Promise<string> {
    // After a raw BiDi navigation puppeteer's own record of the address can lag: ask the page.
    return this.page.evaluate(() => location.href).catch(() => this.page.url());
  }

  /**
   * Opens one of the add-on's own pages (popup.html, options.html, helpdesk.html) in this tab,
   * as Chromium tests open chrome-extension:// pages. Firefox allows BiDi this top-level
   * navigation only when started with --remote-allow-system-access (launch option
   * `systemAccess`); puppeteer's goto waits for events Firefox does not send for it, so this
   * is a raw browsingContext.navigate. Waits for `ready` (a selector) to show.
   */
  async openExtensionPage(path: string, ready = 'h1'): Promise<void> {
    await this.front();
    await this.bidi('browsingContext.navigate', { context: this.context, url: `${this.firefox.extensionOrigin}/${path}`, wait: 'complete' });
    await this.waitFor(ready);
  }

  /** Reloads an add-on page (see openExtensionPage) and waits for `ready`. */
  async reloadExtensionPage(ready = 'h1'): Promise<void> {
    await this.bidi('browsingContext.reload', { context: this.context, wait: 'complete' });
    await this.waitFor(ready);
  }

  /** Waits up to 5 s for an element matching `selector`. */
  async waitFor(selector: string): Promise<void> {
    const deadline = Date.now() + 5_000;
    while (!(await this.page.evaluate((s) => document.querySelector(s) !== null, selector).catch(() => false))) {
      if (Date.now() > deadline) throw new Error(`nothing matches ${selector} on ${await this.url()}`);
      await sleep(50);
    }
  }

  /** Runs a function in the page and returns its (JSON) value: puppeteer's evaluate, for tests. */
  evaluate<A extends unknown[], T>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T> {
    return this.page.evaluate(fn as never, ...(args as unknown as never[])) as Promise<T>;
  }

  pause(ms: number): Promise<void> {
    return sleep(ms).then(() => undefined);
  }

  async readGuide(): Promise<CoachMarkState> {
    await this.front();
    const root = await this.tab.guideShadowRoot();
    const read = `function () {
      const outside = (${readOutside.toString()})();
      const inside = this && outside.connected ? (${READ_INSIDE}).call(this) : null;
      return { outside, inside };
    }`;
    const { outside, inside } = await this.tab.callInPage<{ outside: OutsideState; inside: InsideState | null }>(read, root ? { sharedId: root } : null, []);
    return coachMarkState(outside, inside ?? EMPTY_INSIDE);
  }

  async screenshot(path: string): Promise<void> {
    await this.front();
    await this.page.screenshot({ path: path as `${string}.png` });
  }

  coachMarkHtml(): Promise<string | null> {
    return this.inShadowRoot<string>(SHADOW_HTML);
  }

  async axeOnCoachMark(scratch: Driver): Promise<AxeViolation[] | null> {
    const html = await this.coachMarkHtml();
    return html === null ? null : scratch.axeOnHtml(html, this.viewport());
  }

  async axeOnHtml(html: string, viewport: { width: number; height: number } | null): Promise<AxeViolation[]> {
    await this.front();
    const size = this.viewport();
    if (viewport && (size?.width !== viewport.width || size?.height !== viewport.height)) await this.resize(viewport);
    if (await this.page.evaluate(() => 'axe' in window && document.title === 'Coach mark')) {
      // axe is loaded in this scratch document already: swap the copy in (loading axe costs more than a check).
      await this.page.evaluate((markup) => {
        document.querySelector('main')!.innerHTML = markup;
      }, html);
    } else {
      await this.page.setContent(scratchDocument(html));
    }
    return this.runAxe();
  }

  /** axe-core on this tab's document as it is. */
  async runAxe(): Promise<AxeViolation[]> {
    await this.front();
    if (!(await this.page.evaluate(() => 'axe' in window))) await this.page.evaluate(AXE_SOURCE);
    return this.page.evaluate(AXE_RUN, 'document');
  }

  viewport() {
    return viewportSizeOf(this.page);
  }

  /** Sizes the tab's viewport (BiDi's own command: see setViewportSize). */
  resize(viewport: { width: number; height: number }): Promise<void> {
    return setViewportSize(this.firefox.browser, this.page, viewport);
  }

  async close(): Promise<void> {
    if (inFront.get(this.firefox.browser) === this.page) inFront.delete(this.firefox.browser);
    await this.page.close();
  }
}
